package io.cloudimages.testkit.pipeline;

import io.cloudimages.ImageService;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.example.ExampleCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The circuit breaker judges calls, not attempts: it opens only when the endpoint is really down. */
class CircuitBreakerTest {

    private final ExampleCloud fake = ExampleCloud.withCatalogue(200).start();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aLongListingThatItsRetriesCarryThroughFortyPercentOfFailedAttemptsSucceeds() {
        // about 40% of attempts fail, 503s and dropped connections interleaved (seeded, so every run is the same)
        fake.faults().share(0.2, 7, Fault.status(503)).share(0.25, 11, Fault.drop());
        List<Image> images;
        try (ImageService service = ExampleServices.open(fake, s -> s.maxAttempts(8))) {
            images = service.list(ImageQuery.builder().includeDeprecated(true).pageSize(4).build()).toList();
        }

        assertThat(images).hasSize(200);
        long attempts = fake.requests(ExampleCloud.LIST_IMAGES).size();
        assertThat(attempts - 50).as("failed attempts").isGreaterThan(attempts * 3 / 10);
    }
}
