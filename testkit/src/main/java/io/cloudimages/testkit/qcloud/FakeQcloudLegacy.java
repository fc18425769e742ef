package io.cloudimages.testkit.qcloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.signing.Digests;
import io.cloudimages.testkit.CatalogueImage;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.FakeResponse;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.RecordedRequest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A fake of the legacy qcloud v2 API ({@code /v2/index.php}, GET query or POST form): it checks
 * the HmacSHA1/HmacSHA256 signature from the raw parameters with its own code (an unknown
 * SecretId is code 4104, a wrong signature 4100), refuses a repeated Nonce and a Timestamp more
 * than two hours off (4500), limits DescribeImages over a sliding second (4400), and serves the
 * 38 public images of seed 003's table with their exact ids and names, seed 003's example image,
 * and private, shared and marketplace images. Any image can follow an {@link ImageTimeline} of
 * statuses ({@code "1"} creating, {@code "2"} normal...).
 */
public final class FakeQcloudLegacy extends FakeCloud {

    public static final String DESCRIBE_IMAGES = "DescribeImages";
    /** No limit is published; the fake enforces the provider's default. */
    public static final Map<String, Integer> LIMITS = Map.of(DESCRIBE_IMAGES, 10);
    public static final String TEST_SECRET_ID = "AKIDfakeQcloudLegacyKey0000000000001";
    public static final String TEST_SECRET_KEY = "fakeQcloudLegacySecret0000000000001";

    /** Seed 003's table of public images: name, unImgId. */
    static final String[][] SEED_003_PUBLIC_IMAGES = {
        {"CentOS 5.8 32位", "img-7br3ouzr"},
        {"CentOS 5.8 64位", "img-4cq5l3u1"},
        {"CentOS 5.11 32位", "img-ko6c8e6f"},
        {"CentOS 5.11 64位", "img-ailu7ftt"},
        {"CentOS 6.2 64位", "img-50mr2ow7"},
        {"CentOS 6.3 32位", "img-1afi29f3"},
        {"CentOS 6.3 64位", "img-4w43a15z"},
        {"CentOS 6.4 32位", "img-k09t26i1"},
        {"CentOS 6.4 64位", "img-jlo93805"},
        {"CentOS 6.5 32位", "img-7uq6rrhr"},
        {"CentOS 6.5 64位", "img-7fwdvfur"},
        {"CentOS 6.6 32位", "img-5jbd8jxn"},
        {"CentOS 6.6 64位", "img-h5le2uy5"},
        {"CentOS 6.7 32位", "img-ljriodz5"},
        {"CentOS 6.7 64位", "img-9iwld2rx"},
        {"CentOS 7.0 64位", "img-b1ve77s9"},
        {"CentOS 7.1 64位", "img-9q2lxkar"},
        {"CentOS 7.2 64位", "img-31tjrtph"},
        {"Debian 7.4 64位", "img-c1l6bgb1"},
        {"Debian 7.8 32位", "img-2p1g2wjv"},
        {"Debian 7.8 64位", "img-feqctcrx"},
        {"Debian 8.2 32位", "img-ez7jwngr"},
        {"Debian 8.2 64位", "img-hi93l4ht"},
        {"Ubuntu Server 12.04 LTS 64位 (Docker)", "img-aa9z7opt"},
        {"Ubuntu Server 14.04.1 LTS 32位", "img-qpxvpujt"},
        {"Ubuntu Server 14.04.1 LTS 64位", "img-3wnd9xpl"},
        {"openSUSE 12.3 32位", "img-8bf2kz5x"},
        {"openSUSE 12.3 64位", "img-1p6m0vz5"},
        {"openSUSE 13.2 64位", "img-pmhtrjdx"},
        {"SUSE Linux Enterprise Server 11 SP3 64位", "img-mg89zx1h"},
        {"SUSE Linux Enterprise Server 12 64位", "img-d5304izr"},
        {"FreeBSD 10.1 64位", "img-871lthrb"},
        {"CoreOS 717.3.0 64位", "img-6mre94jv"},
        {"Windows Server 2012 R2 标准版 64位英文版", "img-lkxqa4kj"},
        {"Windows Server 2012 R2 标准版 64位中文版", "img-egif9bvl"},
        {"Windows Server 2012 R2 数据中心版 64位英文版", "img-2tddq003"},
        {"Ubuntu 16.04.1 LTS 64位中文版", "img-pyqx34y1"},
        {"Windows Server 2016 R2 数据中心版 64位中文版", "img-9id7emv7"}
    };

