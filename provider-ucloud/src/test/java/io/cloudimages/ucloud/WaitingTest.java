package io.cloudimages.ucloud;

import io.cloudimages.ImageService;
import io.cloudimages.ImageWaiter;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.exception.ImageFailedException;
import io.cloudimages.exception.WaitTimeoutException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.FakeClock;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Waiting for UCloud's images: Making, then Available or Unavailable, on a clock the test moves. */
class WaitingTest {

    private final FakeClock clock = new FakeClock();
    private final FakeUcloud fake = FakeUcloud.withDefaultCatalogue().start();
    private final ImageService service = UcloudWireTest.open(fake, s -> s.extension(CoreSettings.CLOCK, clock));

    WaitingTest() {
        fake.clock(clock);
    }

    @AfterEach
    void stop() {
        service.close();
        fake.close();
    }

    private ImageWaiter waiter(Duration timeout) {
        return ImageWaiter.builder(service).timeout(timeout).clock(clock).sleeper(clock).build();
    }

    private static ImportImageRequest request(String name) {
        return ImportImageRequest.builder().imageUrl("https://images.cn-bj.ufileos.com/" + name + ".qcow2")
                .name(name).osName("CentOS").osVersion("6.5").architecture(Architecture.I386).build();
    }

    @Test
    void anImportIsAvailableOnceTheCloudSaysAvailable() {
        fake.importTimeline(ImageTimeline.startingAs("Making").then(Duration.ofMinutes(6), "Available"));

        Image image = waiter(Duration.ofMinutes(30)).importAndWait(request("golden"));

        assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(image.rawState()).isEqualTo("Available");
        assertThat(fake.requests(FakeUcloud.IMPORT_CUSTOM_IMAGE)).hasSize(1);
    }

    @Test
    void anImportTheCloudMarksUnavailableHasFailed() {
        fake.importTimeline(ImageTimeline.startingAs("Making").then(Duration.ofMinutes(2), "Unavailable"));

        ImageFailedException error = catchThrowableOfType(ImageFailedException.class,
                () -> waiter(Duration.ofMinutes(30)).importAndWait(request("golden")));

        assertThat(error.state()).isEqualTo(ImageState.UNAVAILABLE);
        assertThat(error.rawState()).isEqualTo("Unavailable");
        assertThat(error.getMessage()).contains("unavailable (Unavailable)");
    }

    @Test
    void anImportStillMakingAtTheTimeoutEndsTheWaitThere() {
        fake.importTimeline(ImageTimeline.startingAs("Making"));

        WaitTimeoutException error = catchThrowableOfType(WaitTimeoutException.class,
                () -> waiter(Duration.ofMinutes(10)).importAndWait(request("golden")));

        assertThat(error.lastRawState()).isEqualTo("Making");
        assertThat(clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(10));
        assertThat(fake.requests(FakeUcloud.IMPORT_CUSTOM_IMAGE)).hasSize(1);
    }

    @Test
    void aCopyingImageIsWaitedForUntilAvailable() {
        String id = fake.imageIds().get(0);
        fake.timeline(id, ImageTimeline.startingAs("Copying").then(Duration.ofMinutes(1), "Available"));

        assertThat(waiter(Duration.ofMinutes(30)).waitUntilAvailable(id).id()).isEqualTo(id);
    }
}
