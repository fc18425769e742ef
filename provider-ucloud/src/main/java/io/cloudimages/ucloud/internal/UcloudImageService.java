package io.cloudimages.ucloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.Capability;
import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.paging.PagePosition;
import io.cloudimages.core.paging.Paging;
import io.cloudimages.core.pipeline.Action;
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
import io.cloudimages.ucloud.UcloudProvider;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** UCloud UHost images. */
public final class UcloudImageService implements ImageService {

    /**
     * UCloud publishes no per-action limits (only RetCode 153 when one is hit); these are
     * conservative defaults, and each can be overridden.
     */
    static final Action DESCRIBE_IMAGE = Action.read("DescribeImage", 20);
    static final Action IMPORT_CUSTOM_IMAGE = Action.write("ImportCustomImage", 10);
    public static final Map<String, Integer> RATE_LIMITS = Map.of(DESCRIBE_IMAGE.name(), DESCRIBE_IMAGE.requestsPerSecond(),
            IMPORT_CUSTOM_IMAGE.name(), IMPORT_CUSTOM_IMAGE.requestsPerSecond());
    static final int MAX_IDS = 10;
    static final int MAX_PAGE = 100;

    private final UcloudEndpoint endpoint;
    private final RequestPipeline pipeline;

    public UcloudImageService(ProviderSettings settings, UcloudEndpoint endpoint, CredentialsProvider credentials) {
        this.endpoint = endpoint;
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
        return EnumSet.allOf(Capability.class);
    }

    /**
     * Pushes down a single type ({@code ImageType}), the zone, Linux or Windows ({@code OsType}),
     * the business group ({@code Tag}) and ids, ten to a call ({@code ImageIds.N}); applies the
     * rest on the client. UCloud has no shared images, so a query for shared images only finds none.
     */
    @Override
    public Page<Image> listPage(ImageQuery query, String cursor) {
        if (query.instanceType() != null) {
            throw new InvalidRequestException("UCloud's DescribeImage cannot filter by instance type",
                    ErrorContext.of(provider(), DESCRIBE_IMAGE.name()));
        }
        if (!query.types().isEmpty() && query.types().stream().noneMatch(UcloudImages.TYPES::containsKey)) {
            return Page.last(List.of());
        }
        List<List<String>> chunks = Paging.idBatches(query, MAX_IDS);
        PagePosition position = PagePosition.of(provider(), query, cursor, chunks.size());
        int chunk = position.segment();
        int offset = position.offset();
        int limit = Paging.pageSize(query, MAX_PAGE);
        Map<String, Object> parameters = listing(offset, limit);
        List<String> ids = chunks.get(chunk);
        for (int i = 0; i < ids.size(); i++) {
            parameters.put("ImageIds." + i, ids.get(i));
        }
        List<ImageType> types = query.types().stream().filter(UcloudImages.TYPES::containsKey).toList();
        if (types.size() == 1) {
            parameters.put("ImageType", UcloudImages.TYPES.get(types.get(0)));
        }
        if (query.zone() != null) {
            parameters.put("Zone", query.zone());
        }
        if (query.osType() == OsType.LINUX || query.osType() == OsType.WINDOWS) {
            parameters.put("OsType", query.osType() == OsType.LINUX ? "Linux" : "Windows");
        }
        String group = query.tags().get(UcloudImages.BUSINESS_GROUP);
        if (group != null) {
            parameters.put("Tag", group);
        }
        JsonNode answer = call(DESCRIBE_IMAGE, parameters);
        JsonNode set = answer.path("ImageSet");
        List<Image> images = Paging.selected(set, node -> UcloudImages.toImage(node, region()), query);
        long total = answer.path("TotalCount").asLong(0);
        // UCloud documents no largest page: a short page also ends the listing
        boolean moreInSegment = set.size() == limit && offset + set.size() < total;
        String next = position.next(provider(), query, moreInSegment, set.size(), chunks.size());
        return new Page<>(images, next);
    }

    @Override
    public Optional<Image> get(String imageId) {
        if (imageId == null || imageId.isBlank()) {
            throw new InvalidRequestException("an image id is required, for example uimage-xxxxxx",
                    ErrorContext.of(provider(), DESCRIBE_IMAGE.name()));
        }
        // by id, the image whatever its FuncType: a configured funcType narrows listings only
        Map<String, Object> parameters = page(0, 1);
        if (endpoint.prices()) {
            parameters.put("PriceSet", 1);
        }
        parameters.put("ImageId", imageId.strip());
        JsonNode set = call(DESCRIBE_IMAGE, parameters).path("ImageSet");
        return set.isEmpty() ? Optional.empty() : Optional.of(UcloudImages.toImage(set.get(0), region()));
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
            return new ImportResult(provider(), region(), null, null, true, false);
        }
        return ImportOnce.run(request.name(), this::findCustom, () -> {
            JsonNode answer = call(IMPORT_CUSTOM_IMAGE, parameters);
            return new ImportResult(provider(), region(), answer.path("ImageId").asText(null), null, false, false);
        }, id -> new ImportResult(provider(), region(), id, null, false, true), context);
    }

    /**
     * The custom image with exactly this name: UCloud has no name filter, so custom images are paged
     * through, whatever their FuncType (a name must be free in the whole project) and without prices.
     */
    private Optional<String> findCustom(String name) {
        int offset = 0;
        while (true) {
            Map<String, Object> parameters = page(offset, MAX_PAGE);
            parameters.put("ImageType", "Custom");
            JsonNode answer = call(DESCRIBE_IMAGE, parameters);
            JsonNode set = answer.path("ImageSet");
            for (JsonNode image : set) {
                if (name.equals(image.path("ImageName").asText())) {
                    return Optional.of(image.path("ImageId").asText());
                }
            }
            offset += set.size();
            if (set.size() < MAX_PAGE || offset >= answer.path("TotalCount").asLong(0)) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        // the pipeline's connections, limits and breakers are shared; nothing of this service's own to release
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
        return pipeline.execute(action, (credentials, now) -> sign(action, actionParameters, credentials, now),
                UcloudResponses::decode);
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
