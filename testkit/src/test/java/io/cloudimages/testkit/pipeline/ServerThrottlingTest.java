package io.cloudimages.testkit.pipeline;

import io.cloudimages.ImageService;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.FakeResponse;
import io.cloudimages.testkit.RecordedRequest;
import io.cloudimages.testkit.example.ExampleCloud;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the cloud throttles anyway (other clients share the account), the action slows down, then recovers. */
class ServerThrottlingTest {

    private final ExampleCloud fake = ExampleCloud.withCatalogue(20).start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void callsStillSucceedWhenTheCloudAllowsLessThanThePublishedLimit() {
        fake.limit(ExampleCloud.LIST_IMPORT_OS, 5); // someone else uses most of the account's quota
        try (ImageService service = ExampleServices.open(fake, s -> s.maxAttempts(6)
                .extension(CoreSettings.BACKOFF, new Backoff(Duration.ofMillis(20), Duration.ofMillis(400),
                        Duration.ofSeconds(2)))
                .extension(CoreSettings.METER_REGISTRY, meters))) {
            for (int i = 0; i < 20; i++) {
                assertThat(service.importOsSupport().entries()).isNotEmpty();
            }
        }

        assertThat(fake.throttledAnswers(ExampleCloud.LIST_IMPORT_OS)).isPositive();
        assertThat(meters.counter("cloudimages.throttled", "provider", "example", "action", "ListImportOs",
                "source", "server").count()).isEqualTo(fake.throttledAnswers(ExampleCloud.LIST_IMPORT_OS));
    }

    @Test
    void aRetryAfterHintHoldsTheActionBackForAsLongAsItAsks() {
        fake.faults().forAction(ExampleCloud.LIST_IMPORT_OS)
                .next(Fault.answer(FakeResponse.text(429, "slow down").withHeader("Retry-After", "1")));
        try (ImageService service = ExampleServices.open(fake, s -> s.maxAttempts(1))) {
            assertThatThrownBy(service::importOsSupport).isInstanceOf(ThrottledException.class);

            service.importOsSupport();
        }

        List<RecordedRequest> sent = fake.requests(ExampleCloud.LIST_IMPORT_OS);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).arrivalNanos() - sent.get(0).arrivalNanos())
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void throttlingThatOutlastsEveryAttemptIsReportedAsThrottled() {
        fake.faults().forAction(ExampleCloud.LIST_IMPORT_OS).always(Fault.throttle());
        try (ImageService service = ExampleServices.open(fake, s -> s.maxAttempts(3))) {
            assertThatThrownBy(service::importOsSupport)
                    .isInstanceOfSatisfying(ThrottledException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("Throttled");
                        assertThat(e.requestId()).isNotBlank();
                    });
        }
        assertThat(fake.requests(ExampleCloud.LIST_IMPORT_OS)).hasSize(3);
    }
}
