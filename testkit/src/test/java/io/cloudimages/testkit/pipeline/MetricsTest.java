package io.cloudimages.testkit.pipeline;

import io.cloudimages.ImageService;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.example.ExampleCloud;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {

    private final ExampleCloud fake = ExampleCloud.withCatalogue(20).start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        fake.close();
    }

    private ImageService withMeters() {
        return ExampleServices.open(fake, s -> s.extension(CoreSettings.METER_REGISTRY, meters));
    }

    @Test
    void eachRequestIsTimedByProviderActionOutcomeAndErrorCode() {
        fake.faults().forAction(ExampleCloud.LIST_IMAGES).next(Fault.status(503));
        try (ImageService service = withMeters()) {
            service.listPage(ImageQuery.builder().pageSize(1).build(), null);
        }

        Timer success = meters.find("cloudimages.requests")
                .tags("provider", "example", "action", "ListImages", "outcome", "success", "error.code", "none").timer();
        Timer failure = meters.find("cloudimages.requests")
                .tags("provider", "example", "action", "ListImages", "outcome", "unavailable").timer();
        assertThat(success).isNotNull().extracting(Timer::count).isEqualTo(1L);
        assertThat(failure).isNotNull().extracting(Timer::count).isEqualTo(1L);
        assertThat(meters.counter("cloudimages.retries", "provider", "example", "action", "ListImages",
                "outcome", "unavailable").count()).isEqualTo(1);
    }

    @Test
    void theCloudsErrorCodeBecomesATag() {
        fake.imageQuota(0);
        try (ImageService service = withMeters()) {
            try {
                service.importImage(ExampleServices.importOf("over-quota"));
            } catch (CloudImagesException expected) {
                // the quota is used up
            }
        }

        assertThat(meters.find("cloudimages.requests").tags("error.code", "ImageQuotaLimitExceeded",
                "outcome", "quota_exceeded").timer()).isNotNull();
    }

    @Test
    void waitingForARateLimitPermitIsTimed() {
        try (ImageService service = withMeters()) {
            service.importOsSupport();
        }

        assertThat(meters.find("cloudimages.ratelimit.wait").tags("provider", "example", "action", "ListImportOs")
                .timer()).isNotNull().extracting(Timer::count).isEqualTo(1L);
    }

    @Test
    void tagsNeverCarryAccountsImagesOrRequestIds() {
        try (ImageService service = withMeters()) {
            service.list(ImageQuery.builder().includeDeprecated(true).build()).toList();
            service.importImage(ExampleServices.importOf(ExampleServices.uniqueName()));
        }

        Set<String> tagKeys = meters.getMeters().stream().map(Meter::getId).flatMap(id -> id.getTags().stream())
                .map(Tag::getKey).collect(Collectors.toSet());
        assertThat(tagKeys).isNotEmpty().isSubsetOf("provider", "action", "outcome", "error.code", "source");
    }
}
