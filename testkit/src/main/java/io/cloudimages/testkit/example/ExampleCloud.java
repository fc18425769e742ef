package io.cloudimages.testkit.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.signing.Digests;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.testkit.CatalogueImage;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.FakeResponse;
import io.cloudimages.testkit.RecordedRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake of the example cloud: a deliberately small JSON protocol (one POST endpoint, the
 * action in a header, an HMAC-SHA256 signature) that shows how a fake cloud is written and lets
 * the core pipeline and the contract suite run before any real provider.
 *
 * <p>Protocol: {@code POST /} with {@code X-Example-Action}, {@code X-Example-Timestamp} (Unix
 * seconds) and {@code Authorization: EXAMPLE-HMAC-SHA256 Credential=<id>, Signature=<hex>}, the
 * signature being HMAC-SHA256 with the secret of
 * {@code action \n host \n timestamp \n hex(sha256(body))}. Answers are
 * {@code {"RequestId": ..., ...}} or {@code {"RequestId": ..., "Error": {"Code", "Message"}}}, always
 * with HTTP 200, as Tencent Cloud does.
 */
public final class ExampleCloud extends FakeCloud {

    public static final String LIST_IMAGES = "ListImages";
    public static final String LIST_IMPORT_OS = "ListImportOs";
    public static final String IMPORT_IMAGE = "ImportImage";
    /** The published limits, in requests per second. */
    public static final Map<String, Integer> LIMITS = Map.of(LIST_IMAGES, 40, LIST_IMPORT_OS, 288, IMPORT_IMAGE, 10);
    public static final int MAX_PAGE = 100;
    /** A key pair the fake accepts when built with {@link #withCatalogue(int)}. */
    public static final String TEST_KEY_ID = "EXAMPLEKEYID0000000001";
    public static final String TEST_SECRET = "example-secret-do-not-use-9f8e7d";

    private static final Pattern AUTHORIZATION =
            Pattern.compile("EXAMPLE-HMAC-SHA256 Credential=([^,]+), Signature=([0-9a-f]{64})");
    private static final String[] OS_NAMES = {
        "CentOS 7.9 64位", "TencentOS Server 3.1 (TK4)", "Ubuntu Server 22.04 LTS 64位", "Debian 11.1 64位",
        "Windows Server 2019 数据中心版 64位中文版", "Rocky Linux 8.6 64位", "OpenCloudOS 8.6", "CentOS 6.5 32位",
        "Ubuntu 20.04 64位 ARM", "Kylin V10 SP2"
    };
    private static final String[] TYPES = {"public", "private", "shared", "marketplace"};
    private static final String[] STATES = {"available", "available", "available", "creating", "failed"};

    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final List<ObjectNode> images = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger added = new AtomicInteger();
    private volatile int imageQuota = Integer.MAX_VALUE;

    public ExampleCloud() {
        super("example", LIMITS);
    }

    /** A cloud that knows one key pair and serves {@code count} generated images. */
    public static ExampleCloud withCatalogue(int count) {
        ExampleCloud cloud = new ExampleCloud();
        cloud.addCredentials(TEST_KEY_ID, TEST_SECRET);
        for (int i = 0; i < count; i++) {
            cloud.addImage(generated(i));
        }
        return cloud;
    }

    @Override
    public ExampleCloud start() {
        super.start();
        return this;
    }

    /** Accepts this key pair. */
    public void addCredentials(String keyId, String secret) {
        secrets.put(keyId, secret);
    }

    public void addImage(ObjectNode image) {
        images.add(image);
    }

    /**
     * Writes the image as ListImages answers it: {@code Os} the OS name (the architecture is read
     * from it), {@code Type} and {@code State} the model's lower-case words, {@code Deprecated},
     * {@code Created}. The example cloud serves one region.
     */
    @Override
    public String addImage(String region, CatalogueImage spec) {
        String id = String.format("ex-c%05d", added.incrementAndGet());
        ObjectNode image = Json.objectNode();
        image.put("Id", id);
        image.put("Name", spec.name());
        image.put("Os", spec.osName());
        image.put("Type", spec.type().id());
        image.put("State", spec.state().id());
        image.put("Created", (spec.createdAt() == null ? CATALOGUE_CREATED : spec.createdAt()).toString());
        image.put("SizeGiB", 20);
        image.put("Deprecated", spec.deprecated());
        addImage(image);
        return id;
    }

