package io.cloudimages.testkit.example.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.Capability;
import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.http.WireResponse;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.json.JsonFields;
import io.cloudimages.core.json.Timestamps;
import io.cloudimages.core.os.OsNameParser;
import io.cloudimages.core.paging.Lookups;
import io.cloudimages.core.paging.PagedListing;
import io.cloudimages.core.paging.Paging;
import io.cloudimages.core.pipeline.ImportOnce;
import io.cloudimages.core.pipeline.RequestPipeline;
import io.cloudimages.core.signing.Digests;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.NameConflictException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.QuotaExceededException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.exception.UnsupportedOsException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsSupport;
import io.cloudimages.model.OsType;
import io.cloudimages.model.Page;
import io.cloudimages.spi.Action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.cloudimages.testkit.example.provider.ExampleProvider.IMPORT_IMAGE;
import static io.cloudimages.testkit.example.provider.ExampleProvider.LIST_IMAGES;
import static io.cloudimages.testkit.example.provider.ExampleProvider.LIST_IMPORT_OS;

/** The example cloud's {@link ImageService}: what every provider does, in the smallest form. */
final class ExampleImageService implements ImageService {

    private static final int MAX_PAGE = 100;
    private static final int MAX_IDS_PER_CALL = 10;
    private static final int MAX_NAME_LENGTH = 60;

    private final String region;
    private final RequestPipeline pipeline;
    private final Set<Capability> capabilities;

    // tag::provider-pipeline[]
    ExampleImageService(ProviderSettings settings, CredentialsProvider credentials, Set<Capability> capabilities) {
        this.region = settings.region();
        this.capabilities = capabilities;
        this.pipeline = RequestPipeline.builder(ExampleProvider.ID)
                .settings(settings)
                .credentials(credentials)
                .endpoint(settings.endpoint().orElseThrow())
                .build();
    }
    // end::provider-pipeline[]

