package io.cloudimages;

import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ImageFailedException;
import io.cloudimages.exception.ImageVanishedException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.WaitTimeoutException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ImageWaiterTest {

    private static final ErrorContext CLOUD = ErrorContext.of("scripted", "DescribeImages").withCloudError(null, "req-9");
    private static final String ID = ScriptedImages.ID;

    private final ScriptedImages images = new ScriptedImages();

    private static ImportImageRequest.Builder request() {
        return ImportImageRequest.builder().imageUrl("https://bucket.example.com/golden.qcow2").name("golden")
                .osName("CentOS").osVersion("7").architecture(Architecture.X86_64);
    }

    @Test
    void anImageThatBecomesAvailableIsReturnedAsTheCloudLastDescribedIt() {
        images.states(ImageState.IMPORTING, ImageState.IMPORTING, ImageState.AVAILABLE);

        Image image = images.waiting().build().waitUntilAvailable(ID);

        assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(image.rawState()).isEqualTo("AVAILABLE");
        assertThat(images.gets).containsExactly(ID, ID, ID);
    }

    @Test
    void anImageAvailableAtTheFirstLookIsReturnedWithoutWaiting() {
        images.states(ImageState.AVAILABLE);

        images.waiting().build().waitUntilAvailable(ID);

        assertThat(images.gets).hasSize(1);
        assertThat(images.clock.sleeps).isEmpty();
    }

    @Test
    void aFailedImageEndsTheWaitWithItsStateAsTheCloudWroteIt() {
        images.states(ImageState.IMPORTING).shows(ScriptedImages.image(ImageState.FAILED, "IMPORTFAILED"));

        ImageFailedException error = catchThrowableOfType(ImageFailedException.class,
                () -> images.waiting().build().waitUntilAvailable(ID));

        assertThat(error.imageId()).isEqualTo(ID);
        assertThat(error.state()).isEqualTo(ImageState.FAILED);
        assertThat(error.rawState()).isEqualTo("IMPORTFAILED");
        assertThat(error.getMessage()).contains(ID + " failed", "failed (IMPORTFAILED)", "provider=scripted");
        assertThat(error.retryable()).isFalse();
    }

    @Test
    void anUnavailableImageHasFailedToo() {
        images.shows(ScriptedImages.image(ImageState.CREATING, "Making"))
                .shows(ScriptedImages.image(ImageState.UNAVAILABLE, "Unavailable"));

        assertThatThrownBy(() -> images.waiting().build().waitUntilAvailable(ID))
                .isInstanceOfSatisfying(ImageFailedException.class,
                        error -> assertThat(error.rawState()).isEqualTo("Unavailable"));
    }

    @Test
    void aStateThisLibraryDoesNotKnowIsWaitedOut() {
        images.shows(ScriptedImages.image(ImageState.UNKNOWN, "SOMETHING_NEW")).states(ImageState.AVAILABLE);

        assertThat(images.waiting().build().waitUntilAvailable(ID).state()).isEqualTo(ImageState.AVAILABLE);
    }

    @Test
    void anImageNoLongerFoundAfterItWasSeenHasVanished() {
        images.states(ImageState.IMPORTING).notFound();

        ImageVanishedException error = catchThrowableOfType(ImageVanishedException.class,
                () -> images.waiting().build().waitUntilAvailable(ID));

        assertThat(error.imageId()).isEqualTo(ID);
        assertThat(error.wasSeen()).isTrue();
        assertThat(error.getMessage()).contains("was importing (IMPORTING)", "no longer finds it");
    }

    @Test
    void anIdTheCloudDoesNotKnowEndsTheWaitAtTheFirstLook() {
        images.notFound();

        ImageVanishedException error = catchThrowableOfType(ImageVanishedException.class,
                () -> images.waiting().build().waitUntilAvailable(ID));

        assertThat(error.wasSeen()).isFalse();
        assertThat(error.getMessage()).contains("no image " + ID + " in region-1", "check the id");
        assertThat(images.clock.sleeps).isEmpty();
    }

    @Test
    void aBlankIdIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> images.waiting().build().waitUntilAvailable(" "))
                .isInstanceOfSatisfying(InvalidRequestException.class, error -> assertThat(error.requestSent()).isFalse());
        assertThat(images.gets).isEmpty();
    }

    @Test
    void theFirstPollAfterAnImportComesTwoSecondsAfterIt() {
        images.states(ImageState.AVAILABLE);

        images.waiting().build().importAndWait(request().build());

        assertThat(images.imports).hasSize(1);
        assertThat(images.clock.sleeps).singleElement()
                .satisfies(gap -> assertThat(gap).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2500)));
    }

    @Test
    void pollsBackOffFromTwoSecondsToUnderThirtyWithJitter() {
        images.states(ImageState.IMPORTING);

        catchThrowableOfType(WaitTimeoutException.class,
                () -> images.waiting().timeout(Duration.ofHours(1)).build().waitUntilAvailable(ID));

        List<Duration> gaps = images.clock.sleeps.subList(0, images.clock.sleeps.size() - 1);
        assertThat(gaps.subList(0, 5)).satisfiesExactly(
                gap -> assertThat(gap).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2500)),
                gap -> assertThat(gap).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5)),
                gap -> assertThat(gap).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10)),
                gap -> assertThat(gap).isBetween(Duration.ofSeconds(16), Duration.ofSeconds(20)),
                gap -> assertThat(gap).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(30)));
        assertThat(gaps).allSatisfy(gap -> assertThat(gap).isLessThan(Duration.ofSeconds(30)));
        assertThat(new HashSet<>(gaps.subList(4, gaps.size()))).as("the longest gaps vary").hasSizeGreaterThan(1);
    }

    @Test
    void theWaitEndsWhenTheTimeoutPassesWithTheLastPollAtTheTimeout() {
        images.states(ImageState.IMPORTING);

        WaitTimeoutException error = catchThrowableOfType(WaitTimeoutException.class,
                () -> images.waiting().timeout(Duration.ofMinutes(10)).build().waitUntilAvailable(ID));

        assertThat(images.clock.slept()).isEqualTo(Duration.ofMinutes(10));
        // a look at once, then polls at most 30 s apart once the gaps have grown
        assertThat(images.gets).hasSizeBetween(20, 30);
        assertThat(error.imageId()).isEqualTo(ID);
        assertThat(error.lastState()).isEqualTo(ImageState.IMPORTING);
        assertThat(error.lastRawState()).isEqualTo("IMPORTING");
        assertThat(error.timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(error.retryable()).isTrue();
    }

    @Test
    void theTimeoutSaysTheCloudGoesOnAndHowToLookAgain() {
        images.states(ImageState.IMPORTING);

        assertThatThrownBy(() -> images.waiting().timeout(Duration.ofMinutes(30)).build().waitUntilAvailable(ID))
                .hasMessageContaining(ID + " is still importing (IMPORTING) after 30m")
                .hasMessageContaining("the cloud goes on with it")
                .hasMessageContaining("waitUntilAvailable(\"" + ID + "\")");
    }

    @Test
    void anImportedImageNotListedYetIsLookedForAgain() {
        images.notFound().notFound().states(ImageState.IMPORTING, ImageState.AVAILABLE);

        Image image = images.waiting().build().importAndWait(request().build());

        assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(images.gets).hasSize(4);
    }

    @Test
    void anImportedImageNeverListedTimesOutSayingItWasNotFound() {
        images.notFound();

        WaitTimeoutException error = catchThrowableOfType(WaitTimeoutException.class,
                () -> images.waiting().timeout(Duration.ofMinutes(5)).build().importAndWait(request().build()));

        assertThat(error.lastState()).isNull();
        assertThat(error.getMessage()).contains(ID + " was not found within 5m");
        assertThat(images.imports).hasSize(1);
    }

    @Test
    void aDryRunIsRefusedBeforeTheImportIsSent() {
        assertThatThrownBy(() -> images.waiting().build().importAndWait(request().dryRun(true).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, error -> assertThat(error.requestSent()).isFalse())
                .hasMessageContaining("a dry run imports nothing to wait for");
        assertThat(images.imports).isEmpty();
    }

    @Test
    void anImportAnsweredWithoutAnImageIdIsLookedForByItsNameThenByItsId() {
        Image importing = ScriptedImages.image(ImageState.IMPORTING, "IMPORTING");
        images.importAnswers(ImportResult.performed("scripted", "region-1", null, "req-1")).lists(importing)
                .states(ImageState.AVAILABLE);
        List<ImageStateChange> changes = new ArrayList<>();

        Image image = images.waiting().listener(changes::add).build().importAndWait(request().build());

        assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(images.listings).singleElement().satisfies(query -> {
            assertThat(query.namePattern().pattern()).contains("golden");
            assertThat(query.includeDeprecated()).isTrue();
        });
        assertThat(images.gets).containsExactly(ID);
        assertThat(changes).extracting(ImageStateChange::imageId).containsExactly(ID, ID);
    }

    @Test
    void aFailureThatMayPassDoesNotEndTheWait() {
        images.states(ImageState.IMPORTING).fails(new ServiceUnavailableException("no answer", CLOUD))
                .fails(new ServiceUnavailableException("no answer", CLOUD)).states(ImageState.AVAILABLE);

        assertThat(images.waiting().build().waitUntilAvailable(ID).state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(images.gets).hasSize(4);
    }

    @Test
    void aFailureThatCannotPassEndsTheWaitAtOnce() {
        AuthenticationException refused = new AuthenticationException("the key was revoked", CLOUD);
        images.states(ImageState.IMPORTING).fails(refused);

        assertThatThrownBy(() -> images.waiting().build().waitUntilAvailable(ID)).isSameAs(refused);
        assertThat(images.gets).hasSize(2);
    }

    @Test
    void failuresUntilTheTimeoutEndItWithTheLastFailureAsTheCause() {
        ServiceUnavailableException down = new ServiceUnavailableException("no answer from the cloud", CLOUD);
        images.states(ImageState.IMPORTING).fails(down);

        WaitTimeoutException error = catchThrowableOfType(WaitTimeoutException.class,
                () -> images.waiting().timeout(Duration.ofMinutes(2)).build().waitUntilAvailable(ID));

        assertThat(error.getCause()).isSameAs(down);
        assertThat(error.lastState()).isEqualTo(ImageState.IMPORTING);
        assertThat(error.getMessage()).contains("the last poll failed: no answer from the cloud");
    }

    @Test
    void theListenerHearsTheFirstLookAndEachChangeOnly() {
        images.states(ImageState.IMPORTING, ImageState.IMPORTING, ImageState.IMPORTING, ImageState.AVAILABLE);
        List<ImageStateChange> changes = new ArrayList<>();

        images.waiting().listener(changes::add).build().waitUntilAvailable(ID);

        assertThat(changes).extracting(change -> change.image().state())
                .containsExactly(ImageState.IMPORTING, ImageState.AVAILABLE);
        assertThat(changes.get(0).elapsed()).isZero();
        assertThat(changes.get(1).elapsed()).isEqualTo(images.clock.slept());
    }

    @Test
    void theListenerHearsWhenTheImageIsNotFound() {
        images.notFound().states(ImageState.AVAILABLE);
        List<ImageStateChange> changes = new ArrayList<>();

        images.waiting().listener(changes::add).build().importAndWait(request().build());

        assertThat(changes).extracting(ImageStateChange::found).containsExactly(false, true);
    }

    @Test
    void anInterruptEndsTheWaitAndIsKept() {
        images.states(ImageState.IMPORTING);
        ImageWaiter waiter = images.waiting().sleeper(duration -> {
            throw new InterruptedException();
        }).build();

        try {
            assertThatThrownBy(() -> waiter.waitUntilAvailable(ID)).isInstanceOf(CancellationException.class)
                    .hasMessageContaining("the cloud goes on with it");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aTimeoutMustBeLongerThanZero() {
        assertThatThrownBy(() -> images.waiting().timeout(Duration.ZERO)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("longer than zero");
    }

    @Test
    void theServicesWaiterWaitsThirtyMinutes() {
        assertThat(images.waiting().build().timeout()).isEqualTo(ImageWaiter.DEFAULT_TIMEOUT).isEqualTo(Duration.ofMinutes(30));
        assertThat(((ImageService) images).waiter().timeout()).isEqualTo(Duration.ofMinutes(30));
    }
}