    /** The ids of every image, deprecated ones included. */
    public List<String> imageIds() {
        synchronized (images) {
            return images.stream().map(i -> i.get("Id").asText()).toList();
        }
    }

    /** Fails imports with QuotaExceeded once this many private images exist. */
    public void imageQuota(int quota) {
        this.imageQuota = quota;
    }

    private static ObjectNode generated(int i) {
        ObjectNode image = Json.objectNode();
        image.put("Id", String.format("ex-%06d", i));
        image.put("Name", "image-" + i + "-" + OS_NAMES[i % OS_NAMES.length].split(" ")[0].toLowerCase());
        image.put("Os", OS_NAMES[i % OS_NAMES.length]);
        image.put("Type", TYPES[i % TYPES.length]);
        image.put("State", STATES[i % STATES.length]);
        image.put("Created", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i).toString());
        image.put("SizeGiB", 20 + i % 5 * 10);
        image.put("Deprecated", i % 11 == 10);
        if (i % 3 == 0) {
            image.put("Zone", "ex-zone-" + (i % 2 + 1));
        }
        return image;
    }

    @Override
    protected String actionOf(RecordedRequest request) {
        return request.header("x-example-action").orElse(null);
    }

    @Override
    protected FakeResponse throttledAnswer(String action, RecordedRequest request) {
        return error("Throttled", "too many " + action + " requests in the last second");
    }

    @Override
    protected FakeResponse handle(String action, RecordedRequest request) {
        FakeResponse denied = verifySignature(action, request);
        if (denied != null) {
            return denied;
        }
        JsonNode body;
        try {
            body = Json.readTree(request.body(), ErrorContext.none());
        } catch (ProtocolException e) {
            return error("InvalidParameter", "the body is not JSON");
        }
        if (action == null) {
            return error("MissingAction", "no X-Example-Action header");
        }
        return switch (action) {
            case LIST_IMAGES -> listImages(body);
            case LIST_IMPORT_OS -> ok(importOs());
            case IMPORT_IMAGE -> importImage(body);
            default -> error("InvalidAction", "no action " + action);
        };
    }

    private FakeResponse verifySignature(String action, RecordedRequest request) {
        Matcher auth = AUTHORIZATION.matcher(request.header("authorization").orElse(""));
        if (!auth.matches()) {
            return error("AuthFailure.InvalidAuthorization", "no valid Authorization header");
        }
        String secret = secrets.get(auth.group(1));
        if (secret == null) {
            return error("AuthFailure.SecretIdNotFound", "the key id is unknown");
        }
        String timestamp = request.header("x-example-timestamp").orElse("");
        long skew;
        try {
            skew = Math.abs(clock().instant().getEpochSecond() - Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            return error("AuthFailure.InvalidAuthorization", "X-Example-Timestamp is not a number");
        }
        if (skew > 300) {
            return error("AuthFailure.SignatureExpire", "the timestamp is more than 5 minutes off");
        }
        String expected = Digests.hmacSha256Hex(Digests.utf8(secret), action + "\n" + request.header("host").orElse("")
                + "\n" + timestamp + "\n" + Digests.sha256Hex(request.body()));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), auth.group(2).getBytes(StandardCharsets.US_ASCII))) {
            return error("AuthFailure.SignatureFailure", "the signature does not match");
        }
        return null;
    }

    private FakeResponse listImages(JsonNode body) {
        int offset = body.path("Offset").asInt(0);
        int limit = body.path("Limit").asInt(20);
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            return error("InvalidParameter.Limit", "Limit must be 1 to " + MAX_PAGE + " and Offset not negative");
        }
        List<String> ids = new ArrayList<>();
        body.path("Ids").forEach(id -> ids.add(id.asText()));
        if (ids.size() > 10) {
            return error("InvalidParameter.TooManyIds", "at most 10 ids per request");
        }
        String type = body.path("Type").asText(null);
        String name = body.path("Name").asText(null);
        List<ObjectNode> matching;
        synchronized (images) {
            matching = images.stream()
                    .filter(i -> !removed(i.get("Id").asText()))
                    .filter(i -> ids.isEmpty() || ids.contains(i.get("Id").asText()))
                    .filter(i -> type == null || type.equals(i.get("Type").asText()))
                    .filter(i -> name == null || name.equals(i.get("Name").asText()))
                    .toList();
        }
        ObjectNode out = Json.objectNode();
        out.put("Total", matching.size());
        ArrayNode page = out.putArray("Images");
        matching.stream().skip(offset).limit(limit).map(this::withCurrentState).forEach(page::add);
        return ok(out);
    }

    /** The image as the cloud describes it now: one on a {@link #timeline}, a copy in its current state. */
    private ObjectNode withCurrentState(ObjectNode image) {
        String stored = image.path("State").asText(null);
        String state = currentState(image.get("Id").asText(), stored);
        return Objects.equals(state, stored) ? image : image.deepCopy().put("State", state);
    }

    private static ObjectNode importOs() {
        ObjectNode out = Json.objectNode();
        ArrayNode list = out.putArray("Os");
        list.addObject().put("Name", "CentOS").put("Type", "linux")
                .set("Versions", Json.convert(List.of("6", "7", "8"), JsonNode.class));
        list.addObject().put("Name", "Ubuntu").put("Type", "linux")
                .set("Versions", Json.convert(List.of("18", "20", "22"), JsonNode.class));
        list.addObject().put("Name", "Windows Server 2019").put("Type", "windows")
                .set("Versions", Json.convert(List.of("-"), JsonNode.class));
        list.forEach(os -> ((ObjectNode) os).set("Architectures", Json.convert(List.of("x86_64", "i386"), JsonNode.class)));
        return out;
    }

    private FakeResponse importImage(JsonNode body) {
        String name = body.path("Name").asText("");
        String url = body.path("Url").asText("");
        if (name.isEmpty() || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return error("InvalidParameter", "Name and an http(s) Url are required");
        }
        synchronized (images) {
            if (images.stream().anyMatch(i -> name.equals(i.get("Name").asText()))) {
                return error("InvalidImageName.Duplicate", "an image named " + name + " exists");
            }
            long privateImages = images.stream().filter(i -> "private".equals(i.get("Type").asText())).count();
            if (privateImages >= imageQuota) {
                return error("ImageQuotaLimitExceeded", "the image quota is used up");
            }
            if (body.path("DryRun").asBoolean(false)) {
                return error("DryRunOperation", "the request would succeed");
            }
            String id = "ex-imp" + UUID.randomUUID().toString().substring(0, 8);
            ObjectNode image = Json.objectNode();
            image.put("Id", id);
            image.put("Name", name);
            image.put("Os", body.path("Os").asText("") + " " + body.path("Version").asText("") + " " + body.path("Arch").asText(""));
            image.put("Type", "private");
            image.put("State", "importing");
            image.put("Created", clock().instant().toString());
            image.put("Deprecated", false);
            images.add(image);
            ObjectNode out = Json.objectNode();
            out.put("ImageId", id);
            return ok(out);
        }
    }

    private static FakeResponse ok(ObjectNode out) {
        out.put("RequestId", UUID.randomUUID().toString());
        return FakeResponse.json(200, Json.write(out));
    }

    private static FakeResponse error(String code, String message) {
        ObjectNode out = Json.objectNode();
        out.putObject("Error").put("Code", code).put("Message", message);
        out.put("RequestId", UUID.randomUUID().toString());
        return FakeResponse.json(200, Json.write(out));
    }
}
