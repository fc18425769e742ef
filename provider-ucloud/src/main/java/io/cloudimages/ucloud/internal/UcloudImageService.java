package io.cloudimages.ucloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsSupport;
import io.cloudimages.model.OsType;
import io.cloudimages.model.Page;
import io.cloudimages.spi.Action;
import io.cloudimages.ucloud.UcloudProvider;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.cloudimages.ucloud.UcloudProvider.DESCRIBE_IMAGE;
import static io.cloudimages.ucloud.UcloudProvider.IMPORT_CUSTOM_IMAGE;

/** UCloud UHost images. */
public final class UcloudImageService implements ImageService {

    static final int MAX_IDS = 10;
    static final int MAX_PAGE = 100;

    private final UcloudEndpoint endpoint;
    private final RequestPipeline pipeline;
    private final Set<Capability> capabilities;

    public UcloudImageService(ProviderSettings settings, UcloudEndpoint endpoint, CredentialsProvider credentials,
                              Set<Capability> capabilities) {
        this.endpoint = endpoint;
        this.capabilities = capabilities;
        this.pipeline = RequestPipeline.builder(UcloudProvider.ID)
                .settings(settings)
                .credentials(credentials)
                .endpoint(endpoint.uri())
                .build();
    }

    @Override
    public String provider() {
        return UcloudProvider.ID;
    }

