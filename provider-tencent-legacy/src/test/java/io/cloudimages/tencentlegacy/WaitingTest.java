package io.cloudimages.tencentlegacy;

import io.cloudimages.ImageService;
import io.cloudimages.ImageWaiter;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.exception.ImageVanishedException;
import io.cloudimages.exception.UnsupportedCapabilityException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.FakeClock;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The legacy API imports nothing, but any image it can get can be waited for: status 1 (creating), then 2 (normal). */
class WaitingTest {

    private static final String CREATING = "img-pr1vat02";

    private final FakeClock clock = new FakeClock();
    private final FakeQcloudLegacy fake = FakeQcloudLegacy.withSeedCatalogue().start();
    private final ImageService service = TencentLegacyWireTest.open(fake, s -> s.extension(CoreSettings.CLOCK, clock));

    WaitingTest() {
        fake.clock(clock);
    }

    @AfterEach
    void stop() {
        service.close();
        fake.close();
    }

    private ImageWaiter waiter() {
        return ImageWaiter.builder(service).clock(clock).sleeper(clock).build();
    }

    @Test
    void aCreatingImageIsWaitedForUntilItIsNormal() {
        fake.timeline(CREATING, ImageTimeline.startingAs("1").then(Duration.ofMinutes(1), "2"));

        assertThat(waiter().waitUntilAvailable(CREATING).state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(clock.sleeps()).hasSizeGreaterThan(3);
    }

    @Test
    void anImageDeletedDuringTheWaitHasVanished() {
        fake.timeline(CREATING, ImageTimeline.startingAs("1").thenRemoved(Duration.ofSeconds(20)));

        assertThatThrownBy(() -> waiter().waitUntilAvailable(CREATING))
                .isInstanceOfSatisfying(ImageVanishedException.class, error -> assertThat(error.wasSeen()).isTrue());
    }

    @Test
    void anIdTheCloudDoesNotKnowEndsTheWaitAtOnce() {
        assertThatThrownBy(() -> waiter().waitUntilAvailable("img-n0tthere"))
                .isInstanceOfSatisfying(ImageVanishedException.class, error -> assertThat(error.wasSeen()).isFalse());
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void importAndWaitIsRefusedBeforeAnythingIsSent() {
        ImportImageRequest request = ImportImageRequest.builder().imageUrl("https://bucket.example.com/golden.qcow2")
                .name("golden").osName("CentOS").osVersion("7").architecture(Architecture.X86_64).build();

        assertThatThrownBy(() -> waiter().importAndWait(request)).isInstanceOf(UnsupportedCapabilityException.class);
        assertThat(fake.requests()).isEmpty();
    }
}
