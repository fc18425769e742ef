package io.cloudimages.testkit.pipeline;

import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.pipeline.CircuitBreakerSettings;
import io.cloudimages.core.pipeline.RequestPipeline;
import io.cloudimages.core.ratelimit.RateLimitStoreUnavailableException;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.spi.Action;
import io.cloudimages.testkit.FakeResponse;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.example.ExampleCloud;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the pipeline's own refusals and an endpoint's failures look like to a caller. */
class PipelineFailuresTest {

    private static final CircuitBreakerSettings OPENS_AFTER_TWO = new CircuitBreakerSettings(50, 2, 2, Duration.ofMinutes(5));

    private final ExampleCloud fake = ExampleCloud.withCatalogue(4).start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aCallTheClientSideLimiterHoldsBackIsThrottledByTheClientAndNothingIsSent() {
        fake.faults().forAction(ExampleCloud.LIST_IMPORT_OS)
                .next(Fault.answer(FakeResponse.text(429, "slow down").withHeader("Retry-After", "60")));
        try (ImageService service = ExampleServices.open(fake, s -> s.maxAttempts(1).callTimeout(Duration.ofSeconds(5))
                .extension(CoreSettings.BACKOFF, new Backoff(Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMinutes(1)))
                .extension(CoreSettings.METER_REGISTRY, meters))) {
            assertThatThrownBy(service::importOsSupport).isInstanceOfSatisfying(ThrottledException.class,
                    e -> assertThat(e.source()).isEqualTo(ThrottledException.Source.CLOUD));

            assertThatThrownBy(service::importOsSupport).isInstanceOfSatisfying(ThrottledException.class, e -> {
                assertThat(e.source()).isEqualTo(ThrottledException.Source.CLIENT);
                assertThat(e.requestSent()).isFalse();
            });
        }
        assertThat(fake.requests(ExampleCloud.LIST_IMPORT_OS)).hasSize(1);
        assertThat(meters.counter("cloudimages.throttled", "provider", "example", "action", ExampleCloud.LIST_IMPORT_OS,
                "source", "client").count()).isEqualTo(1);
    }

    @Test
    void anOpenCircuitFailsTheCallWithAPublicErrorThatSaysNothingWasSent() {
        fake.faults().always(Fault.status(503));
        try (ImageService service = ExampleServices.open(fake, s -> s.maxAttempts(1)
                .extension(CoreSettings.CIRCUIT_BREAKER, OPENS_AFTER_TWO))) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(service::importOsSupport).isInstanceOf(ServiceUnavailableException.class);
            }

            assertThatThrownBy(service::importOsSupport)
                    .isExactlyInstanceOf(ServiceUnavailableException.class)
                    .hasMessageContaining("circuit")
                    .satisfies(e -> assertThat(((ServiceUnavailableException) e).requestSent()).isFalse());
        }
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void aRateLimitStoreThatDoesNotAnswerFailsTheCallAsUnavailableSendsNothingAndLeavesTheCircuitClosed() {
        RateLimiterBackend silentStore = (key, rate, maxWait) -> {
            throw new RateLimitStoreUnavailableException("redis://cache:6379 did not answer within 300 ms", null);
        };
        try (ImageService service = ExampleServices.open(fake, s -> s.maxAttempts(1)
                .extension(CoreSettings.RATE_LIMITER_BACKEND, silentStore)
                .extension(CoreSettings.CIRCUIT_BREAKER, OPENS_AFTER_TWO)
                .extension(CoreSettings.METER_REGISTRY, meters))) {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(service::importOsSupport).isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
                    assertThat(e.requestSent()).isFalse();
                    assertThat(e.retryable()).isTrue();
                    assertThat(e).hasMessageContaining("redis://cache:6379 did not answer within 300 ms; nothing was sent")
                            .hasMessageNotContaining("circuit");
                });
            }
        }
        assertThat(fake.requests()).isEmpty();
        assertThat(meters.get("cloudimages.requests").tag("outcome", "ratelimit_store_unavailable").timer().count())
                .isEqualTo(5);
    }

    @Test
    void importsWhoseAnswersAreLostCountAgainstTheEndpointLikeFailedReads() {
        fake.faults().always(Fault.drop());
        RequestPipeline pipeline = RequestPipeline.builder("example")
                .settings(ProviderSettings.builder().region("r")
                        .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal())
                        .extension(CoreSettings.CIRCUIT_BREAKER, OPENS_AFTER_TWO).build())
                .credentials(() -> Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET))
                .endpoint(fake.endpoint())
                .build();
        Action importImage = Action.write(ExampleCloud.IMPORT_IMAGE, 10);
        WireRequest request = WireRequest.post(fake.endpoint(), Map.of("X-Example-Action", ExampleCloud.IMPORT_IMAGE),
                "{}".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> pipeline.execute(importImage, (credentials, now) -> request, (response, context) -> response))
                    .isInstanceOf(OutcomeUnknownException.class);
        }

        assertThatThrownBy(() -> pipeline.execute(importImage, (credentials, now) -> request, (response, context) -> response))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("circuit");
        assertThat(fake.requests()).hasSize(2);
    }
}
