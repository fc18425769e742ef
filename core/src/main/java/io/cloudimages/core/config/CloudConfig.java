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
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.http.Endpoints;
import io.cloudimages.core.internal.ratelimit.SharedBackends;
import io.cloudimages.core.internal.text.ParseErrors;
import io.cloudimages.core.internal.text.TextFiles;
import io.cloudimages.core.ratelimit.RateLimiterBackendFactory;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.spi.ImageProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
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
 * rateLimiter:                      # optional; where every cloud's rate limits are kept
 *   backend: redis                  # local (the default) | redis | another backend's id
 *   uri: redis://127.0.0.1:6379
 *   keyPrefix: cloudimages
 *   onUnavailable: fail             # fail | local
 *   expectedReplicas: 4             # with local: each replica's share of a limit
 *   timeout: 300ms                  # the longest one call to the store may take
 * </pre>
 *
 * <p>Every mistake of a file is reported at once, in one {@link InvalidRequestException}, each
 * with its key and what is allowed (the first twenty are listed and the rest
 * counted); nothing is opened from a file that has one. A key given twice and a YAML alias
 * ({@code *name}) are mistakes too. Only text that is not YAML at all, or is too large to read,
 * stops the reading at its first mistake.
 * The file may hold at most {@value #MAX_FILE_BYTES} bytes, in lines of at most
 * {@value #MAX_LINE_CHARS} characters.
 */
public final class CloudConfig {

    private static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("clouds", "rateLimiter");
    private static final Set<String> RATE_LIMITER_KEYS =
            Set.of("backend", "uri", "keyPrefix", "onUnavailable", "expectedReplicas", "timeout");
    private static final Set<String> CLOUD_KEYS =
            Set.of("provider", "region", "endpoint", "credentials", "rateLimits", "timeouts", "maxAttempts", "properties");
    private static final Set<String> CREDENTIAL_KEYS =
            Set.of("source", "profile", "accessKeyId", "secretKey", "sessionToken", "projectId");
    private static final Set<String> CREDENTIAL_SOURCES = Set.of("default", "environment", "cli", "explicit");
    private static final List<String> EXPLICIT_ONLY_KEYS = List.of("accessKeyId", "secretKey", "sessionToken", "projectId");
    private static final Set<String> TIMEOUT_KEYS = Set.of("connect", "request", "call");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");
    private static final Duration MAX_DURATION = Duration.ofDays(1);

    /** The largest file read: generous for any number of clouds, small enough to hold in memory. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** The longest line read, in characters: room for any key or token. */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    private final String source;
    private final Map<String, CloudDefinition> clouds;
    private final RateLimiterSettings rateLimiter;

    private CloudConfig(String source, Map<String, CloudDefinition> clouds, RateLimiterSettings rateLimiter) {
        this.source = source;
        this.clouds = Collections.unmodifiableMap(clouds);
        this.rateLimiter = rateLimiter;
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
     * @throws InvalidRequestException naming every mistake of the text, or the first place where it
     *         is not YAML at all
     */
    public static CloudConfig parse(String yaml, String source) {
        Mistakes mistakes = new Mistakes(source);
        if (yaml.length() > MAX_FILE_BYTES) {
            mistakes.add("", "it is over the " + TextFiles.describeSize(MAX_FILE_BYTES) + " limit; is it the right file?");
            mistakes.throwIfAny();
        }
        requireShortLines(yaml, mistakes);
        mistakes.throwIfAny(); // a long line makes reading the YAML itself too slow
        JsonNode root;
        try {
            requireNoAliasesNorDuplicateKeys(yaml, mistakes);
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            // no cause attached: the parser's message quotes the file's lines, which may hold secrets
            throw new InvalidRequestException(source + ": not valid YAML at " + ParseErrors.describe(e), ErrorContext.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from reading a String
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            mistakes.add("", "the file is empty; it needs a \"clouds:\" map of named clouds");
            mistakes.throwIfAny();
        }
        Reader reader = new Reader(mistakes);
        Map<String, CloudDefinition> clouds = new LinkedHashMap<>();
        RateLimiterSettings rateLimiter = RateLimiterSettings.local();
        if (reader.requireMap(root, "")) {
            reader.checkKeys(root, "", TOP_KEYS);
            if (root.has("rateLimiter")) {
                rateLimiter = reader.rateLimiter(root.get("rateLimiter"), "rateLimiter");
            }
            JsonNode cloudsNode = root.get("clouds");
            if (cloudsNode == null || !cloudsNode.isObject() || cloudsNode.isEmpty()) {
                mistakes.add("clouds", "needs at least one named cloud, for example \"clouds: {tencent-gz: {provider:"
                        + " tencent-v3, region: ap-guangzhou}}\"");
            } else {
                for (Map.Entry<String, JsonNode> entry : cloudsNode.properties()) {
                    clouds.put(entry.getKey(), reader.cloud(entry.getKey(), entry.getValue(), rateLimiter));
                }
            }
        }
        mistakes.throwIfAny();
        return new CloudConfig(source, clouds, rateLimiter);
    }

    /**
     * SnakeYAML's reader copies its whole look-ahead window for each 1024 characters it reads
     * ({@code org.yaml.snakeyaml.reader.StreamReader#update}), and it looks ahead across a whole
     * comment or scalar: a token as long as its line costs the square of the line's length (an
     * 8 MB comment line took over a minute). With lines of bounded length, reading is linear.
     */
    private static void requireShortLines(String yaml, Mistakes mistakes) {
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
            } else if (++length == MAX_LINE_CHARS + 1) {
                mistakes.add("", "line " + line + " is longer than " + MAX_LINE_CHARS
                        + " characters, the most a line may have; shorten it");
            }
        }
    }

    /**
     * Jackson's tree has no place for YAML's anchors: it reads an alias as its anchor's name
     * ({@code region: *gz} as the text "gz"), and a key given twice as the last one. Both are
     * refused, at their key, so that the file means what it appears to; what the tree holds at
     * such a key is then not judged again. Aliases are refused rather than resolved because this
     * file has nothing worth sharing that way and a resolving reader must also guard against alias
     * bombs.
     */
    private static void requireNoAliasesNorDuplicateKeys(String yaml, Mistakes mistakes) throws IOException {
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(yaml)) {
            Deque<Set<String>> keysOfOpenMaps = new ArrayDeque<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser.isCurrentAlias()) {
                    mistakes.add(path(parser.getParsingContext()), "is an alias (*" + parser.getText()
                            + ") of another value; aliases are not supported, write the value out");
                }
                if (token == JsonToken.START_OBJECT) {
                    keysOfOpenMaps.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    keysOfOpenMaps.pop();
                } else if (token == JsonToken.FIELD_NAME && !keysOfOpenMaps.element().add(parser.currentName())) {
                    mistakes.add(path(parser.getParsingContext()), "is given twice; give each key once");
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

    /** Where the clouds' rate limits are kept: the {@code rateLimiter:} section, or the local backend. */
    public RateLimiterSettings rateLimiter() {
        return rateLimiter;
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
     * Checks what depends on the classpath: that each cloud's provider exists, that its
     * rate-limit overrides name actions the provider has, and that the rate-limiter backend
     * exists and takes the file's settings.
     *
     * @throws InvalidRequestException naming every such mistake of the file
     */
    public void validate(CloudImages cloudImages) {
        Mistakes mistakes = new Mistakes(source);
        if (!rateLimiter.isLocal()) {
            Optional<RateLimiterBackendFactory> backend = SharedBackends.find(rateLimiter.backend());
            if (backend.isEmpty()) {
                mistakes.add("rateLimiter.backend", SharedBackends.notFound(rateLimiter.backend()));
            } else {
                try {
                    backend.get().check(rateLimiter);
                } catch (InvalidRequestException e) {
                    mistakes.add("rateLimiter", e.detail());
                }
            }
        }
        for (CloudDefinition cloud : clouds.values()) {
            String at = "clouds." + cloud.name();
            Optional<ImageProvider> provider = cloudImages.provider(cloud.provider());
            if (provider.isEmpty()) {
                mistakes.add(at + ".provider", "no provider \"" + cloud.provider() + "\" is on the classpath; known: "
                        + String.join(", ", cloudImages.providers().stream().map(ImageProvider::id).toList()));
                continue;
            }
            for (String action : cloud.settings().rateLimits().keySet()) {
                try {
                    provider.get().requireAction(action);
                } catch (InvalidRequestException e) {
                    mistakes.add(at + ".rateLimits." + action, e.detail());
                }
            }
        }
        mistakes.throwIfAny();
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

    /**
     * The mistakes of one file, each at its key, reported together: whoever fixes the file sees
     * them all at once. A mistake at or below a key already reported is not reported again (what
     * YAML made of an alias or of a key given twice is not judged a second time).
     */
    private static final class Mistakes {

        /** The most listed in one message; the rest are counted. */
        static final int MAX_LISTED = 20;

        private final String source;
        private final Set<String> keys = new HashSet<>();
        private final List<String> items = new ArrayList<>();

        Mistakes(String source) {
            this.source = source;
        }

        void add(String key, String detail) {
            // a look-up per enclosing key, not a scan of every mistake: a file may hold a hundred thousand
            for (String at = key; !at.isEmpty(); at = at.substring(0, Math.max(0, at.lastIndexOf('.')))) {
                if (keys.contains(at)) {
                    return;
                }
            }
            keys.add(key);
            items.add(key.isEmpty() ? detail : key + ": " + detail);
        }

        /**
         * One mistake as {@code file: key: detail}; several on one line too, numbered, since a
         * command prints an error on one line: {@code file: 2 mistakes: (1) key: detail; (2) ...}.
         */
        void throwIfAny() {
            if (items.isEmpty()) {
                return;
            }
            StringBuilder message = new StringBuilder(source).append(": ");
            if (items.size() == 1) {
                message.append(items.get(0));
            } else {
                message.append(items.size()).append(" mistakes: ");
                for (int i = 0; i < Math.min(items.size(), MAX_LISTED); i++) {
                    message.append(i == 0 ? "" : "; ").append('(').append(i + 1).append(") ").append(items.get(i));
                }
                if (items.size() > MAX_LISTED) {
                    message.append("; and ").append(items.size() - MAX_LISTED).append(" more");
                }
            }
            throw new InvalidRequestException(message.toString(), ErrorContext.none());
        }
    }

    /** Walks the tree, noting each mistake at its key and going on with the rest. */
    private static final class Reader {
        private final Mistakes mistakes;

        Reader(Mistakes mistakes) {
            this.mistakes = mistakes;
        }

        /** The {@code rateLimiter:} section; meaningless when a mistake was noted. */
        RateLimiterSettings rateLimiter(JsonNode node, String at) {
            if (!requireMap(node, at)) {
                return RateLimiterSettings.local();
            }
            checkKeys(node, at, RATE_LIMITER_KEYS);
            RateLimiterSettings.Builder settings = RateLimiterSettings.builder();
            String backend = optionalText(node, at, "backend");
            if (backend != null) {
                guard(at + ".backend", () -> settings.backend(backend));
            }
            String uri = optionalText(node, at, "uri");
            if (uri != null) {
                guard(at + ".uri", () -> settings.uri(parseUri(uri)));
            }
            String prefix = optionalText(node, at, "keyPrefix");
            if (prefix != null) {
                guard(at + ".keyPrefix", () -> settings.keyPrefix(prefix));
            }
            String onUnavailable = optionalText(node, at, "onUnavailable");
            if (onUnavailable != null) {
                Arrays.stream(RateLimiterSettings.OnUnavailable.values())
                        .filter(choice -> choice.configName().equals(onUnavailable)).findFirst()
                        .ifPresentOrElse(settings::onUnavailable, () -> mistakes.add(at + ".onUnavailable", "\""
                                + onUnavailable + "\" is not allowed; allowed: fail (calls fail while the store is down),"
                                + " local (each replica keeps a share of each limit)"));
            }
            if (node.has("expectedReplicas")) {
                wholeNumber(node.get("expectedReplicas"), at + ".expectedReplicas", 1, RateLimiterSettings.MAX_EXPECTED_REPLICAS)
                        .ifPresent(replicas -> guard(at + ".expectedReplicas", () -> settings.expectedReplicas(replicas)));
            }
            duration(node, at, "timeout").ifPresent(timeout -> guard(at + ".timeout", () -> settings.timeout(timeout)));
            return guard(at, settings::build).orElse(RateLimiterSettings.local());
        }

        private static URI parseUri(String text) {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                // the reason, not the input: a URI may hold a password
                throw new InvalidRequestException("is not a URI (" + e.getReason() + "); write for example"
                        + " redis://127.0.0.1:6379", ErrorContext.none());
            }
        }

        /** The cloud's definition; meaningless when a mistake was noted, since nothing is then opened. */
        CloudDefinition cloud(String name, JsonNode node, RateLimiterSettings rateLimiter) {
            String at = "clouds." + name;
            if (!requireMap(node, at)) {
                return null;
            }
            checkKeys(node, at, CLOUD_KEYS);
            String provider = requiredText(node, at, "provider", "a provider id such as tencent-v3, tencent-legacy or ucloud");
            ProviderSettings.Builder settings = ProviderSettings.builder()
                    .region(requiredText(node, at, "region", "the region, for example ap-guangzhou or cn-bj2"));
            if (!rateLimiter.isLocal()) {
                settings.extension(CoreSettings.RATE_LIMITER, rateLimiter);
            }
            String endpoint = optionalText(node, at, "endpoint");
            if (endpoint != null) {
                guard(at + ".endpoint", () -> Endpoints.parse(endpoint)).ifPresent(settings::endpoint);
            }
            if (node.has("credentials")) {
                credentials(node.get("credentials"), at + ".credentials").ifPresent(settings::credentials);
            }
            if (node.has("rateLimits") && requireMap(node.get("rateLimits"), at + ".rateLimits")) {
                node.get("rateLimits").properties().forEach(limit -> rateLimit(limit.getValue(), at + ".rateLimits." + limit.getKey()).ifPresent(value -> settings.rateLimit(limit.getKey(), value)));
            }
            if (node.has("timeouts") && requireMap(node.get("timeouts"), at + ".timeouts")) {
                JsonNode timeouts = node.get("timeouts");
                checkKeys(timeouts, at + ".timeouts", TIMEOUT_KEYS);
                duration(timeouts, at + ".timeouts", "connect").ifPresent(settings::connectTimeout);
                duration(timeouts, at + ".timeouts", "request").ifPresent(settings::requestTimeout);
                duration(timeouts, at + ".timeouts", "call").ifPresent(settings::callTimeout);
            }
            if (node.has("maxAttempts")) {
                maxAttempts(node.get("maxAttempts"), at + ".maxAttempts", settings);
            }
            if (node.has("properties") && requireMap(node.get("properties"), at + ".properties")) {
                node.get("properties").properties().forEach(p -> {
                    if (!p.getValue().isValueNode() || p.getValue().isNull()) {
                        mistakes.add(at + ".properties." + p.getKey(), "must be a single value (text, number or true/false)");
                    } else {
                        settings.property(p.getKey(), p.getValue().asText());
                    }
                });
            }
            return new CloudDefinition(name, provider, settings.build());
        }

        private Optional<Integer> rateLimit(JsonNode limit, String at) {
            if (!limit.isIntegralNumber()) {
                mistakes.add(at, "\"" + limit.asText() + "\" is not a whole number of requests per second");
                return Optional.empty();
            }
            if (!limit.canConvertToInt()) {
                mistakes.add(at, limit.asText() + " is out of range; allowed: a whole number of requests per second from 2 to "
                        + RequestRate.MAX_LIMIT);
                return Optional.empty();
            }
            return guard(at, () -> RequestRate.requireValidLimit(limit.asInt(), "rate limit"));
        }

        private void maxAttempts(JsonNode attempts, String at, ProviderSettings.Builder settings) {
            wholeNumber(attempts, at, 1, ProviderSettings.MAX_ATTEMPTS_LIMIT)
                    .ifPresent(value -> guard(at, () -> settings.maxAttempts(value)));
        }

        /** A whole number the value's checker will judge further; empty when it is not one (noted). */
        private Optional<Integer> wholeNumber(JsonNode value, String at, int min, int max) {
            if (!value.isIntegralNumber()) {
                mistakes.add(at, "\"" + value.asText() + "\" is not a whole number (allowed: " + min + " to " + max + ")");
                return Optional.empty();
            }
            if (!value.canConvertToInt()) {
                // asInt() would keep the low 32 bits: 4294967299 would become 3
                mistakes.add(at, value.asText() + " is out of range; allowed: " + min + " to " + max);
                return Optional.empty();
            }
            return Optional.of(value.asInt());
        }

        private Optional<CredentialsSource> credentials(JsonNode node, String at) {
            if (!requireMap(node, at)) {
                return Optional.empty();
            }
            checkKeys(node, at, CREDENTIAL_KEYS);
            String kind = node.has("source") ? requiredText(node, at, "source", "") : "default";
            if (kind == null) {
                return Optional.empty();
            }
            if (!CREDENTIAL_SOURCES.contains(kind)) {
                mistakes.add(at + ".source", "\"" + kind + "\" is not a credentials source; allowed: default, environment,"
                        + " cli, explicit");
                return Optional.empty();
            }
            if (!kind.equals("explicit")) {
                for (String key : EXPLICIT_ONLY_KEYS) {
                    if (node.has(key)) {
                        mistakes.add(at + "." + key, "is only allowed with \"source: explicit\"");
                    }
                }
            }
            if (!kind.equals("cli") && node.has("profile")) {
                mistakes.add(at + ".profile", "is only allowed with \"source: cli\"");
            }
            switch (kind) {
                case "default":
                    return Optional.of(CredentialsSource.defaultChain());
                case "environment":
                    return Optional.of(CredentialsSource.environment());
                case "cli":
                    return Optional.of(CredentialsSource.cliProfile(optionalText(node, at, "profile")));
                default: // explicit
                    String id = requiredText(node, at, "accessKeyId", "the key id (Tencent SecretId, UCloud PublicKey)");
                    String secret = requiredText(node, at, "secretKey", "the secret (Tencent SecretKey, UCloud PrivateKey)");
                    String token = optionalText(node, at, "sessionToken");
                    String project = optionalText(node, at, "projectId");
                    if (id == null || secret == null) {
                        return Optional.empty();
                    }
                    return guard(at, () -> Credentials.of(id, secret, token).withProjectId(project)).map(CredentialsSource::of);
            }
        }

        /** The duration at {@code key}, if it is there and right. */
        private Optional<Duration> duration(JsonNode parent, String at, String key) {
            if (!parent.has(key)) {
                return Optional.empty();
            }
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
                    mistakes.add(at + "." + key, "\"" + text + "\" is not a duration; write for example 500ms, 30s, 2m or PT30S");
                    return Optional.empty();
                }
            }
            if (value.isZero() || value.isNegative() || value.compareTo(MAX_DURATION) > 0) {
                mistakes.add(at + "." + key, "must be longer than zero and at most a day, got \"" + text + "\"");
                return Optional.empty();
            }
            return Optional.of(value);
        }

        /** Whether the node is a map; notes the mistake when it is not. */
        boolean requireMap(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                mistakes.add(at, "must be a map of keys to values");
                return false;
            }
            return true;
        }

        void checkKeys(JsonNode node, String at, Set<String> allowed) {
            node.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    mistakes.add(at.isEmpty() ? key : at + "." + key, "unknown key; allowed here: "
                            + String.join(", ", new TreeSet<>(allowed)));
                }
            });
        }

        /** The text at {@code key}, or null when it is missing or wrong (noted). */
        private String requiredText(JsonNode node, String at, String key, String meaning) {
            return text(node, at, key, meaning.isEmpty() ? "is required" : "is required: " + meaning);
        }

        /** The text at {@code key}, or null when it is absent, blank, or wrong (noted). */
        private String optionalText(JsonNode node, String at, String key) {
            return text(node, at, key, null);
        }

        /** @param whenMissing the mistake an absent or blank value is, or null when it may be absent */
        private String text(JsonNode node, String at, String key, String whenMissing) {
            JsonNode value = node.get(key);
            String text = null;
            if (value != null && !value.isNull()) {
                if (!value.isValueNode()) {
                    mistakes.add(at + "." + key, "must be a single value, not a list or a map");
                    return null;
                }
                if (value.isBoolean() || value.isFloatingPointNumber()) {
                    // YAML reads yes, no, on, off as booleans and 1.10 as 1.1: the text as written is gone
                    mistakes.add(at + "." + key, "is read as " + (value.isBoolean() ? "the boolean " : "the number ")
                            + value.asText() + ", not as text; put it in quotes to keep it as written");
                    return null;
                }
                text = value.asText().strip();
            }
            if (text == null || text.isEmpty()) {
                if (whenMissing != null) {
                    mistakes.add(at + "." + key, whenMissing);
                }
                return null;
            }
            return text;
        }

        /** What {@code parse} returns, or empty when it refused the value (noted at {@code at}). */
        private <T> Optional<T> guard(String at, Supplier<T> parse) {
            try {
                return Optional.of(parse.get());
            } catch (CloudImagesException e) {
                mistakes.add(at, e instanceof InvalidRequestException invalid ? invalid.detail() : e.getMessage());
                return Optional.empty();
            }
        }
    }

    @Override
    public String toString() {
        return "CloudConfig[" + source + ", clouds=" + clouds.keySet() + "]";
    }
}