    @Override
    public String region() {
        return endpoint.region();
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /**
     * Pushes down a single type ({@code ImageType}), the zone, Linux or Windows ({@code OsType}),
     * the business group ({@code Tag}) and ids, ten to a call ({@code ImageIds.N}); applies the
     * rest on the client, the OS version and architecture among them (DescribeImage has no
     * parameter for either). UCloud has no shared images, so a query for shared images only finds none.
     */
    @Override
    public Page<Image> listPage(ImageQuery query, String cursor) {
        return findsNothing(query) ? Page.last(List.of()) : listing(query).page(cursor);
    }

    @Override
    public Stream<Image> list(ImageQuery query) {
        return findsNothing(query) ? Stream.empty() : listing(query).stream();
    }

    private boolean findsNothing(ImageQuery query) {
        if (query.instanceType() != null) {
            throw new InvalidRequestException("UCloud's DescribeImage cannot filter by instance type",
                    ErrorContext.of(provider(), DESCRIBE_IMAGE.name()));
        }
        return !query.types().isEmpty() && query.types().stream().noneMatch(UcloudImages.TYPES::containsKey);
    }

    private PagedListing listing(ImageQuery query) {
        List<List<String>> chunks = Paging.idBatches(query, MAX_IDS);
        int limit = Paging.pageSize(query, MAX_PAGE);
        Map<String, Object> filters = new LinkedHashMap<>();
        List<ImageType> types = query.types().stream().filter(UcloudImages.TYPES::containsKey).toList();
        if (types.size() == 1) {
            filters.put("ImageType", UcloudImages.TYPES.get(types.get(0)));
        }
        if (query.zone() != null) {
            filters.put("Zone", query.zone());
        }
        if (query.osType() == OsType.LINUX || query.osType() == OsType.WINDOWS) {
            filters.put("OsType", query.osType() == OsType.LINUX ? "Linux" : "Windows");
        }
        String group = query.tags().get(UcloudImages.BUSINESS_GROUP);
        if (group != null) {
            filters.put("Tag", group);
        }
        return PagedListing.of(provider(), query, DESCRIBE_IMAGE.name(), chunks.size(), (chunk, offset) -> {
            Map<String, Object> parameters = listing(offset, limit);
            List<String> ids = chunks.get(chunk);
            for (int i = 0; i < ids.size(); i++) {
                parameters.put("ImageIds." + i, ids.get(i));
            }
            parameters.putAll(filters);
            return call(DESCRIBE_IMAGE, parameters, (answer, context) -> UcloudImages.toPage(answer, region(), context));
        });
    }

    @Override
    public Optional<Image> get(String imageId) {
        if (imageId == null || imageId.isBlank()) {
            throw new InvalidRequestException("an image id is required, for example uimage-xxxxxx",
                    ErrorContext.of(provider(), DESCRIBE_IMAGE.name()));
        }
        String id = imageId.strip();
        // by id, the image whatever its FuncType: a configured funcType narrows listings only
        Map<String, Object> parameters = page(0, 1);
        if (endpoint.prices()) {
            parameters.put("PriceSet", 1);
        }
        parameters.put("ImageId", id);
        return call(DESCRIBE_IMAGE, parameters, (answer, context) ->
                Lookups.byId(id, UcloudImages.toPage(answer, region(), context).images(), context));
    }

    /** The documented table of {@link UcloudImports#SUPPORT}: UCloud has no API that lists it. */
    @Override
    public OsSupport importOsSupport() {
        return new OsSupport(provider(), region(), UcloudImports.SUPPORT.entries());
    }

    /**
     * ImportCustomImage. UCloud has no dry run: a dry run makes every check the client can (the
     * fields, the OS table, that the name is free) and sends nothing.
     */
    @Override
    public ImportResult importImage(ImportImageRequest request) {
        ErrorContext context = ErrorContext.of(provider(), IMPORT_CUSTOM_IMAGE.name());
        Map<String, Object> parameters = UcloudImports.parameters(request, context);
        if (request.dryRun()) {
            ImportOnce.requireNameFree(request.name(), this::findCustom, context);
            return ImportResult.dryRun(provider(), region(), null);
        }
        return ImportOnce.run(request.name(), this::findCustom, () -> {
            JsonNode answer = call(IMPORT_CUSTOM_IMAGE, parameters);
            return ImportResult.performed(provider(), region(), JsonFields.text(answer, "ImageId"), null);
        }, id -> ImportResult.reconciled(provider(), region(), id), context);
    }

    /**
     * The custom image with exactly this name: UCloud has no name filter, so custom images are paged
     * through, whatever their FuncType (a name must be free in the whole project) and without prices.
     */
    private Optional<String> findCustom(String name) {
        ImageQuery custom = ImageQuery.builder().types(ImageType.PRIVATE).includeDeprecated(true).build();
        PagedListing everyCustomImage = PagedListing.of(provider(), custom, DESCRIBE_IMAGE.name(), 1, (chunk, offset) -> {
            Map<String, Object> parameters = page(offset, MAX_PAGE);
            parameters.put("ImageType", "Custom");
            return call(DESCRIBE_IMAGE, parameters, (answer, context) -> UcloudImages.toPage(answer, region(), context));
        });
        try (Stream<Image> images = everyCustomImage.stream()) {
            return images.filter(image -> image.name().equals(name)).map(Image::id).findFirst();
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** A listing's parameters: the configured FuncType and prices, and the page. */
    private Map<String, Object> listing(int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (endpoint.funcType() != null) {
            parameters.put("FuncType", endpoint.funcType());
        }
        if (endpoint.prices()) {
            parameters.put("PriceSet", 1);
        }
        parameters.putAll(page(offset, limit));
        return parameters;
    }

    private static Map<String, Object> page(int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("Offset", offset);
        parameters.put("Limit", limit);
        return parameters;
    }

    private JsonNode call(Action action, Map<String, Object> actionParameters) {
        return call(action, actionParameters, (answer, context) -> answer);
    }

    /** Calls the action; {@code reader} reads the answer within the pipeline, so a surprise in it is a protocol error. */
    private <T> T call(Action action, Map<String, Object> actionParameters, BiFunction<JsonNode, ErrorContext, T> reader) {
        return pipeline.execute(action, (credentials, now) -> sign(action, actionParameters, credentials, now),
                (response, context) -> reader.apply(UcloudResponses.decode(response, context),
                        context.withCloudError(null, response.header(UcloudResponses.REQUEST_ID_HEADER).orElse(null))));
    }

    /**
     * A JSON body of flattened parameters, as the API page's example and the Java SDK send it;
     * numbers and booleans keep their JSON types and are signed as text.
     */
    private WireRequest sign(Action action, Map<String, Object> actionParameters, Credentials credentials, Instant now) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("Action", action.name());
        parameters.put("Region", endpoint.region());
        String projectId = endpoint.projectId() != null ? endpoint.projectId() : credentials.projectId();
        if (projectId != null) {
            parameters.put("ProjectId", projectId);
        }
        parameters.putAll(actionParameters);
        parameters.put("PublicKey", credentials.accessKeyId());
        if (credentials.sessionToken() != null) {
            parameters.put("SecurityToken", credentials.sessionToken());
        }
        parameters.put("Signature", UcloudSigner.sign(parameters, credentials.secretKey()));
        return WireRequest.post(endpoint.uri(), Map.of("Content-Type", "application/json"), Json.writeBytes(parameters));
    }
}
