package io.cloudimages.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.fuzz.AnswerScript.Answer;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.Page;
import io.cloudimages.spi.Action;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One provider's answer decoding as a fuzz target: the provider is opened through the public
 * API, as a user opens it, against a {@link ScriptedCloud} run that answers with the fuzz input,
 * and one of its operations is called. What must hold for every input:
 *
 * <ol>
 *   <li>the operation returns, or throws a {@link CloudImagesException}: nothing else;</li>
 *   <li>it ends within {@link #DEADLINE};</li>
 *   <li>it asks at most {@link ScriptedCloud#MAX_REQUESTS} times: since a script's last answer
 *       is repeated forever, an operation that asks more is paging through a cloud that says the
 *       same thing again and again, and would go on forever;</li>
 *   <li>an operation that makes every call count never succeeds on an answer that says it
 *       failed: an HTTP error status, a cut connection, or the cloud's own error code.</li>
 * </ol>
 *
 * Each execution is cheap and independent: one attempt per call, a rate-limiter backend (and so
 * circuit breakers) of its own, limits far above the pace of the loop, short timeouts.
 */
final class AnswerTarget {

    /** At most this many images of a listing are consumed, as a caller with a limit would. */
    static final int MAX_IMAGES = 100;
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CloudImages CLOUD_IMAGES = CloudImages.discover();

    private final String provider;
    private final String region;
    private final Credentials credentials;
    private final Map<String, String> properties;
    private final List<Operation> operations;
    private final Predicate<JsonNode> saysItFailed;

    /**
     * @param properties   the provider's own settings, for every execution
     * @param saysItFailed whether an answer body, read as JSON, carries the cloud's own error code
     */
    AnswerTarget(String provider, String region, Credentials credentials, Map<String, String> properties,
                 List<Operation> operations, Predicate<JsonNode> saysItFailed) {
        this.provider = provider;
        this.region = region;
        this.credentials = credentials;
        this.properties = Map.copyOf(properties);
        this.operations = List.copyOf(operations);
        this.saysItFailed = saysItFailed;
    }

    String provider() {
        return provider;
    }

    /**
     * Something a user does with an open service.
     *
     * @param everyCallCounts true when the operation fails as soon as one of its calls does, so that
     *                        it must never return after an answer that says it failed; false for
     *                        imports, which look up a lost answer's image and may report it performed
     */
    record Operation(String name, boolean everyCallCounts, Consumer<ImageService> action) {

        /** Lists with the query, consuming at most {@link #MAX_IMAGES} images. */
        static Operation listing(String name, ImageQuery query) {
            return new Operation(name, true, service -> {
                try (Stream<Image> images = service.list(query)) {
                    images.limit(MAX_IMAGES).forEach(Image::toString);
                }
            });
        }

        /** The first page only, as a caller that keeps its own cursor asks for it. */
        static Operation firstPage(String name, ImageQuery query) {
            return new Operation(name, true, service -> {
                Page<Image> page = service.listPage(query, null);
                page.items().forEach(Image::toString);
            });
        }

        static Operation get(String imageId) {
            return new Operation("get " + imageId, true, service -> service.get(imageId));
        }

        static Operation importOsSupport() {
            return new Operation("import OS support", true, ImageService::importOsSupport);
        }

        static Operation importImage(String name, ImportImageRequest request) {
            return new Operation(name, request.dryRun(), service -> service.importImage(request));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** The settings of every fuzz execution, at this endpoint. */
    ProviderSettings settings(URI endpoint, Credentials credentials) {
        ProviderSettings.Builder settings = ProviderSettings.builder()
                .region(region)
                .endpoint(endpoint)
                .credentials(credentials)
                .properties(properties)
                .maxAttempts(1)
                .connectTimeout(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(3))
                // a backend of its own per execution: fresh limits, adapted rates and circuit breakers, which would
                // otherwise open after the fuzzer's many failures and hide the decoder behind fail-fast errors
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal())
                // no execution waits long after a throttling answer
                .extension(CoreSettings.BACKOFF, new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1)))
                .extension(CoreSettings.MAX_RESPONSE_BYTES, 64 * 1024);
        CLOUD_IMAGES.provider(provider).orElseThrow().actions()
                .forEach(action -> settings.rateLimit(action.name(), Action.MAX_REQUESTS_PER_SECOND));
        return settings.build();
    }

    /** Runs one fuzz input; see the class comment for what it checks. */
    void check(byte[] input) {
        AnswerScript script = AnswerScript.parse(input);
        Operation operation = operations.get(script.operation() % operations.size());
        ScriptedCloud.Run run = ScriptedCloud.shared().play(script);
        // Jazzer's server-side request forgery detector reports every connection a fuzz test makes, but this one
        SilentCloseable network = BugDetectors.allowNetworkConnections(run::isThisCloud);
        try {
            Throwable thrown = Deadline.run(DEADLINE, () -> {
                run.client(Thread.currentThread());
                try (ImageService service = CLOUD_IMAGES.open(provider, settings(run.endpoint(), credentials))) {
                    operation.action().accept(service);
                }
            });
            if (thrown != null && !(thrown instanceof CloudImagesException)) {
                // as it is: Jazzer tells findings apart by the stack of what was thrown
                throw Sneaky.rethrow(thrown);
            }
            if (run.clientAtLimit() != null) {
                throw new AssertionError(provider + " " + operation + " was still asking after "
                        + ScriptedCloud.MAX_REQUESTS + " requests, the last ones all answered alike: it pages forever"
                        + " through a cloud that repeats itself (the cause shows where it asked)", run.clientAtLimit());
            }
            if (thrown == null && operation.everyCallCounts()) {
                List<String> failures = run.served().stream().filter(this::saysItFailed).map(Answer::toString).distinct()
                        .toList();
                if (!failures.isEmpty()) {
                    throw new AssertionError(provider + " " + operation + " succeeded although the cloud answered "
                            + String.join("; ", failures));
                }
            }
        } finally {
            network.close();
            run.close();
        }
    }

    /** An HTTP error, a cut connection, or an answer that carries the cloud's error code. */
    private boolean saysItFailed(Answer answer) {
        if (answer.status() < 200 || answer.status() > 299 || answer.dropped() || answer.truncated()) {
            return true;
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (IOException unreadable) {
            return false;
        }
        return body != null && saysItFailed.test(body);
    }

    /**
     * Whether a code is a whole number other than 0, written as a number or as digits: the
     * success code of the clouds that answer with {@code code} or {@code RetCode} is exactly 0.
     */
    static boolean nonZeroWholeNumber(JsonNode code) {
        if (code == null) {
            return false;
        }
        BigInteger value;
        if (code.isIntegralNumber()) {
            value = code.bigIntegerValue();
        } else if (code.isTextual() && code.asText().matches("-?\\d+")) {
            value = new BigInteger(code.asText());
        } else {
            return false;
        }
        return value.signum() != 0;
    }

    /** The names of the operations, for messages. */
    @Override
    public String toString() {
        return provider + Arrays.toString(operations.stream().map(Operation::name).toArray());
    }
}