    @Override
    public String provider() {
        return ExampleProvider.ID;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /**
     * Pushes a single image type and the ids (10 per call) down to the cloud and applies the rest
     * of the query on the client; core's {@link PagedListing} pages, and guards against a cloud
     * that lies about its pages.
     */
    // tag::provider-listing[]
    @Override
    public Page<Image> listPage(ImageQuery query, String cursor) {
        return listing(query).page(cursor);
    }

    @Override
    public Stream<Image> list(ImageQuery query) {
        return listing(query).stream();
    }

    private PagedListing listing(ImageQuery query) {
        if (query.instanceType() != null) {
            throw new InvalidRequestException("the example cloud cannot filter by instance type",
                    ErrorContext.of(provider(), LIST_IMAGES.name()));
        }
        List<List<String>> chunks = Paging.idBatches(query, MAX_IDS_PER_CALL);
        int limit = Paging.pageSize(query, MAX_PAGE);
        return PagedListing.of(provider(), query, LIST_IMAGES.name(), chunks.size(), (chunk, offset) -> {
            ObjectNode body = Json.objectNode().put("Offset", offset).put("Limit", limit);
            if (!chunks.get(chunk).isEmpty()) {
                chunks.get(chunk).forEach(body.putArray("Ids")::add);
            }
            if (query.types().size() == 1) {
                body.put("Type", query.types().iterator().next().id());
            }
            return call(LIST_IMAGES, body, this::toPage);
        });
    }
    // end::provider-listing[]

    @Override
    public Optional<Image> get(String imageId) {
        if (imageId == null || imageId.isBlank()) {
            throw new InvalidRequestException("an image id is required", ErrorContext.of(provider(), LIST_IMAGES.name()));
        }
        String id = imageId.strip();
        ObjectNode body = Json.objectNode().put("Offset", 0).put("Limit", 1);
        body.putArray("Ids").add(id);
        return call(LIST_IMAGES, body, (answer, context) -> Lookups.byId(id, toPage(answer, context).images(), context));
    }

    @Override
    public OsSupport importOsSupport() {
        return call(LIST_IMPORT_OS, Json.objectNode(), (answer, context) -> {
            List<OsSupport.Entry> entries = new ArrayList<>();
            for (JsonNode os : JsonFields.objects(answer, "Os", context)) {
                String name = JsonFields.requiredText(os, "Name", context);
                entries.add(new OsSupport.Entry(name, OsType.fromName(JsonFields.text(os, "Type")).orElse(OsType.UNKNOWN),
                        OsNameParser.familyOf(name), JsonFields.texts(os, "Versions", context),
                        JsonFields.texts(os, "Architectures", context)));
            }
            return new OsSupport(provider(), region, entries);
        });
    }

    @Override
    public ImportResult importImage(ImportImageRequest request) {
        ErrorContext context = ErrorContext.of(provider(), IMPORT_IMAGE.name());
        if (request.name().length() > MAX_NAME_LENGTH) {
            throw new InvalidRequestException("the image name has " + request.name().length() + " characters; at most "
                    + MAX_NAME_LENGTH + " are allowed", context);
        }
        if (!request.force() && !importOsSupport().isImportable(request.osName(), request.osVersion(), request.architecture())) {
            throw new UnsupportedOsException(request.osName() + " " + request.osVersion() + " "
                    + request.architecture().id() + " is not in the example cloud's import list; see importOsSupport(),"
                    + " or set force to import anyway", context);
        }
        ObjectNode body = Json.objectNode()
                .put("Name", request.name())
                .put("Url", request.imageUrl().toString())
                .put("Os", request.osName())
                .put("Version", request.osVersion())
                .put("Arch", request.architecture().id())
                .put("DryRun", request.dryRun());
        if (request.dryRun()) {
            JsonNode answer = call(IMPORT_IMAGE.dryRun(), body);
            return ImportResult.dryRun(provider(), region, JsonFields.text(answer, "RequestId"));
        }
        return ImportOnce.run(request.name(), this::findByName, () -> {
            JsonNode answer = call(IMPORT_IMAGE, body);
            return ImportResult.performed(provider(), region, JsonFields.text(answer, "ImageId"),
                    JsonFields.text(answer, "RequestId"));
        }, id -> ImportResult.reconciled(provider(), region, id), context);
    }

    /** The id of the image with exactly this name. */
    private Optional<String> findByName(String name) {
        ObjectNode body = Json.objectNode().put("Offset", 0).put("Limit", 1).put("Name", name);
        return call(LIST_IMAGES, body, this::toPage).images().stream()
                .filter(image -> image.name().equals(name)).map(Image::id).findFirst();
    }

    @Override
    public void close() {
        pipeline.close();
    }

    private JsonNode call(Action action, ObjectNode body) {
        return call(action, body, (answer, context) -> answer);
    }

    // tag::provider-call[]
    /** Calls the action; {@code reader} reads the answer within the pipeline, so a surprise in it is a protocol error. */
    private <T> T call(Action action, ObjectNode body, BiFunction<JsonNode, ErrorContext, T> reader) {
        byte[] bytes = Json.writeBytes(body);
        return pipeline.execute(action, (credentials, now) -> sign(action, bytes, credentials, now),
                (response, context) -> reader.apply(decode(response, context), context));
    }
    // end::provider-call[]

    private WireRequest sign(Action action, byte[] body, Credentials credentials, Instant now) {
        String timestamp = Long.toString(now.getEpochSecond());
        String host = WireRequest.hostOf(pipeline.endpoint());
        String signature = Digests.hmacSha256Hex(Digests.utf8(credentials.secretKey()),
                action.name() + "\n" + host + "\n" + timestamp + "\n" + Digests.sha256Hex(body));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Example-Action", action.name());
        headers.put("X-Example-Timestamp", timestamp);
        headers.put("Authorization", "EXAMPLE-HMAC-SHA256 Credential=" + credentials.accessKeyId() + ", Signature=" + signature);
        return WireRequest.post(pipeline.endpoint(), headers, body);
    }

    private JsonNode decode(WireResponse response, ErrorContext context) {
        response.requireSuccess(context);
        JsonNode answer = Json.readTree(response.body(), context);
        String requestId = JsonFields.text(answer, "RequestId");
        JsonNode error = answer.get("Error");
        if (error == null) {
            if (requestId == null) {
                throw new ProtocolException("the answer has no RequestId", context);
            }
            return answer;
        }
        String code = JsonFields.requiredText(error, "Code", context.withCloudError(null, requestId));
        String message = Objects.requireNonNullElse(JsonFields.text(error, "Message"), code);
        ErrorContext at = context.withCloudError(code, requestId);
        if (code.equals("DryRunOperation")) {
            return answer; // the cloud's way of saying that the import would succeed
        }
        if (code.startsWith("AuthFailure")) {
            throw new AuthenticationException(message, at);
        }
        switch (code) {
            case "Throttled": throw new ThrottledException(message, at);
            case "InvalidImageName.Duplicate": throw new NameConflictException(message, at);
            case "ImageQuotaLimitExceeded": throw new QuotaExceededException(message, at);
            case "InternalError": throw new ServiceUnavailableException(message, at);
            default:
                if (code.startsWith("InvalidParameter")) {
                    throw new InvalidRequestException(message, at);
                }
                throw new CloudServiceException(message, at);
        }
    }

    private PagedListing.CloudPage toPage(JsonNode answer, ErrorContext context) {
        return PagedListing.CloudPage.read(answer, "Images", "Total", context, this::toImage);
    }

    private Image toImage(JsonNode node, ErrorContext context) {
        ImageType type = ImageType.fromId(JsonFields.text(node, "Type")).orElse(ImageType.PUBLIC);
        String rawState = JsonFields.text(node, "State");
        return Image.builder()
                .provider(provider())
                .region(region)
                .zone(JsonFields.text(node, "Zone"))
                .id(JsonFields.requiredText(node, "Id", context))
                .name(Objects.requireNonNullElse(JsonFields.text(node, "Name"), ""))
                .os(OsNameParser.parse(JsonFields.text(node, "Os")))
                .type(type)
                .state(ImageState.fromId(rawState == null ? "" : rawState.toLowerCase(Locale.ROOT)).orElse(ImageState.UNKNOWN))
                .rawState(rawState)
                .createdAt(Timestamps.parseIso(JsonFields.text(node, "Created")).orElse(null))
                .sizeGiB(JsonFields.wholeNumber(node, "SizeGiB", Image.MAX_SIZE_GIB))
                .deprecated(node.path("Deprecated").asBoolean(false))
                .attributes(Json.toMap(node))
                .build();
    }
}
