package io.cloudimages.testkit.ucloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.signing.Digests;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.core.os.OsNameParser;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.OsType;
import io.cloudimages.testkit.CatalogueImage;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.FakeResponse;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.RecordedRequest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fake UCloud API ({@code POST /} with a JSON or form body, or GET): it checks the SHA-1
 * signature from the raw parameters with its own code (RetCode 171 when wrong, 172 for an unknown
 * public key), limits each action over a sliding second (RetCode 153), serves Base, Business and
 * Custom images across the zones of one region (cn-bj2 by default), pages with Offset and Limit,
 * answers the common RetCodes (230 {@code Params [Region] not available} for any other region, as
 * UCloud answers a region it does not have, 230 for a zone that is not the region's, 292 for an
 * unknown project) and imports images.
 * An imported image follows the {@link #importTimeline} (Making, then Available after two seconds);
 * any image can follow an {@link ImageTimeline}. Every answer carries an {@code X-UCLOUD-REQUEST-UUID}.
 */
public final class FakeUcloud extends FakeCloud {

    public static final String DESCRIBE_IMAGE = "DescribeImage";
    public static final String IMPORT_CUSTOM_IMAGE = "ImportCustomImage";
    /** UCloud publishes no limits; the fake enforces the provider's defaults. */
    public static final Map<String, Integer> LIMITS = Map.of(DESCRIBE_IMAGE, 20, IMPORT_CUSTOM_IMAGE, 10);
    public static final String TEST_PUBLIC_KEY = "ucloudfaketest@example.com0000000000000000001";
    public static final String TEST_PRIVATE_KEY = "fakeucloudprivatekey0000000000000000000001";
    /**
     * UCloud's regions and their zones, as its list of regions and zones gives them
     * (https://docs.ucloud.cn/api/summary/regionlist).
     */
    public static final Map<String, List<String>> REGIONS = regions(
            "cn-bj1", "cn-bj1-01", "cn-bj2", "cn-bj2-02 cn-bj2-03 cn-bj2-04 cn-bj2-05", "cn-wlcb", "cn-wlcb-01 cn-wlcb-03",
            "cn-wlcb2", "cn-wlcb2-01", "cn-sh2", "cn-sh2-01 cn-sh2-02 cn-sh2-03", "cn-jx", "cn-jx-01",
            "cn-sh", "cn-sh-01 cn-sh-02 cn-sh-03", "cn-gd2", "cn-gd2-01", "cn-gd", "cn-gd-02", "cn-guiyang1", "cn-guiyang1-01",
            "hk", "hk-02 hk-03", "tw-tp", "tw-tp-01", "sg", "sg-01 sg-02", "jpn-tky", "jpn-tky-01", "kr-seoul", "kr-seoul-01",
            "th-bkk", "th-bkk-02", "idn-jakarta", "idn-jakarta-01", "vn-sng", "vn-sng-01", "ph-mnl", "ph-mnl-01",
            "ind-mumbai", "ind-mumbai-01", "pk-khi", "pk-khi-01", "us-den", "us-den-01", "us-ca", "us-ca-01",
            "us-ws", "us-ws-01", "bra-saopaulo", "bra-saopaulo-01", "rus-mosc", "rus-mosc-01 rus-mosc-02", "ge-fra", "ge-fra-01",
            "uk-london", "uk-london-01", "uae-dubai", "uae-dubai-01", "afr-nigeria", "afr-nigeria-01", "uz-tas", "uz-tas-01",
            "kz-ala", "kz-ala-01", "mx-mex", "mx-mex-01");
    /** The region {@link #withDefaultCatalogue()} serves, and its zones. */
    public static final String REGION = "cn-bj2";
    public static final List<String> ZONES = REGIONS.get(REGION);
    public static final String PROJECT = "org-fake01";

    private static final String[][] BASE_IMAGES = {
        {"CentOS 7.9 64位", "Linux"}, {"CentOS 6.5 32位", "Linux"}, {"Ubuntu 22.04 64位", "Linux"},
        {"Ubuntu 20.04 64位", "Linux"}, {"Debian 11.1 64位", "Linux"}, {"Rocky Linux 8.6 64位", "Linux"},
        {"TencentOS Server 3.1 64位", "Linux"}, {"Windows 2019 64位 中文版", "Windows"},
        {"Windows Server 2012 R2 64位 英文版", "Windows"}, {"Ubuntu 20.04 64位 Arm", "Linux"},
    };
    private static final Set<String> FORMATS = Set.of("RAW", "VHD", "VMDK", "qcow2");

    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Set<String> projects = ConcurrentHashMap.newKeySet();
    private final List<ObjectNode> images = Collections.synchronizedList(new ArrayList<>());
    private final Random random = new Random(4);
    private volatile ImageTimeline importTimeline = ImageTimeline.startingAs("Making").then(Duration.ofSeconds(2), "Available");
    private final String region;
    private final List<String> zones;

    public FakeUcloud() {
        this(REGION, ZONES);
    }

    /** A fake of one region and its zones. */
    public FakeUcloud(String region, List<String> zones) {
        super("ucloud", LIMITS);
        this.region = region;
        this.zones = List.copyOf(zones);
        projects.add(PROJECT);
    }

    /** The test key pair, and Base, Business and Custom images in every zone of cn-bj2. */
    public static FakeUcloud withDefaultCatalogue() {
        return withDefaultCatalogue(REGION, ZONES);
    }

    /** The same catalogue in another of {@link #REGIONS}, in each of its zones. */
    public static FakeUcloud withDefaultCatalogue(String region) {
        List<String> zones = REGIONS.get(region);
        if (zones == null) {
            throw new IllegalArgumentException("UCloud has no region \"" + region + "\"; its regions: "
                    + String.join(", ", REGIONS.keySet()));
        }
        return withDefaultCatalogue(region, zones);
    }

    private static Map<String, List<String>> regions(String... regionsAndZones) {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        for (int i = 0; i < regionsAndZones.length; i += 2) {
            regions.put(regionsAndZones[i], List.of(regionsAndZones[i + 1].split(" ")));
        }
        return Collections.unmodifiableMap(regions);
    }

    private static FakeUcloud withDefaultCatalogue(String region, List<String> zones) {
        FakeUcloud cloud = new FakeUcloud(region, zones);
        cloud.addKeys(TEST_PUBLIC_KEY, TEST_PRIVATE_KEY);
        for (String zone : zones) {
            for (String[] base : BASE_IMAGES) {
                ObjectNode image = cloud.image(zone, base[0], base[0], base[1], "Base", "Available");
                image.put("MinimalCPU", base[0].startsWith("CentOS 7") ? "Broadwell" : "");
                image.put("MaintainEol", base[0].startsWith("CentOS") ? "2024/06/30" : "2032/04/30");
                ArrayNode features = image.putArray("Features");
                features.add("CloudInit").add("NetEnhnced").add("IPv6");
                if (base[0].endsWith("Arm")) {
                    features.add("Aarch64_Type");
                }
            }
        }
        String[][] business = {{"LAMP on CentOS 7.9", "CentOS 7.9 64位", "LAMP"}, {"Stable Diffusion GPU", "Ubuntu 20.04 64位", "SD"}};
        for (String[] item : business) {
            ObjectNode image = cloud.image(zones.get(0), item[0], item[1], "Linux", "Business", "Available");
            image.put("FuncType", "uhost");
            image.put("IntegratedSoftware", item[2]);
            image.put("Vendor", "Example Vendor");
            image.put("Links", "https://example.com/" + item[2]);
            image.put("PrimarySoftware", item[2]);
            image.putArray("SceneCategories").add("Featured");
            image.putArray("SupportedGPUTypes").add("T4");
            ObjectNode price = image.putArray("PriceSet").addObject();
            price.put("ChargeType", "Month");
            price.put("Price", 12.5);
            price.put("OriginalPrice", 25.0);
        }
        String[] states = {"Available", "Making", "Unavailable", "Copying"};
        for (int i = 0; i < 6; i++) {
            ObjectNode image = cloud.image(zones.get(i % zones.size()), "custom-" + i, BASE_IMAGES[i][0], BASE_IMAGES[i][1],
                    "Custom", states[i % states.length]);
            image.put("Tag", i % 2 == 0 ? "Default" : "build");
            image.putArray("DataSnapshotIds").add("snapshot-" + i);
        }
        return cloud;
    }

    /** {@code count} more custom images across the zones, for catalogues of any size. */
    public void addGeneratedImages(int count) {
        for (int i = 0; i < count; i++) {
            String[] base = BASE_IMAGES[i % BASE_IMAGES.length];
            image(zones.get(i % zones.size()), "app-" + i, base[0], base[1], "Custom", "Available").put("Tag", "Default");
        }
    }

    /**
     * Writes the image as DescribeImage answers it, in the region's first zone: {@code ImageType}
     * Base, Business or Custom, {@code State} Available (Unavailable for failed), {@code OsType}
     * Windows or Linux from the OS name, the {@code Aarch64_Type} feature for arm64,
     * {@code CreateTime} in Unix seconds. UCloud has neither shared nor deprecated images.
     */
    @Override
    public String addImage(String region, CatalogueImage spec) {
        if (!this.region.equals(region)) {
            throw new IllegalArgumentException("this fake UCloud serves " + this.region + ", not " + region);
        }
        if (spec.deprecated()) {
            throw new UnsupportedOperationException("UCloud has no deprecated images");
        }
        String type = switch (spec.type()) {
            case PUBLIC -> "Base";
            case MARKETPLACE -> "Business";
            case PRIVATE -> "Custom";
            case SHARED -> throw new UnsupportedOperationException("UCloud has no shared images");
        };
        String state = switch (spec.state()) {
            case AVAILABLE -> "Available";
            case CREATING, IMPORTING -> "Making";
            case COPYING, SYNCING -> "Copying";
            case FAILED, UNAVAILABLE -> "Unavailable";
            case IN_USE, UNKNOWN -> throw new UnsupportedOperationException("UCloud has no image state " + spec.state().id());
        };
        String osType = OsNameParser.familyOf(spec.osName()).osType() == OsType.WINDOWS ? "Windows" : "Linux";
        ObjectNode image = image(zones.get(0), spec.name(), spec.osName(), osType, type, state);
        if (spec.architecture() == Architecture.ARM64) {
            ((ArrayNode) image.get("Features")).add("Aarch64_Type");
        }
        if (spec.createdAt() != null) {
            image.put("CreateTime", spec.createdAt().getEpochSecond());
        }
        return image.get("ImageId").asText();
    }

    @Override
    public FakeUcloud start() {
        super.start();
        return this;
    }

    public void addKeys(String publicKey, String privateKey) {
        keys.put(publicKey, privateKey);
    }

    /** Temporary keys: requests must carry this {@code SecurityToken}. */
    public void addTemporaryKeys(String publicKey, String privateKey, String securityToken) {
        keys.put(publicKey, privateKey);
        tokens.put(publicKey, securityToken);
    }

    /** How long an imported image stays Making before it is Available; two seconds by default. */
    public void importDuration(Duration duration) {
        importTimeline(ImageTimeline.startingAs("Making").then(duration, "Available"));
    }

    /**
     * The states every later import goes through, from its answer on: for example
     * {@code ImageTimeline.startingAs("Making").then(Duration.ofMinutes(3), "Unavailable")}.
     */
    public void importTimeline(ImageTimeline timeline) {
        this.importTimeline = timeline;
    }

    /** Every image id. */
    public List<String> imageIds() {
        synchronized (images) {
            return images.stream().map(i -> i.get("ImageId").asText()).toList();
        }
    }

    @Override
    protected String actionOf(RecordedRequest request) {
        Object action = parameters(request).get("Action");
        return action == null ? null : action.toString();
    }

    @Override
    protected FakeResponse throttledAnswer(String action, RecordedRequest request) {
        return error(action, 153, "Request too frequently, please try again later");
    }

    @Override
    protected FakeResponse handle(String action, RecordedRequest request) {
        Map<String, Object> parameters = parameters(request);
        if (action == null) {
            return error(null, 160, "Missing Action");
        }
        String publicKey = text(parameters.get("PublicKey"));
        String privateKey = publicKey == null ? null : keys.get(publicKey);
        if (parameters.get("Signature") == null) {
            return error(action, 170, "Missing Signature");
        }
        if (privateKey == null) {
            return error(action, 172, "User Not Exists");
        }
        String token = tokens.get(publicKey);
        if (token != null && !token.equals(text(parameters.get("SecurityToken")))) {
            return error(action, 174, "Token Not Exists");
        }
        if (!signature(parameters, privateKey).equals(text(parameters.get("Signature")))) {
            return error(action, 171, "Signature VerifyAC Error");
        }
        String project = text(parameters.get("ProjectId"));
        if (project != null && !projects.contains(project)) {
            return error(action, 292, "Project [" + project + "/Name] not exists");
        }
        if (!region.equals(text(parameters.get("Region")))) {
            return error(action, 230, "Params [Region] not available");
        }
        return switch (action) {
            case DESCRIBE_IMAGE -> describeImage(parameters);
            case IMPORT_CUSTOM_IMAGE -> importCustomImage(parameters);
            default -> error(action, 161, "Action [" + action + "] not found");
        };
    }

    /** The fake's own signature: sorted names, each followed by its value as text, then the private key. */
    private static String signature(Map<String, Object> parameters, String privateKey) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("Signature")) {
                text.append(name).append(text(value));
            }
        });
        return Digests.sha1Hex(text.append(privateKey).toString());
    }

    private FakeResponse describeImage(Map<String, Object> parameters) {
        String zone = text(parameters.get("Zone"));
        if (zone != null && !zones.contains(zone)) {
            return error(DESCRIBE_IMAGE, 230, "Params [Zone] not available");
        }
        String type = text(parameters.get("ImageType"));
        String osType = text(parameters.get("OsType"));
        String imageId = text(parameters.get("ImageId"));
        String tag = text(parameters.get("Tag"));
        List<String> ids = parameters.entrySet().stream().filter(p -> p.getKey().startsWith("ImageIds."))
                .map(p -> text(p.getValue())).toList();
        int offset = Integer.parseInt(String.valueOf(parameters.getOrDefault("Offset", "0")));
        int limit = Integer.parseInt(String.valueOf(parameters.getOrDefault("Limit", "20")));
        boolean prices = "1".equals(text(parameters.get("PriceSet")));
        List<ObjectNode> matching;
        synchronized (images) {
            matching = images.stream()
                    .filter(i -> !removed(i.get("ImageId").asText()))
                    .filter(i -> zone == null || zone.equals(i.get("Zone").asText()))
                    .filter(i -> type == null || type.equals(i.get("ImageType").asText()))
                    .filter(i -> osType == null || osType.equals(i.get("OsType").asText()))
                    .filter(i -> imageId == null || imageId.equals(i.get("ImageId").asText()))
                    .filter(i -> ids.isEmpty() || ids.contains(i.get("ImageId").asText()))
                    .filter(i -> tag == null || tag.equals(i.path("Tag").asText("Default")))
                    .toList();
        }
        ObjectNode out = Json.objectNode();
        out.put("TotalCount", matching.size());
        ArrayNode set = out.putArray("ImageSet");
        // only the page is copied, in its current state
        matching.stream().skip(offset).limit(limit).map(i -> {
            ObjectNode copy = withCurrentState(i);
            if (!prices) {
                copy.remove("PriceSet");
            }
            return copy;
        }).forEach(set::add);
        return ok(DESCRIBE_IMAGE, out);
    }

    private FakeResponse importCustomImage(Map<String, Object> parameters) {
        for (String required : List.of("ImageName", "UFileUrl", "OsType", "OsName", "Format", "Auth")) {
            if (parameters.get(required) == null || text(parameters.get(required)).isBlank()) {
                return error(IMPORT_CUSTOM_IMAGE, 230, "Missing params [" + required + "]");
            }
        }
        if (!"true".equals(text(parameters.get("Auth")))) {
            return error(IMPORT_CUSTOM_IMAGE, 230, "Params [Auth] must be true");
        }
        if (!FORMATS.contains(text(parameters.get("Format")))) {
            return error(IMPORT_CUSTOM_IMAGE, 230, "Params [Format] not available");
        }
        String url = text(parameters.get("UFileUrl"));
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return error(IMPORT_CUSTOM_IMAGE, 8301, "导入自制镜像失败");
        }
        String osName = text(parameters.get("OsName"));
        ObjectNode image = image(zones.get(0), text(parameters.get("ImageName")), osName,
                text(parameters.get("OsType")).equals("Windows") ? "Windows" : "Linux", "Custom", "Making");
        image.put("CreateTime", clock().instant().getEpochSecond());
        image.put("ImageDescription", String.valueOf(parameters.getOrDefault("ImageDescription", "")));
        image.put("Tag", String.valueOf(parameters.getOrDefault("Tag", "Default")));
        timeline(image.get("ImageId").asText(), importTimeline);
        ObjectNode out = Json.objectNode();
        out.put("ImageId", image.get("ImageId").asText());
        return ok(IMPORT_CUSTOM_IMAGE, out);
    }

    private ObjectNode image(String zone, String name, String osName, String osType, String type, String state) {
        ObjectNode image = Json.objectNode();
        image.put("Zone", zone);
        image.put("ImageId", newImageId());
        image.put("ImageName", name);
        image.put("OsType", osType);
        image.put("OsName", osName);
        image.put("ImageType", type);
        image.putArray("Features").add("CloudInit");
        image.put("FuncType", "");
        image.put("IntegratedSoftware", "");
        image.put("Vendor", "");
        image.put("Links", "");
        image.put("State", state);
        image.put("ImageDescription", "");
        image.put("CreateTime", CATALOGUE_CREATED.getEpochSecond());
        image.put("ImageSize", osType.equals("Windows") ? 40 : 20);
        image.put("MinimalCPU", "");
        image.put("MaintainEol", "");
        images.add(image);
        return image;
    }

    /** A copy as the cloud describes the image now: an image on a timeline in its current state. */
    private ObjectNode withCurrentState(ObjectNode image) {
        ObjectNode copy = image.deepCopy();
        copy.put("State", currentState(copy.get("ImageId").asText(), copy.get("State").asText()));
        return copy;
    }

    private synchronized String newImageId() {
        return "uimage-" + Long.toString(Math.abs(random.nextLong()) % 2_000_000_000L, 36);
    }

    /** A request's parameters, from its JSON body, form body or query, numbers and booleans kept. */
    private static Map<String, Object> parameters(RecordedRequest request) {
        Map<String, Object> parameters = new LinkedHashMap<>(request.formParameters());
        if (request.header("content-type").map(t -> t.startsWith("application/json")).orElse(false)) {
            try {
                Json.readTree(request.body(), ErrorContext.none()).properties()
                        .forEach(field -> parameters.put(field.getKey(), value(field.getValue())));
            } catch (ProtocolException e) {
                return Map.of();
            }
        }
        return parameters;
    }

    private static Object value(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asText();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static FakeResponse ok(String action, ObjectNode out) {
        out.put("Action", action + "Response");
        out.put("RetCode", 0);
        return FakeResponse.json(200, Json.write(out)).withHeader("X-UCLOUD-REQUEST-UUID", UUID.randomUUID().toString());
    }

    private static FakeResponse error(String action, int code, String message) {
        ObjectNode out = Json.objectNode();
        out.put("Action", (action == null ? "" : action) + "Response");
        out.put("RetCode", code);
        out.put("Message", message);
        return FakeResponse.json(200, Json.write(out)).withHeader("X-UCLOUD-REQUEST-UUID", UUID.randomUUID().toString());
    }
}
