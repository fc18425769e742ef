package io.cloudimages.testkit.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.model.ImageType;
import io.cloudimages.testkit.CatalogueImage;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.FakeResponse;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.RecordedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A fake Tencent Cloud CVM API 3.0 ({@code POST /}, version 2017-03-12): it checks TC3 signatures
 * from the raw request with its own code (clock skew over 5 minutes is
 * {@code AuthFailure.SignatureExpire}, an unknown SecretId {@code AuthFailure.SecretIdNotFound}, a
 * wrong signature {@code AuthFailure.SignatureFailure}), limits each action over a sliding second
 * ({@code RequestLimitExceeded}), serves a catalogue per region of {@link #REGIONS} (any other is
 * {@code UnsupportedRegion}), answers DescribeImportImageOs with
 * seed 000's answer, and imports images with the seeds' error codes. An imported image follows the
 * {@link #importTimeline} (IMPORTING, then NORMAL after two seconds); any image can follow an
 * {@link ImageTimeline}.
 */
public final class FakeTencentCloud extends FakeCloud {

    public static final String DESCRIBE_IMAGES = "DescribeImages";
    public static final String DESCRIBE_IMPORT_IMAGE_OS = "DescribeImportImageOs";
    public static final String IMPORT_IMAGE = "ImportImage";
    /** The published limits, requests per second. */
    public static final Map<String, Integer> LIMITS = Map.of(DESCRIBE_IMAGES, 40, DESCRIBE_IMPORT_IMAGE_OS, 288, IMPORT_IMAGE, 10);
    /**
     * Tencent Cloud's regions, as its SDKs name them (tencentcloud-sdk-go {@code common/regions}); a
     * request for any other answers the common error {@code UnsupportedRegion}
     * (https://cloud.tencent.com/document/api/213/15694).
     */
    public static final Set<String> REGIONS = Set.of("ap-bangkok", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-guangzhou",
            "ap-guangzhou-open", "ap-hongkong", "ap-jakarta", "ap-mumbai", "ap-nanjing", "ap-seoul", "ap-shanghai",
            "ap-shanghai-fsi", "ap-shenzhen-fsi", "ap-singapore", "ap-tokyo", "eu-frankfurt", "eu-moscow", "na-ashburn",
            "na-siliconvalley", "na-toronto", "sa-saopaulo");
    /** A key pair {@link #withDefaultCatalogue()} accepts. */
    public static final String TEST_SECRET_ID = "AKIDfakeTencentTestKey00000000000001";
    public static final String TEST_SECRET_KEY = "fakeTencentSecretKey0000000000001";

    private static final Pattern IMAGE_ID = Pattern.compile("img-[a-z0-9]{8}");
    private static final Pattern INSTANCE_TYPE = Pattern.compile("[A-Z]+[0-9a-zA-Z]*\\.[A-Z0-9]+");
    private static final Set<String> FILTERS = Set.of("image-id", "image-type", "image-name", "platform", "tag-key", "tag-value");
    private static final Set<String> LICENSE_TYPES = Set.of("TencentCloud", "BYOL");
    private static final Set<String> BOOT_MODES = Set.of("Legacy BIOS", "UEFI");

    /** Public images named as Tencent names them: OsName, Platform, Architecture. */
    private static final String[][] PUBLIC_IMAGES = {
        {"TencentOS Server 3.1 (TK4)", "TencentOS", "x86_64"},
        {"TencentOS Server 2.4", "TencentOS", "x86_64"},
        {"TencentOS Server 3.1 (TK4) ARM", "TencentOS", "arm"},
        {"CentOS 7.9 64位", "CentOS", "x86_64"},
        {"CentOS 8.2 64位", "CentOS", "x86_64"},
        {"CentOS 7.2 64位", "CentOS", "x86_64"},
        {"CentOS 6.5 32位", "CentOS", "i386"},
        {"Ubuntu Server 22.04 LTS 64位", "Ubuntu", "x86_64"},
        {"Ubuntu Server 20.04 LTS 64位", "Ubuntu", "x86_64"},
        {"Ubuntu Server 14.04.1 LTS 32位", "Ubuntu", "i386"},
        {"Ubuntu Server 20.04 LTS 64位 ARM", "Ubuntu", "arm"},
        {"Debian 11.1 64位", "Debian", "x86_64"},
        {"Debian 8.2 64位", "Debian", "x86_64"},
        {"OpenCloudOS 8.6 64位", "OpenCloudOS", "x86_64"},
        {"Rocky Linux 8.6 64位", "Rocky Linux", "x86_64"},
        {"AlmaLinux 9.0 64位", "AlmaLinux", "x86_64"},
        {"Windows Server 2019 数据中心版 64位中文版", "Windows", "x86_64"},
        {"Windows Server 2016 数据中心版 64位英文版", "Windows", "x86_64"},
        {"Windows Server 2012 R2 数据中心版 64位中文版", "Windows", "x86_64"},
        {"FreeBSD 10.1 64位", "FreeBSD", "x86_64"},
    };

    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> catalogue = new ConcurrentHashMap<>();
    private final Set<String> regionsWithoutImport = ConcurrentHashMap.newKeySet();
    private final Set<String> knownTagKeys = ConcurrentHashMap.newKeySet();
    private final Random random = new Random(20170312);
    private final JsonNode importOsAnswer = readImportOsAnswer();
    private volatile int imageQuota = 500;
    private volatile ImageTimeline importTimeline = ImageTimeline.startingAs("IMPORTING").then(Duration.ofSeconds(2), "NORMAL");
    private volatile boolean importAnswerHasImageId = true;

    public FakeTencentCloud() {
        super("tencent", LIMITS);
        knownTagKeys.addAll(List.of("team", "env", "owner"));
    }

    /** The test key pair, and in ap-guangzhou the public images plus private and shared ones. */
    public static FakeTencentCloud withDefaultCatalogue() {
        FakeTencentCloud cloud = new FakeTencentCloud();
        cloud.addCredentials(TEST_SECRET_ID, TEST_SECRET_KEY);
        cloud.addPublicImages("ap-guangzhou");
        cloud.addGeneratedImages("ap-guangzhou", 12);
        return cloud;
    }

    @Override
    public FakeTencentCloud start() {
        super.start();
        return this;
    }

    public void addCredentials(String secretId, String secretKey) {
        secrets.put(secretId, secretKey);
    }

    /** A temporary key: requests must carry this {@code X-TC-Token}. */
    public void addTemporaryCredentials(String secretId, String secretKey, String token) {
        secrets.put(secretId, secretKey);
        tokens.put(secretId, token);
    }

    /** The public images, with the names Tencent gives them, in a region. */
    public void addPublicImages(String region) {
        for (String[] spec : PUBLIC_IMAGES) {
            ObjectNode image = image(region, spec[0], spec[0], spec[1], spec[2], "PUBLIC_IMAGE", "NORMAL");
            image.put("ImageCreator", "tencent");
            image.put("ImageSource", "OFFICIAL");
            image.put("IsSupportCloudinit", true);
            image.put("ImageSize", spec[0].startsWith("Windows") ? 50 : 20);
        }
    }

    /** {@code count} more images of every type and state, for catalogues of any size. */
    public void addGeneratedImages(String region, int count) {
        String[] types = {"PRIVATE_IMAGE", "SHARED_IMAGE", "PUBLIC_IMAGE", "PRIVATE_IMAGE"};
        String[] states = {"NORMAL", "NORMAL", "NORMAL", "CREATING", "SYNCING", "CREATEFAILED", "IMPORTFAILED"};
        for (int i = 0; i < count; i++) {
            String[] spec = PUBLIC_IMAGES[i % PUBLIC_IMAGES.length];
            ObjectNode image = image(region, "app-" + spec[1].toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + i, spec[0],
                    spec[1], spec[2], types[i % types.length], states[i % states.length]);
            image.put("ImageSize", 20 + i % 4 * 10);
            image.put("ImageDeprecated", i % 9 == 8);
            image.put("ImageFamily", i % 5 == 0 ? "golden-" + spec[1].toLowerCase(Locale.ROOT).replace(' ', '-') : "");
            if (!"PUBLIC_IMAGE".equals(image.get("ImageType").asText())) {
                image.put("ImageCreator", "100012345678");
                image.put("ImageSource", "CREATE_IMAGE");
                ArrayNode tags = image.putArray("Tags");
                tags.addObject().put("Key", "team").put("Value", i % 2 == 0 ? "infra" : "apps");
            }
        }
    }

    /**
     * Writes the image as DescribeImages answers it: {@code ImageState} NORMAL for available
     * (IMPORTFAILED for failed), {@code Architecture} x86_64, i386 or arm, {@code Platform} the
     * first word of the OS name, {@code ImageDeprecated}, {@code CreatedTime}. Tencent has no
     * marketplace images in this API.
     */
    @Override
    public String addImage(String region, CatalogueImage spec) {
        String type = switch (spec.type()) {
            case PUBLIC -> "PUBLIC_IMAGE";
            case PRIVATE -> "PRIVATE_IMAGE";
            case SHARED -> "SHARED_IMAGE";
            case MARKETPLACE -> throw new UnsupportedOperationException("API 3.0's DescribeImages has no marketplace images");
        };
        String state = switch (spec.state()) {
            case AVAILABLE -> "NORMAL";
            case CREATING -> "CREATING";
            case SYNCING, COPYING -> "SYNCING";
            case IMPORTING -> "IMPORTING";
            case FAILED, UNAVAILABLE -> "IMPORTFAILED";
            case IN_USE, UNKNOWN -> throw new UnsupportedOperationException("Tencent has no image state " + spec.state().id());
        };
        String architecture = switch (spec.architecture()) {
            case X86_64 -> "x86_64";
            case I386 -> "i386";
            case ARM64 -> "arm";
            case UNKNOWN -> "";
        };
        String platform = spec.osName().strip().split("\\s+")[0];
        ObjectNode image = image(region, spec.name(), spec.osName(), platform, architecture, type, state);
        if (spec.createdAt() != null) {
            image.put("CreatedTime", createdTime(spec.createdAt()));
        }
        image.put("ImageDeprecated", spec.deprecated());
        if (spec.type() != ImageType.PUBLIC) {
            image.put("ImageCreator", "100012345678");
            image.put("ImageSource", "CREATE_IMAGE");
        } else {
            image.put("ImageCreator", "tencent");
        }
        return image.get("ImageId").asText();
    }

    /** Imports in this region fail with {@code RegionAbilityLimit.UnsupportedToImportImage}. */
    public void refuseImportsIn(String region) {
        regionsWithoutImport.add(region);
    }

    /** Imports fail with {@code ImageQuotaLimitExceeded} once a region holds this many private images. */
    public void imageQuota(int quota) {
        this.imageQuota = quota;
    }

    /** How long an imported image stays IMPORTING before it is NORMAL; two seconds by default. */
    public void importDuration(Duration duration) {
        importTimeline(ImageTimeline.startingAs("IMPORTING").then(duration, "NORMAL"));
    }

    /**
     * The states every later import goes through, from its answer on: for example
     * {@code ImageTimeline.startingAs("IMPORTING").then(Duration.ofMinutes(3), "IMPORTFAILED")}.
     */
    public void importTimeline(ImageTimeline timeline) {
        this.importTimeline = timeline;
    }

    /**
     * Answers ImportImage as seeds 001 and 002 document it, with a RequestId only (the SDKs' newer
     * answers add the ImageId).
     */
    public void answerImportsWithRequestIdOnly() {
        this.importAnswerHasImageId = false;
    }

    /** Every image id of a region, deprecated ones included. */
    public List<String> imageIds(String region) {
        List<ObjectNode> images = catalogue.getOrDefault(region, List.of());
        synchronized (images) {
            return images.stream().map(i -> i.get("ImageId").asText()).toList();
        }
    }

    @Override
    protected String actionOf(RecordedRequest request) {
        return request.header("x-tc-action").orElse(null);
    }

    @Override
    protected FakeResponse throttledAnswer(String action, RecordedRequest request) {
        return error("RequestLimitExceeded", "Your current request times equals to `" + limitOf(action).orElse(0)
                + "` in a second, which exceeds the frequency limit `" + limitOf(action).orElse(0) + "` for a second."
                + " Please reduce the frequency of calls.");
    }

    @Override
    protected FakeResponse handle(String action, RecordedRequest request) {
        if (!request.method().equals("POST") && !request.method().equals("GET")) {
            return error("UnsupportedProtocol", "Only GET and POST are supported.");
        }
        Optional<Tc3Verifier.Refusal> refusal = Tc3Verifier.verify(request, secrets, tokens, clock().instant());
        if (refusal.isPresent()) {
            return error(refusal.get().code(), refusal.get().message());
        }
        if (action == null) {
            return error("MissingParameter", "The request is missing the X-TC-Action header.");
        }
        if (!"2017-03-12".equals(request.header("x-tc-version").orElse(null))) {
            return error("NoSuchVersion", "The API version is not supported.");
        }
        String region = request.header("x-tc-region").orElse("");
        if (region.isEmpty()) {
            return error("MissingParameter", "The request is missing the Region parameter.");
        }
        if (!REGIONS.contains(region)) {
            return error("UnsupportedRegion", "API does not support this region.");
        }
        JsonNode body;
        try {
            body = request.body().length == 0 ? Json.objectNode() : Json.readTree(request.body(), ErrorContext.none());
        } catch (ProtocolException e) {
            return error("InvalidParameter", "The request body is not valid JSON.");
        }
        return switch (action) {
            case DESCRIBE_IMAGES -> describeImages(region, body);
            case DESCRIBE_IMPORT_IMAGE_OS -> ok(importOsAnswer.deepCopy());
            case IMPORT_IMAGE -> importImage(region, body);
            default -> error("InvalidAction", "The action " + action + " does not exist.");
        };
    }

    private FakeResponse describeImages(String region, JsonNode body) {
        boolean byIds = body.has("ImageIds");
        boolean byFilters = body.has("Filters");
        if (byIds && byFilters) {
            return error("InvalidParameter.InvalidParameterCoexistImageIdsFilters",
                    "ImageIds and Filters cannot be specified at the same time.");
        }
        int offset = body.path("Offset").asInt(0);
        int limit = body.path("Limit").asInt(20);
        if (limit < 1 || limit > 100 || offset < 0) {
            return error("InvalidParameterValue.InvalidParameterValueLimit", "Limit must be between 1 and 100.");
        }
        List<Predicate<ObjectNode>> conditions = new ArrayList<>();
        if (byIds) {
            Set<String> ids = new HashSet<>();
            for (JsonNode id : body.get("ImageIds")) {
                if (!IMAGE_ID.matcher(id.asText()).matches()) {
                    return error("InvalidImageId.Malformed", "The image id " + id.asText() + " is malformed.");
                }
                ids.add(id.asText());
            }
            conditions.add(image -> ids.contains(image.get("ImageId").asText()));
        }
        if (byFilters) {
            if (body.get("Filters").size() > 10) {
                return error("InvalidParameterValue.LimitExceeded", "At most 10 Filters are allowed.");
            }
            for (JsonNode filter : body.get("Filters")) {
                String name = filter.path("Name").asText();
                List<String> values = new ArrayList<>();
                filter.path("Values").forEach(v -> values.add(v.asText()));
                if (values.size() > 5) {
                    return error("InvalidFilterValue.LimitExceeded", "At most 5 Filters.Values are allowed.");
                }
                Predicate<ObjectNode> condition = filter(name, values);
                if (condition == null) {
                    return error("InvalidFilter", "The filter " + name + " is not supported.");
                }
                conditions.add(condition);
            }
        }
        if (body.hasNonNull("InstanceType")) {
            String type = body.get("InstanceType").asText();
            if (!INSTANCE_TYPE.matcher(type).matches()) {
                return error("InvalidInstanceType.Malformed", "The instance type " + type + " is malformed.");
            }
            boolean arm = type.startsWith("SR");
            conditions.add(image -> arm == "arm".equals(image.path("Architecture").asText()));
        }
        List<ObjectNode> matching = new ArrayList<>();
        List<ObjectNode> images = catalogue.getOrDefault(region, List.of());
        synchronized (images) {
            for (ObjectNode image : images) {
                if (!removed(image.get("ImageId").asText()) && conditions.stream().allMatch(c -> c.test(image))) {
                    matching.add(image);
                }
            }
        }
        ObjectNode out = Json.objectNode();
        out.put("TotalCount", matching.size());
        ArrayNode set = out.putArray("ImageSet");
        // only the page is copied: a catalogue of 100,000 images is listed in a thousand pages
        matching.stream().skip(offset).limit(limit).map(this::withCurrentState).forEach(set::add);
        return ok(out);
    }

    private static Predicate<ObjectNode> filter(String name, List<String> values) {
        if (name.startsWith("tag:")) {
            String key = name.substring(4);
            return image -> tags(image).containsKey(key) && values.contains(tags(image).get(key));
        }
        if (!FILTERS.contains(name)) {
            return null;
        }
        return switch (name) {
            case "image-id" -> image -> values.contains(image.get("ImageId").asText());
            case "image-type" -> image -> values.contains(image.get("ImageType").asText());
            case "image-name" -> image -> values.stream().anyMatch(v -> contains(image.get("ImageName").asText(), v));
            case "platform" -> image -> values.stream().anyMatch(v -> contains(image.get("Platform").asText(), v));
            case "tag-key" -> image -> tags(image).keySet().stream().anyMatch(values::contains);
            default -> image -> tags(image).values().stream().anyMatch(values::contains);
        };
    }

    private FakeResponse importImage(String region, JsonNode body) {
        for (String required : List.of("Architecture", "OsType", "OsVersion", "ImageUrl", "ImageName")) {
            if (!body.hasNonNull(required) || body.get(required).asText().isBlank()) {
                return error("MissingParameter", "The request is missing a required parameter `" + required + "`.");
            }
        }
        String name = body.get("ImageName").asText();
        String architecture = body.get("Architecture").asText();
        String osType = body.get("OsType").asText();
        String osVersion = body.get("OsVersion").asText();
        String url = body.get("ImageUrl").asText();
        boolean force = body.path("Force").asBoolean(false);
        if (regionsWithoutImport.contains(region)) {
            return error("RegionAbilityLimit.UnsupportedToImportImage", "This region does not support importing images.");
        }
        if (name.codePointCount(0, name.length()) > 60) {
            return error("InvalidParameterValue.TooLarge", "ImageName is longer than 60 characters.");
        }
        if (!List.of("x86_64", "i386", "arm_64").contains(architecture)) {
            return error("InvalidParameterValue", "Architecture must be x86_64, i386 or arm_64.");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return error("InvalidParameter.InvalidParameterUrlError", "Incorrect URL.");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            return error("InvalidParameter.InvalidParameterUrlError", "Incorrect URL.");
        }
        if (uri.getPath() != null && uri.getPath().toLowerCase(Locale.ROOT).endsWith(".iso") && !force) {
            return error("InvalidParameterValue.ISOMustImportByForce", "ISO files must be imported by force.");
        }
        if (body.hasNonNull("LicenseType") && !LICENSE_TYPES.contains(body.get("LicenseType").asText())) {
            return error("InvalidParameterValue.InvalidLicenseType", "Invalid license type.");
        }
        if (body.hasNonNull("BootMode") && !BOOT_MODES.contains(body.get("BootMode").asText())) {
            return error("InvalidParameterValue.InvalidBootMode", "Unsupported boot mode.");
        }
        for (JsonNode spec : body.path("TagSpecification")) {
            for (JsonNode tag : spec.path("Tags")) {
                if (!knownTagKeys.contains(tag.path("Key").asText())) {
                    return error("InvalidParameterValue.TagKeyNotFound", "The specified tag does not exist.");
                }
            }
        }
        if (!force) {
            Optional<JsonNode> os = supportedOs(osType);
            if (os.isEmpty()) {
                return error("InvalidImageOsType.Unsupported", "The operating system type is not supported.");
            }
            List<String> versions = new ArrayList<>();
            os.get().path("OsVersions").forEach(v -> versions.add(v.asText()));
            if (!versions.contains("-") && !versions.contains(osVersion)) {
                return error("InvalidImageOsVersion.Unsupported", "The operating system version is not supported.");
            }
        }
        List<ObjectNode> images = catalogue.computeIfAbsent(region, r -> Collections.synchronizedList(new ArrayList<>()));
        synchronized (images) {
            if (images.stream().anyMatch(i -> name.equals(i.get("ImageName").asText()) && "PRIVATE_IMAGE".equals(i.get("ImageType").asText()))) {
                return error("InvalidImageName.Duplicate", "The specified image name already exists.");
            }
            if (images.stream().filter(i -> "PRIVATE_IMAGE".equals(i.get("ImageType").asText())).count() >= imageQuota) {
                return error("ImageQuotaLimitExceeded", "The image quota has been exceeded.");
            }
            if (body.path("DryRun").asBoolean(false)) {
                return error("DryRunOperation", "The request would have succeeded, but the DryRun parameter was used.");
            }
            ObjectNode image = image(region, name, osType + " " + osVersion, osType,
                    architecture.equals("arm_64") ? "arm" : architecture, "PRIVATE_IMAGE", "IMPORTING");
            image.put("CreatedTime", createdTime(clock().instant()));
            image.put("ImageDescription", body.path("ImageDescription").asText(""));
            image.put("ImageSource", "EXTERNAL_IMPORT");
            image.put("ImageCreator", "100012345678");
            image.put("LicenseType", body.path("LicenseType").asText("TencentCloud"));
            image.put("BootMode", body.path("BootMode").asText("Legacy BIOS"));
            image.put("ImageFamily", body.path("ImageFamily").asText(""));
            timeline(image.get("ImageId").asText(), importTimeline);
            ArrayNode tags = image.putArray("Tags");
            for (JsonNode spec : body.path("TagSpecification")) {
                spec.path("Tags").forEach(tags::add);
            }
            ObjectNode out = Json.objectNode();
            if (importAnswerHasImageId) {
                out.put("ImageId", image.get("ImageId").asText());
            }
            return ok(out);
        }
    }

    private Optional<JsonNode> supportedOs(String osType) {
        for (JsonNode os : importOsAnswer.path("ImportImageOsVersionSet")) {
            if (os.path("OsName").asText().equals(osType)) {
                return Optional.of(os);
            }
        }
        return Optional.empty();
    }

    private ObjectNode image(String region, String name, String osName, String platform, String architecture, String type,
                             String state) {
        ObjectNode image = Json.objectNode();
        image.put("ImageId", newImageId());
        image.put("OsName", osName);
        image.put("ImageType", type);
        image.put("CreatedTime", createdTime(CATALOGUE_CREATED));
        image.put("ImageName", name);
        image.put("ImageDescription", "");
        image.put("ImageSize", 20);
        image.put("Architecture", architecture);
        image.put("ImageState", state);
        image.put("Platform", platform);
        image.put("ImageCreator", "");
        image.put("ImageSource", "OFFICIAL");
        image.putNull("SyncPercent");
        image.put("IsSupportCloudinit", true);
        image.putArray("SnapshotSet");
        image.putArray("Tags");
        image.put("LicenseType", "TencentCloud");
        image.put("ImageFamily", "");
        image.put("ImageDeprecated", false);
        image.put("BootMode", "Legacy BIOS");
        catalogue.computeIfAbsent(region, r -> Collections.synchronizedList(new ArrayList<>())).add(image);
        return image;
    }

    /** As the API's examples write it: {@code 2020-09-22T00:00:00+00:00}. */
    private static String createdTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "+00:00");
    }

    /** A copy as the cloud describes the image now: an image on a timeline in its current state. */
    private ObjectNode withCurrentState(ObjectNode image) {
        ObjectNode copy = image.deepCopy();
        copy.put("ImageState", currentState(copy.get("ImageId").asText(), copy.get("ImageState").asText()));
        return copy;
    }

    private synchronized String newImageId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder("img-");
        for (int i = 0; i < 8; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static Map<String, String> tags(ObjectNode image) {
        Map<String, String> tags = new LinkedHashMap<>();
        image.path("Tags").forEach(t -> tags.put(t.path("Key").asText(), t.path("Value").asText()));
        return tags;
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static FakeResponse ok(ObjectNode response) {
        response.put("RequestId", UUID.randomUUID().toString());
        ObjectNode envelope = Json.objectNode();
        envelope.set("Response", response);
        return FakeResponse.json(200, Json.write(envelope));
    }

    private static FakeResponse error(String code, String message) {
        ObjectNode response = Json.objectNode();
        response.putObject("Error").put("Code", code).put("Message", message);
        response.put("RequestId", UUID.randomUUID().toString());
        ObjectNode envelope = Json.objectNode();
        envelope.set("Response", response);
        return FakeResponse.json(200, Json.write(envelope));
    }

    private static JsonNode readImportOsAnswer() {
        try (InputStream in = FakeTencentCloud.class.getResourceAsStream("DescribeImportImageOs.json")) {
            return Json.readTree(in.readAllBytes(), ErrorContext.none()).get("Response");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
