package io.cloudimages.tencentlegacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.Capability;
import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.paging.Lookups;
import io.cloudimages.core.paging.PagedListing;
import io.cloudimages.core.paging.Paging;
import io.cloudimages.core.pipeline.RequestPipeline;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.UnsupportedCapabilityException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsSupport;
import io.cloudimages.model.Page;
import io.cloudimages.spi.Action;
import io.cloudimages.tencentlegacy.TencentLegacyProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.cloudimages.tencentlegacy.TencentLegacyProvider.DESCRIBE_IMAGES;

/** DescribeImages on the legacy qcloud v2 API. */
public final class LegacyImageService implements ImageService {

    static final int MAX_IDS = 10;
    static final int MAX_PAGE = 100;
    /** The order types are tried in when an id is looked up: public images are the commonest. */
    private static final List<ImageType> LOOKUP_ORDER = List.of(ImageType.PUBLIC, ImageType.PRIVATE, ImageType.SHARED,
            ImageType.MARKETPLACE);

    private final LegacyEndpoint endpoint;
    private final RequestPipeline pipeline;
    private final Set<Capability> capabilities;

    public LegacyImageService(ProviderSettings settings, LegacyEndpoint endpoint, CredentialsProvider credentials,
                              Set<Capability> capabilities) {
        this.endpoint = endpoint;
        this.capabilities = capabilities;
        this.pipeline = RequestPipeline.builder(TencentLegacyProvider.ID)
                .settings(settings)
                .credentials(credentials)
                .endpoint(endpoint.uri())
                .build();
    }

    @Override
    public String provider() {
        return TencentLegacyProvider.ID;
    }

    @Override
    public String region() {
        return endpoint.region();
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** One segment of pages: an {@code imageType} (the API requires one) and up to ten ids. */
    private record Segment(int imageType, List<String> ids) {
    }

    /**
     * A call per image type asked for (every type when none is), each over up to ten ids at a
     * time; a single state becomes {@code status} (so a pick, which lists available images, sends
     * {@code status=2}). The rest, the OS version and architecture among it, is applied on the
     * client. Marketplace images do not exist in North America, so they are not asked for there.
     */
    private List<Segment> segments(ImageQuery query) {
        if (query.instanceType() != null) {
            throw new InvalidRequestException("the legacy API cannot filter by instance type; tencent-v3 can",
                    ErrorContext.of(provider(), DESCRIBE_IMAGES.name()));
        }
        List<ImageType> types = new ArrayList<>(query.types().isEmpty() ? List.of(ImageType.values()) : query.types());
        types.sort(null);
        if (region().startsWith("na-") || region().equals("ca")) {
            types.remove(ImageType.MARKETPLACE);
        }
        List<List<String>> chunks = Paging.idBatches(query, MAX_IDS);
        List<Segment> segments = new ArrayList<>();
        for (ImageType type : types) {
            for (List<String> chunk : chunks) {
                segments.add(new Segment(LegacyImages.TYPE_CODES.get(type), chunk));
            }
        }
        return segments;
    }

    @Override
    public Page<Image> listPage(ImageQuery query, String cursor) {
        List<Segment> segments = segments(query);
        return segments.isEmpty() ? Page.last(List.of()) : listing(query, segments).page(cursor);
    }

    @Override
    public Stream<Image> list(ImageQuery query) {
        List<Segment> segments = segments(query);
        return segments.isEmpty() ? Stream.empty() : listing(query, segments).stream();
    }

    private PagedListing listing(ImageQuery query, List<Segment> segments) {
        int limit = Paging.pageSize(query, MAX_PAGE);
        String status = query.states().size() == 1 && LegacyImages.STATE_CODES.containsKey(query.states().iterator().next())
                ? LegacyImages.STATE_CODES.get(query.states().iterator().next()).toString() : null;
        return PagedListing.of(provider(), query, DESCRIBE_IMAGES.name(), segments.size(), (segment, offset) -> {
            Map<String, String> parameters = parameters(segments.get(segment), offset, limit);
            if (status != null) {
                parameters.put("status", status);
            }
            return call(parameters, (answer, context) -> LegacyImages.toPage(answer, region(), context));
        });
    }

    /** The API needs the image's type with its id, so each type is tried in turn. */
    @Override
    public Optional<Image> get(String imageId) {
        if (imageId == null || imageId.isBlank()) {
            throw new InvalidRequestException("an image id is required, for example img-7fwdvfur",
                    ErrorContext.of(provider(), DESCRIBE_IMAGES.name()));
        }
        String id = imageId.strip();
        for (ImageType type : LOOKUP_ORDER) {
            if (type == ImageType.MARKETPLACE && (region().startsWith("na-") || region().equals("ca"))) {
                continue;
            }
            Optional<Image> found = call(parameters(new Segment(LegacyImages.TYPE_CODES.get(type), List.of(id)), 0, 1),
                    (answer, context) -> Lookups.byId(id, LegacyImages.toPage(answer, region(), context).images(), context));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public OsSupport importOsSupport() {
        throw new UnsupportedCapabilityException(provider(), Capability.IMPORT_OS_SUPPORT, "tencent-v3");
    }

    @Override
    public ImportResult importImage(ImportImageRequest request) {
        throw new UnsupportedCapabilityException(provider(), Capability.IMPORT_IMAGE, "tencent-v3");
    }

    @Override
    public void close() {
        pipeline.close();
    }

    private static Map<String, String> parameters(Segment segment, int offset, int limit) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("imageType", Integer.toString(segment.imageType()));
        for (int i = 0; i < segment.ids().size(); i++) {
            parameters.put("imageIds." + i, segment.ids().get(i));
        }
        parameters.put("offset", Integer.toString(offset));
        parameters.put("limit", Integer.toString(limit));
        return parameters;
    }

    /** Calls DescribeImages; {@code reader} reads the answer within the pipeline, so a surprise in it is a protocol error. */
    private <T> T call(Map<String, String> actionParameters, BiFunction<JsonNode, ErrorContext, T> reader) {
        return pipeline.execute(DESCRIBE_IMAGES, (credentials, now) -> sign(actionParameters, credentials, now),
                (response, context) -> reader.apply(LegacyResponses.decode(response, context), context));
    }

    /** The common parameters (reference/tencent.md section 2.1), signed; a fresh Nonce for every attempt. */
    private WireRequest sign(Map<String, String> actionParameters, Credentials credentials, Instant now) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", DESCRIBE_IMAGES.name());
        parameters.put("Region", endpoint.region());
        parameters.put("Timestamp", Long.toString(now.getEpochSecond()));
        parameters.put("Nonce", Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE)));
        parameters.put("SecretId", credentials.accessKeyId());
        parameters.put("SignatureMethod", endpoint.signatureMethod());
        if (credentials.sessionToken() != null) {
            parameters.put("Token", credentials.sessionToken());
        }
        parameters.putAll(actionParameters);
        URI uri = endpoint.uri();
        String signature = LegacySigner.sign(endpoint.method(), WireRequest.hostOf(uri), uri.getRawPath(), parameters,
                credentials.secretKey());
        String encoded = LegacySigner.canonicalParameters(parameters).entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&")) + "&Signature=" + encode(signature);
        if (endpoint.method().equals("GET")) {
            return WireRequest.get(URI.create(uri + "?" + encoded), Map.of());
        }
        return WireRequest.post(uri, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                encoded.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
