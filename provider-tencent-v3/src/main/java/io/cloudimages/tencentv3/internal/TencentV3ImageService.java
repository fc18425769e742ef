package io.cloudimages.tencentv3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.Capability;
import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.json.JsonFields;
import io.cloudimages.core.paging.Lookups;
import io.cloudimages.core.paging.PagedListing;
import io.cloudimages.core.paging.Paging;
import io.cloudimages.core.pipeline.ImportOnce;
import io.cloudimages.core.pipeline.RequestPipeline;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsSupport;
import io.cloudimages.model.Page;
import io.cloudimages.spi.Action;
import io.cloudimages.tencentv3.TencentV3Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.cloudimages.tencentv3.TencentV3Provider.DESCRIBE_IMAGES;
import static io.cloudimages.tencentv3.TencentV3Provider.DESCRIBE_IMPORT_IMAGE_OS;
import static io.cloudimages.tencentv3.TencentV3Provider.IMPORT_IMAGE;

/** Tencent Cloud CVM API 3.0 images. */
public final class TencentV3ImageService implements ImageService {

    static final String VERSION = "2017-03-12";
    static final String SERVICE = "cvm";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(TencentV3ImageService.class);
    private static final Duration OS_SUPPORT_TTL = Duration.ofMinutes(10);

    private final TencentV3Endpoints endpoints;
    private final Set<Capability> capabilities;
    private final RequestPipeline pipeline;
    private volatile CachedOsSupport osSupport;

    private record CachedOsSupport(OsSupport support, Instant expires) {
    }

    public TencentV3ImageService(ProviderSettings settings, TencentV3Endpoints endpoints, CredentialsProvider credentials,
                                 Set<Capability> capabilities) {
        this.endpoints = endpoints;
        this.capabilities = capabilities;
        this.pipeline = RequestPipeline.builder(TencentV3Provider.ID)
                .settings(settings)
                .credentials(credentials)
                .endpoint(endpoints.endpoint())
                .build();
    }

    @Override
    public String provider() {
        return TencentV3Provider.ID;
    }