    private static final Duration TIMESTAMP_WINDOW = Duration.ofHours(2);
    /** The API writes local time without a zone: China Standard Time. */
    private static final DateTimeFormatter CREATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.ofHours(8));

    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> lastNonce = new ConcurrentHashMap<>();
    private final List<ObjectNode> images = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger added = new AtomicInteger();

    public FakeQcloudLegacy() {
        super("qcloud-legacy", LIMITS);
    }

    /** The test key pair and seed 003's images, with some private, shared and marketplace ones. */
    public static FakeQcloudLegacy withSeedCatalogue() {
        FakeQcloudLegacy cloud = new FakeQcloudLegacy();
        cloud.addCredentials(TEST_SECRET_ID, TEST_SECRET_KEY);
        for (String[] image : SEED_003_PUBLIC_IMAGES) {
            cloud.addImage(image[1], image[0], "", image[0], 2, 2, "2016-04-01 12:00:00", "creator", "tencent");
        }
        // seed 003's own answer example, with its misspelt "createor"
        cloud.addImage("img-1234test", "test", "test", "Ubuntu 12.04 64bit", 1, 2, "2014-09-27 10:11:00", "createor", "1000");
        String[][] others = {
            {"img-pr1vat01", "golden-centos-7.9", "CentOS 7.9 64位", "1", "2"},
            {"img-pr1vat02", "golden-ubuntu-20.04", "Ubuntu Server 20.04 LTS 64位", "1", "1"},
            {"img-pr1vat03", "build-win-2016", "Windows Server 2016 数据中心版 64位中文版", "1", "3"},
            {"img-sh4red01", "partner-debian-8.2", "Debian 8.2 64位", "4", "2"},
            {"img-sh4red02", "partner-centos-6.5", "CentOS 6.5 32位", "4", "5"},
            {"img-m4rket01", "lamp-centos-7.2", "CentOS 7.2 64位", "3", "2"},
            {"img-m4rket02", "wordpress-ubuntu-14.04", "Ubuntu Server 14.04.1 LTS 64位", "3", "4"},
        };
        for (String[] image : others) {
            cloud.addImage(image[0], image[1], "built by cloudimages tests", image[2], Integer.parseInt(image[3]),
                    Integer.parseInt(image[4]), "2023-05-06 07:08:09", "creator", "100012345678");
        }
        return cloud;
    }

    @Override
    public FakeQcloudLegacy start() {
        super.start();
        return this;
    }

    public void addCredentials(String secretId, String secretKey) {
        secrets.put(secretId, secretKey);
    }

    /** A temporary key: requests must carry this {@code Token}. */
    public void addTemporaryCredentials(String secretId, String secretKey, String token) {
        secrets.put(secretId, secretKey);
        tokens.put(secretId, token);
    }

    /** {@code count} more private images, for catalogues of any size. */
    public void addGeneratedImages(int count) {
        for (int i = 0; i < count; i++) {
            String[] seed = SEED_003_PUBLIC_IMAGES[i % SEED_003_PUBLIC_IMAGES.length];
            addImage(String.format("img-gen%05d", i), "app-" + i, "", seed[0], 1 + i % 4, 2, "2024-01-01 00:00:00",
                    "creator", "100012345678");
        }
    }

    /**
     * Writes the image as DescribeImages answers it (the fake serves every region alike):
     * {@code imageType} 1 to 4, {@code status} 2 for available (the API has no failed state: a
     * failed image is written as creating, 1), {@code createTime} in China Standard Time. The API
     * has no architecture field (it is read from the OS name) and no deprecated images.
     */
    @Override
    public String addImage(String region, CatalogueImage spec) {
        if (spec.deprecated()) {
            throw new UnsupportedOperationException("the legacy API has no deprecated images");
        }
        int type = switch (spec.type()) {
            case PRIVATE -> 1;
            case PUBLIC -> 2;
            case MARKETPLACE -> 3;
            case SHARED -> 4;
        };
        int status = switch (spec.state()) {
            case CREATING, IMPORTING, FAILED, UNAVAILABLE -> 1;
            case AVAILABLE -> 2;
            case IN_USE -> 3;
            case SYNCING -> 4;
            case COPYING -> 5;
            case UNKNOWN -> throw new UnsupportedOperationException("the legacy API has no unknown image state");
        };
        String id = String.format("img-pk%06d", added.incrementAndGet());
        String created = CREATE_TIME.format(spec.createdAt() == null ? CATALOGUE_CREATED : spec.createdAt());
        addImage(id, spec.name(), "", spec.osName(), type, status, created, "creator",
                type == 2 ? "tencent" : "100012345678");
        return id;
    }

    private void addImage(String id, String name, String description, String osName, int type, int status, String created,
                          String creatorField, String creator) {
        ObjectNode image = Json.objectNode();
        image.put("unImgId", id);
        image.put("imageName", name);
        image.put("imageDescription", description);
        image.put("imageType", type);
        image.put("osName", osName);
        image.put("createTime", created);
        image.put(creatorField, creator);
        image.put("status", status);
        images.add(image);
    }

    /** Every image id, of every type. */
    public List<String> imageIds() {
        synchronized (images) {
            return images.stream().map(i -> i.get("unImgId").asText()).toList();
        }
    }

    @Override
    protected String actionOf(RecordedRequest request) {
        return request.formParameters().get("Action");
    }

    @Override
    protected FakeResponse throttledAnswer(String action, RecordedRequest request) {
        return error(4400, "quota exceeded: too many requests");
    }

    @Override
    protected FakeResponse handle(String action, RecordedRequest request) {
        Map<String, String> parameters = request.formParameters();
        Integer refusal = verify(request, parameters);
        if (refusal != null) {
            return error(refusal, switch (refusal) {
                case 4104 -> "SecretId does not exist";
                case 4500 -> "replay attack: repeated nonce or expired timestamp";
                default -> "signature verification failed";
            });
        }
        if (!DESCRIBE_IMAGES.equals(action)) {
            return error(4000, "unknown action " + action);
        }
        return describeImages(parameters);
    }

    /** The signature check, written for the fake: byte-order sort, raw values, method + Host + path. */
    private Integer verify(RecordedRequest request, Map<String, String> parameters) {
        String secretId = parameters.get("SecretId");
        String secretKey = secretId == null ? null : secrets.get(secretId);
        if (secretKey == null) {
            return 4104;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(parameters.getOrDefault("Timestamp", ""));
        } catch (NumberFormatException e) {
            return 4100;
        }
        if (Math.abs(clock().instant().getEpochSecond() - timestamp) > TIMESTAMP_WINDOW.toSeconds()) {
            return 4500;
        }
        String nonce = parameters.getOrDefault("Nonce", "");
        if (nonce.isEmpty() || nonce.equals(lastNonce.put(secretId, nonce))) {
            return 4500;
        }
        String token = tokens.get(secretId);
        if (token != null ? !token.equals(parameters.get("Token")) : parameters.containsKey("Token")) {
            return 4100;
        }
        TreeMap<byte[], String[]> sorted = new TreeMap<>(java.util.Arrays::compareUnsigned);
        parameters.forEach((key, value) -> {
            if (!key.equals("Signature")) {
                String name = key.replace('_', '.');
                sorted.put(name.getBytes(StandardCharsets.UTF_8), new String[] {name, value});
            }
        });
        String plain = request.method() + request.header("host").orElse("") + request.uri().getRawPath() + "?"
                + sorted.values().stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
        String algorithm = "HmacSHA256".equals(parameters.get("SignatureMethod")) ? "HmacSHA256" : "HmacSHA1";
        String expected = Digests.hmacBase64(algorithm, secretKey.getBytes(StandardCharsets.UTF_8), plain);
        return expected.equals(parameters.get("Signature")) ? null : 4100;
    }

    private FakeResponse describeImages(Map<String, String> parameters) {
        int type;
        try {
            type = Integer.parseInt(parameters.getOrDefault("imageType", ""));
        } catch (NumberFormatException e) {
            return error(4000, "(100001) imageType is required");
        }
        if (type < 1 || type > 4) {
            return error(4000, "(100001) imageType must be 1 to 4");
        }
        Set<String> ids = parameters.entrySet().stream().filter(p -> p.getKey().startsWith("imageIds."))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
        if (ids.size() > 10) {
            return error(4000, "(100002) at most 10 imageIds");
        }
        int status = Integer.parseInt(parameters.getOrDefault("status", "0"));
        int offset = Integer.parseInt(parameters.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(parameters.getOrDefault("limit", "20"));
        if (limit < 1 || limit > 100 || offset < 0 || status < 0 || status > 5) {
            return error(4000, "(100003) limit must be 1 to 100, status 0 to 5");
        }
        List<ObjectNode> matching;
        synchronized (images) {
            matching = images.stream()
                    .filter(i -> i.get("imageType").asInt() == type)
                    .filter(i -> ids.isEmpty() || ids.contains(i.get("unImgId").asText()))
                    .filter(i -> !removed(i.get("unImgId").asText()))
                    .map(this::withCurrentState)
                    .filter(i -> status == 0 || i.get("status").asInt() == status)
                    .toList();
        }
        ObjectNode out = Json.objectNode();
        out.put("code", 0);
        out.put("message", "");
        out.put("totalCount", matching.size());
        ArrayNode set = out.putArray("imageSet");
        matching.stream().skip(offset).limit(limit).forEach(set::add);
        return FakeResponse.json(200, Json.write(out));
    }

    /** The image as the API describes it now: one on a timeline, a copy in its current status (a number). */
    private ObjectNode withCurrentState(ObjectNode image) {
        String stored = image.get("status").asText();
        String status = currentState(image.get("unImgId").asText(), stored);
        if (status.equals(stored)) {
            return image;
        }
        ObjectNode copy = image.deepCopy();
        if (status.matches("\\d{1,9}")) {
            copy.put("status", Integer.parseInt(status));
        } else {
            copy.put("status", status);
        }
        return copy;
    }

    private static FakeResponse error(int code, String message) {
        ObjectNode out = Json.objectNode();
        out.put("code", code);
        out.put("message", message);
        out.put("codeDesc", "Failure");
        return FakeResponse.json(200, Json.write(out));
    }
}
