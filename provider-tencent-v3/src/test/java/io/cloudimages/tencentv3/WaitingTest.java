package io.cloudimages.tencentv3;

import io.cloudimages.ImageService;
import io.cloudimages.ImageStateChange;
import io.cloudimages.ImageWaiter;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.exception.ImageFailedException;
import io.cloudimages.exception.ImageVanishedException;
import io.cloudimages.exception.WaitTimeoutException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.FakeClock;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Waiting for Tencent's images: IMPORTING, then NORMAL or IMPORTFAILED, on a clock the test moves. */
class WaitingTest {

    private final FakeClock clock = new FakeClock();
    private final FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start();
    private final ImageService service;
    private final List<ImageStateChange> changes = new ArrayList<>();

    WaitingTest() {
        fake.clock(clock);
        service = TencentV3Fixture.open(fake, s -> s.extension(CoreSettings.CLOCK, clock));
    }

    @AfterEach
    void stop() {
        service.close();
        fake.close();
    }

    private ImageWaiter waiter(Duration timeout) {
        return ImageWaiter.builder(service).timeout(timeout).listener(changes::add).clock(clock).sleeper(clock).build();
    }

    private static ImportImageRequest request(String name) {
        return ImportImageRequest.builder()
                .imageUrl("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/" + name + ".qcow2")
                .name(name).osName("CentOS").osVersion("7").architecture(Architecture.X86_64).build();
    }

    @Test
    void anImportIsAvailableOnceTheCloudSaysNormal() {
        fake.importTimeline(ImageTimeline.startingAs("IMPORTING").then(Duration.ofMinutes(4), "NORMAL"));

        Image image = waiter(Duration.ofMinutes(30)).importAndWait(request("golden"));

        assertThat(image.name()).isEqualTo("golden");
        assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(changes).extracting(change -> change.image().rawState()).containsExactly("IMPORTING", "NORMAL");
        assertThat(changes.get(1).elapsed()).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(4).plusSeconds(30));
        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void anImportTheCloudAnswersWithARequestIdOnlyIsWaitedForToo() {
        fake.answerImportsWithRequestIdOnly();
        fake.importTimeline(ImageTimeline.startingAs("IMPORTING").then(Duration.ofMinutes(1), "NORMAL"));

        assertThat(waiter(Duration.ofMinutes(30)).importAndWait(request("golden")).state()).isEqualTo(ImageState.AVAILABLE);
    }

    @Test
    void anImportThatFailsEndsTheWaitWithTheCloudsState() {
        fake.importTimeline(ImageTimeline.startingAs("IMPORTING").then(Duration.ofMinutes(3), "IMPORTFAILED"));

        ImageFailedException error = catchThrowableOfType(ImageFailedException.class,
                () -> waiter(Duration.ofMinutes(30)).importAndWait(request("golden")));

        assertThat(error.state()).isEqualTo(ImageState.FAILED);
        assertThat(error.rawState()).isEqualTo("IMPORTFAILED");
        assertThat(error.provider()).isEqualTo("tencent-v3");
        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void anImageDeletedWhileImportingHasVanished() {
        fake.importTimeline(ImageTimeline.startingAs("IMPORTING").thenRemoved(Duration.ofMinutes(2)));

        ImageVanishedException error = catchThrowableOfType(ImageVanishedException.class,
                () -> waiter(Duration.ofMinutes(30)).importAndWait(request("golden")));

        assertThat(error.wasSeen()).isTrue();
        assertThat(error.getMessage()).contains("was importing (IMPORTING)");
    }

    @Test
    void anImportStillImportingAtTheTimeoutEndsTheWaitThereAndIsNotSentAgain() {
        fake.importTimeline(ImageTimeline.startingAs("IMPORTING"));

        WaitTimeoutException error = catchThrowableOfType(WaitTimeoutException.class,
                () -> waiter(Duration.ofMinutes(20)).importAndWait(request("golden")));

        assertThat(error.lastRawState()).isEqualTo("IMPORTING");
        assertThat(error.imageId()).isEqualTo(fake.imageIds("ap-guangzhou").get(fake.imageIds("ap-guangzhou").size() - 1));
        assertThat(clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(20));
        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void anyImageCanBeWaitedFor() {
        String id = fake.imageIds("ap-guangzhou").get(0);
        fake.timeline(id, ImageTimeline.startingAs("SYNCING").then(Duration.ofMinutes(1), "NORMAL"));

        Image image = waiter(Duration.ofMinutes(30)).waitUntilAvailable(id);

        assertThat(image.id()).isEqualTo(id);
        assertThat(changes).extracting(change -> change.image().state()).containsExactly(ImageState.SYNCING, ImageState.AVAILABLE);
    }
}