    @Override
    public String region() {
        return endpoints.region();
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public Page<Image> listPage(ImageQuery query, String cursor) {
        return listing(query).page(cursor);
    }

    @Override
    public Stream<Image> list(ImageQuery query) {
        return listing(query).stream();
    }

    private PagedListing listing(ImageQuery query) {
        List<ObjectNode> segments = DescribeImagesPlan.segments(query);
        int limit = Paging.pageSize(query, DescribeImagesPlan.MAX_PAGE);
        // a listing's pages are fetched one after another, so a segment's body can be completed in place
        return PagedListing.of(provider(), query, DESCRIBE_IMAGES.name(), segments.size(), (segment, offset) ->
                call(DESCRIBE_IMAGES, segments.get(segment).put("Offset", offset).put("Limit", limit),
                        (answer, context) -> TencentImages.toPage(answer, region(), context)));
    }

    @Override
    public Optional<Image> get(String imageId) {
        if (imageId == null || imageId.isBlank()) {
            throw new InvalidRequestException("an image id is required, for example img-9qabwvbn",
                    ErrorContext.of(provider(), DESCRIBE_IMAGES.name()));
        }
        String id = imageId.strip();
        return call(DESCRIBE_IMAGES, DescribeImagesPlan.byId(id), (answer, context) ->
                Lookups.byId(id, TencentImages.toPage(answer, region(), context).images(), context));
    }

    /** DescribeImportImageOs, cached for ten minutes: imports check against it before sending. */
    @Override
    public OsSupport importOsSupport() {
        CachedOsSupport cached = osSupport;
        if (cached != null && pipeline.now().isBefore(cached.expires())) {
            return cached.support();
        }
        OsSupport fresh = call(DESCRIBE_IMPORT_IMAGE_OS, Json.objectNode(),
                (answer, context) -> TencentImages.toOsSupport(answer, region(), context));
        osSupport = new CachedOsSupport(fresh, pipeline.now().plus(OS_SUPPORT_TTL));
        return fresh;
    }

    @Override
    public ImportResult importImage(ImportImageRequest request) {
        ErrorContext context = ErrorContext.of(provider(), IMPORT_IMAGE.name());
        ImportRequests.checkFields(request, context);
        if (!request.force()) {
            ImportRequests.checkSupported(request, importOsSupport(), context);
        }
        ObjectNode body = ImportRequests.body(request);
        if (request.dryRun()) {
            JsonNode answer = call(IMPORT_IMAGE.dryRun(), body);
            return ImportResult.dryRun(provider(), region(), JsonFields.text(answer, "RequestId"));
        }
        ImportResult result = ImportOnce.run(request.name(), this::findImported, () -> {
            JsonNode answer = call(IMPORT_IMAGE, body);
            return ImportResult.performed(provider(), region(), JsonFields.text(answer, "ImageId"),
                    JsonFields.text(answer, "RequestId"));
        }, id -> ImportResult.reconciled(provider(), region(), id), context);
        if (result.imageId() != null) {
            return result;
        }
        // the documented answer carries only a RequestId (newer ones add the ImageId); the import is done
        // either way, so a failed lookup leaves the id unknown rather than reporting a performed import as failed
        try {
            // a reconciled result has its id, so this one was performed and answered
            return ImportResult.performed(provider(), region(), findImported(request.name()).orElse(null),
                    result.requestId());
        } catch (CloudImagesException lookupFailed) {
            LOG.warn("the import of {} was performed (request {}) but its image id could not be looked up: {}",
                    request.name(), result.requestId(), lookupFailed.getMessage());
            return result;
        }
    }

    /** The id of the private image with exactly this name; names of private images are unique. */
    private Optional<String> findImported(String name) {
        ImageQuery byName = ImageQuery.builder().types(ImageType.PRIVATE).includeDeprecated(true)
                .namePattern(Pattern.compile(Pattern.quote(name))).build();
        try (Stream<Image> images = list(byName)) {
            return images.filter(image -> image.name().equals(name)).map(Image::id).findFirst();
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    private JsonNode call(Action action, ObjectNode body) {
        return call(action, body, (answer, context) -> answer);
    }

    /** Calls the action; {@code reader} reads the {@code Response} object, within the pipeline, so a surprise in it is a protocol error. */
    private <T> T call(Action action, ObjectNode body, BiFunction<JsonNode, ErrorContext, T> reader) {
        byte[] bytes = Json.writeBytes(body);
        return pipeline.execute(action, (credentials, now) -> sign(action, bytes, credentials, now),
                (response, context) -> {
                    JsonNode answer = TencentResponses.decode(response, context);
                    return reader.apply(answer, context.withCloudError(null, JsonFields.text(answer, "RequestId")));
                });
    }

    /** The headers of API 3.0 (reference/tencent.md section 1.2), signed as the current doc does: content-type, host, x-tc-action. */
    private WireRequest sign(Action action, byte[] body, Credentials credentials, Instant now) {
        long timestamp = now.getEpochSecond();
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("content-type", CONTENT_TYPE);
        signed.put("host", WireRequest.hostOf(endpoints.endpoint()));
        signed.put("x-tc-action", action.name());
        String authorization = Tc3Signer.authorization(
                new Tc3Signer.Request("POST", "", signed, body, SERVICE, timestamp),
                credentials.accessKeyId(), credentials.secretKey());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("X-TC-Action", action.name());
        headers.put("X-TC-Version", VERSION);
        headers.put("X-TC-Region", endpoints.region());
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        if (credentials.sessionToken() != null) {
            headers.put("X-TC-Token", credentials.sessionToken());
        }
        if (endpoints.language() != null) {
            headers.put("X-TC-Language", endpoints.language());
        }
        headers.put("Authorization", authorization);
        return WireRequest.post(endpoints.endpoint(), headers, body);
    }
}
