package io.cloudimages.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.CredentialsSource;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.http.Endpoints;
import io.cloudimages.core.internal.text.ParseErrors;
import io.cloudimages.core.internal.text.TextFiles;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.spi.ImageProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named clouds from a YAML file, so that a platform swaps clouds by editing configuration:
 *
 * <pre>
 * clouds:
 *   tencent-gz:
 *     provider: tencent-v3
 *     region: ap-guangzhou
 *     endpoint: https://cvm.ap-guangzhou.tencentcloudapi.com   # optional
 *     credentials:                  # optional; default: the cloud's usual chain
 *       source: cli                 # default | environment | cli | explicit
 *       profile: work               # cli only
 *     rateLimits:                   # optional, requests per second by action
 *       DescribeImages: 20
 *     timeouts: {connect: 5s, request: 30s, call: 2m}
 *     maxAttempts: 3
 *     properties: {key: value}      # provider-specific options
 * </pre>
 *
 * <p>Every mistake is reported with the file, the key and what is allowed; nothing is opened
 * from a file that has one. A key given twice and a YAML alias ({@code *name}) are mistakes too.
 * The file may hold at most {@value #MAX_FILE_BYTES} bytes, in lines of at most
 * {@value #MAX_LINE_CHARS} characters.
 */
public final class CloudConfig {

    private static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("clouds");
    private static final Set<String> CLOUD_KEYS =
            Set.of("provider", "region", "endpoint", "credentials", "rateLimits", "timeouts", "maxAttempts", "properties");
    private static final Set<String> CREDENTIAL_KEYS =
            Set.of("source", "profile", "accessKeyId", "secretKey", "sessionToken", "projectId");
    private static final Set<String> TIMEOUT_KEYS = Set.of("connect", "request", "call");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");
    private static final Duration MAX_DURATION = Duration.ofDays(1);

    /** The largest file read: generous for any number of clouds, small enough to hold in memory. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** The longest line read, in characters: room for any key or token. */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    private final String source;
    private final Map<String, CloudDefinition> clouds;

    private CloudConfig(String source, Map<String, CloudDefinition> clouds) {
        this.source = source;
        this.clouds = Collections.unmodifiableMap(clouds);
    }

    /**
     * A named cloud.
     *
     * @param name     its name in the file
     * @param provider the provider id
     * @param settings the settings to open it with
     */
    public record CloudDefinition(String name, String provider, ProviderSettings settings) {
    }

    /**
     * Reads and checks a file: a regular file of at most {@value #MAX_FILE_BYTES} bytes of UTF-8
     * text (a device or a pipe is refused, since it may never end).
     */
    public static CloudConfig load(Path file) {
        String text;
        try {
            text = TextFiles.read(file, MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException("the configuration file " + file + " does not exist", ErrorContext.none());
        } catch (IOException e) {
            throw new InvalidRequestException("cannot read the configuration file " + file + ": " + e.getMessage(),
                    ErrorContext.none());
        }
        return parse(text, file.toString());
    }

    /**
     * Reads and checks YAML text of at most {@value #MAX_FILE_BYTES} characters, in lines of at most
     * {@value #MAX_LINE_CHARS}.
     *
     * @param source names the text in messages, usually its file name
     */
    public static CloudConfig parse(String yaml, String source) {
        Reader reader = new Reader(source);
        if (yaml.length() > MAX_FILE_BYTES) {
            throw reader.error("", "it is over the " + TextFiles.describeSize(MAX_FILE_BYTES) + " limit; is it the right file?");
        }
        requireShortLines(yaml, reader);
        JsonNode root;
        try {
            requireNoAliasesNorDuplicateKeys(yaml, reader);
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            // no cause attached: the parser's message quotes the file's lines, which may hold secrets
            throw new InvalidRequestException(source + ": not valid YAML at " + ParseErrors.describe(e), ErrorContext.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from reading a String
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw reader.error("", "the file is empty; it needs a \"clouds:\" map of named clouds");
        }
        reader.requireMap(root, "");
        reader.checkKeys(root, "", TOP_KEYS);
        JsonNode cloudsNode = root.get("clouds");
        if (cloudsNode == null || !cloudsNode.isObject() || cloudsNode.isEmpty()) {
            throw reader.error("clouds", "needs at least one named cloud, for example \"clouds: {tencent-gz: {provider:"
                    + " tencent-v3, region: ap-guangzhou}}\"");
        }
        Map<String, CloudDefinition> clouds = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cloudsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            clouds.put(entry.getKey(), reader.cloud(entry.getKey(), entry.getValue()));
        }
        return new CloudConfig(source, clouds);
    }

    /**
     * SnakeYAML's reader copies its whole look-ahead window for each 1024 characters it reads
     * ({@code org.yaml.snakeyaml.reader.StreamReader#update}), and it looks ahead across a whole
     * comment or scalar: a token as long as its line costs the square of the line's length (an
     * 8 MB comment line took over a minute). With lines of bounded length, reading is linear.
     */
    private static void requireShortLines(String yaml, Reader reader) {
        int line = 1;
        int length = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < yaml.length() && yaml.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                length = 0;
            } else if (++length > MAX_LINE_CHARS) {
                throw reader.error("", "line " + line + " is longer than " + MAX_LINE_CHARS
                        + " characters, the most a line may have; shorten it");
            }
        }
    }

    /**
     * Jackson's tree has no place for YAML's anchors: it reads an alias as its anchor's name
     * ({@code region: *gz} as the text "gz"), and a key given twice as the last one. Both are
     * refused, at their key, so that the file means what it appears to. Aliases are refused rather
     * than resolved because this file has nothing worth sharing that way and a resolving reader
     * must also guard against alias bombs.
     */
    private static void requireNoAliasesNorDuplicateKeys(String yaml, Reader reader) throws IOException {
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(yaml)) {
            Deque<Set<String>> keysOfOpenMaps = new ArrayDeque<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser.isCurrentAlias()) {
                    throw reader.error(path(parser.getParsingContext()), "is an alias (*" + parser.getText()
                            + ") of another value; aliases are not supported, write the value out");
                }
                if (token == JsonToken.START_OBJECT) {
                    keysOfOpenMaps.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    keysOfOpenMaps.pop();
                } else if (token == JsonToken.FIELD_NAME && !keysOfOpenMaps.element().add(parser.currentName())) {
                    throw reader.error(path(parser.getParsingContext()), "is given twice; give each key once");
                }
            }
        }
    }

    /** "clouds.gz.region": the keys (and list positions) down to where the parser is. */
    private static String path(JsonStreamContext context) {
        List<String> keys = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            keys.add(0, at.inArray() ? String.valueOf(at.getCurrentIndex()) : String.valueOf(at.getCurrentName()));
        }
        return String.join(".", keys);
    }

    /** The cloud names, in file order. */
    public Set<String> names() {
        return clouds.keySet();
    }

    /** @throws InvalidRequestException when the file has no cloud of that name */
    public CloudDefinition cloud(String name) {
        CloudDefinition cloud = clouds.get(name);
        if (cloud == null) {
            throw new InvalidRequestException(source + ": no cloud named \"" + name + "\"; the file defines: "
                    + String.join(", ", clouds.keySet()), ErrorContext.none());
        }
        return cloud;
    }

    /**
     * Checks what depends on the providers on the classpath: that each cloud's provider exists
     * and that its rate-limit overrides name actions the provider has.
     */
    public void validate(CloudImages cloudImages) {
        for (CloudDefinition cloud : clouds.values()) {
            String at = "clouds." + cloud.name();
            ImageProvider provider = cloudImages.provider(cloud.provider()).orElseThrow(() -> new InvalidRequestException(
                    source + ": " + at + ".provider: no provider \"" + cloud.provider() + "\" is on the classpath; known: "
                            + String.join(", ", cloudImages.providers().stream().map(ImageProvider::id).toList()),
                    ErrorContext.none()));
            for (String action : cloud.settings().rateLimits().keySet()) {
                try {
                    provider.requireAction(action);
                } catch (InvalidRequestException e) {
                    throw new InvalidRequestException(source + ": " + at + ".rateLimits." + action + ": " + e.detail(),
                            ErrorContext.none());
                }
            }
        }
    }

    /** Opens a named cloud; problems are reported with the file and the cloud's name. */
    public ImageService open(String name, CloudImages cloudImages) {
        return open(name, cloudImages, UnaryOperator.identity());
    }

    /**
     * Opens a named cloud with its settings adjusted first, for a tool whose own options (an
     * endpoint, a deadline) override the file's; problems are reported with the file and the
     * cloud's name.
     */
    public ImageService open(String name, CloudImages cloudImages, UnaryOperator<ProviderSettings> adjust) {
        CloudDefinition cloud = cloud(name);
        validate(cloudImages);
        try {
            return cloudImages.open(cloud.provider(), adjust.apply(cloud.settings()));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(source + ": clouds." + name + ": " + e.detail(), e.context(), e);
        }
    }

    /** Walks the tree, reporting each problem at its key. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        CloudDefinition cloud(String name, JsonNode node) {
            String at = "clouds." + name;
            requireMap(node, at);
            checkKeys(node, at, CLOUD_KEYS);
            String provider = requiredText(node, at, "provider", "a provider id such as tencent-v3, tencent-legacy or ucloud");
            ProviderSettings.Builder settings = ProviderSettings.builder()
                    .region(requiredText(node, at, "region", "the region, for example ap-guangzhou or cn-bj2"));
            String endpoint = optionalText(node, at, "endpoint");
            if (endpoint != null) {
                settings.endpoint(guard(at + ".endpoint", () -> Endpoints.parse(endpoint)));
            }
            if (node.has("credentials")) {
                settings.credentials(credentials(node.get("credentials"), at + ".credentials"));
            }
            if (node.has("rateLimits")) {
                JsonNode limits = node.get("rateLimits");
                requireMap(limits, at + ".rateLimits");
                limits.fields().forEachRemaining(limit -> {
                    String key = at + ".rateLimits." + limit.getKey();
                    if (!limit.getValue().isIntegralNumber()) {
                        throw error(key, "\"" + limit.getValue().asText() + "\" is not a whole number of requests per second");
                    }
                    if (!limit.getValue().canConvertToInt()) {
                        throw error(key, limit.getValue().asText() + " is out of range; allowed: a whole number of requests per"
                                + " second from 2 to " + RequestRate.MAX_LIMIT);
                    }
                    int value = limit.getValue().asInt();
                    guard(key, () -> RequestRate.requireValidLimit(value, "rate limit"));
                    settings.rateLimit(limit.getKey(), value);
                });
            }
            if (node.has("timeouts")) {
                JsonNode timeouts = node.get("timeouts");
                requireMap(timeouts, at + ".timeouts");
                checkKeys(timeouts, at + ".timeouts", TIMEOUT_KEYS);
                if (timeouts.has("connect")) settings.connectTimeout(duration(timeouts, at + ".timeouts", "connect"));
                if (timeouts.has("request")) settings.requestTimeout(duration(timeouts, at + ".timeouts", "request"));
                if (timeouts.has("call")) settings.callTimeout(duration(timeouts, at + ".timeouts", "call"));
            }
            if (node.has("maxAttempts")) {
                JsonNode attempts = node.get("maxAttempts");
                if (!attempts.isIntegralNumber()) {
                    throw error(at + ".maxAttempts", "\"" + attempts.asText() + "\" is not a whole number (allowed: 1 to "
                            + ProviderSettings.MAX_ATTEMPTS_LIMIT + ")");
                }
                if (!attempts.canConvertToInt()) {
                    // asInt() would keep the low 32 bits: 4294967299 would become 3
                    throw error(at + ".maxAttempts", attempts.asText() + " is out of range; allowed: 1 to "
                            + ProviderSettings.MAX_ATTEMPTS_LIMIT);
                }
                guard(at + ".maxAttempts", () -> settings.maxAttempts(attempts.asInt()));
            }
            if (node.has("properties")) {
                JsonNode properties = node.get("properties");
                requireMap(properties, at + ".properties");
                properties.fields().forEachRemaining(p -> {
                    if (!p.getValue().isValueNode() || p.getValue().isNull()) {
                        throw error(at + ".properties." + p.getKey(), "must be a single value (text, number or true/false)");
                    }
                    settings.property(p.getKey(), p.getValue().asText());
                });
            }
            return new CloudDefinition(name, provider, settings.build());
        }

        private CredentialsSource credentials(JsonNode node, String at) {
            requireMap(node, at);
            checkKeys(node, at, CREDENTIAL_KEYS);
            String kind = node.has("source") ? requiredText(node, at, "source", "") : "default";
            List<String> explicitOnly = List.of("accessKeyId", "secretKey", "sessionToken", "projectId");
            if (!kind.equals("explicit")) {
                for (String key : explicitOnly) {
                    if (node.has(key)) {
                        throw error(at + "." + key, "is only allowed with \"source: explicit\"");
                    }
                }
            }
            if (!kind.equals("cli") && node.has("profile")) {
                throw error(at + ".profile", "is only allowed with \"source: cli\"");
            }
            switch (kind) {
                case "default":
                    return CredentialsSource.defaultChain();
                case "environment":
                    return CredentialsSource.environment();
                case "cli":
                    return CredentialsSource.cliProfile(optionalText(node, at, "profile"));
                case "explicit":
                    String id = requiredText(node, at, "accessKeyId", "the key id (Tencent SecretId, UCloud PublicKey)");
                    String secret = requiredText(node, at, "secretKey", "the secret (Tencent SecretKey, UCloud PrivateKey)");
                    return CredentialsSource.of(guard(at, () -> Credentials.of(id, secret, optionalText(node, at, "sessionToken"))
                            .withProjectId(optionalText(node, at, "projectId"))));
                default:
                    throw error(at + ".source", "\"" + kind + "\" is not a credentials source; allowed: default, environment,"
                            + " cli, explicit");
            }
        }

        private Duration duration(JsonNode parent, String at, String key) {
            String text = parent.get(key).asText().strip();
            Matcher m = DURATION.matcher(text);
            Duration value;
            if (m.matches()) {
                long amount = Long.parseLong(m.group(1));
                value = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            } else {
                try {
                    value = Duration.parse(text);
                } catch (DateTimeParseException | ArithmeticException e) {
                    throw error(at + "." + key, "\"" + text + "\" is not a duration; write for example 500ms, 30s, 2m or PT30S");
                }
            }
            if (value.isZero() || value.isNegative() || value.compareTo(MAX_DURATION) > 0) {
                throw error(at + "." + key, "must be longer than zero and at most a day, got \"" + text + "\"");
            }
            return value;
        }

        void requireMap(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                throw error(at, "must be a map of keys to values");
            }
        }

        void checkKeys(JsonNode node, String at, Set<String> allowed) {
            node.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    throw error(at.isEmpty() ? key : at + "." + key, "unknown key; allowed here: "
                            + String.join(", ", new TreeSet<>(allowed)));
                }
            });
        }

        private String requiredText(JsonNode node, String at, String key, String meaning) {
            String value = optionalText(node, at, key);
            if (value == null) {
                throw error(at + "." + key, "is required" + (meaning.isEmpty() ? "" : ": " + meaning));
            }
            return value;
        }

        private String optionalText(JsonNode node, String at, String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isValueNode()) {
                throw error(at + "." + key, "must be a single value, not a list or a map");
            }
            if (value.isBoolean() || value.isFloatingPointNumber()) {
                // YAML reads yes, no, on, off as booleans and 1.10 as 1.1: the text as written is gone
                throw error(at + "." + key, "is read as " + (value.isBoolean() ? "the boolean " : "the number ") + value.asText()
                        + ", not as text; put it in quotes to keep it as written");
            }
            String text = value.asText().strip();
            return text.isEmpty() ? null : text;
        }

        private <T> T guard(String at, java.util.function.Supplier<T> parse) {
            try {
                return parse.get();
            } catch (CloudImagesException e) {
                throw error(at, e instanceof InvalidRequestException invalid ? invalid.detail() : e.getMessage());
            }
        }

        InvalidRequestException error(String key, String detail) {
            return new InvalidRequestException(source + ": " + (key.isEmpty() ? "" : key + ": ") + detail, ErrorContext.none());
        }
    }

    @Override
    public String toString() {
        return "CloudConfig[" + source + ", clouds=" + clouds.keySet() + "]";
    }
}
