package io.cloudimages.core.multicloud;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OperatingSystem;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.Page;
import io.cloudimages.model.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultiCloudPickTest {

    /** A cloud of one page, that waits at a gate before answering, or fails. */
    private static class Cloud implements ImageService {
        final List<Image> images;
        final RuntimeException failure;
        final CountDownLatch gate;

        Cloud(List<Image> images, RuntimeException failure, CountDownLatch gate) {
            this.images = images;
            this.failure = failure;
            this.gate = gate;
        }

        @Override public String provider() { return "p"; }
        @Override public String region() { return "r"; }
        @Override public Set<Capability> capabilities() { return Set.of(Capability.LIST_IMAGES); }
        @Override public Optional<Image> get(String imageId) { return Optional.empty(); }
        @Override public void close() { }

        @Override
        public Page<Image> listPage(ImageQuery query, String cursor) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (failure != null) {
                throw failure;
            }
            return Page.last(images.stream().filter(query::matches).toList());
        }
    }

    private static Image image(String id, String version) {
        return Image.builder().provider("p").region("r").id(id).name(id)
                .os(new OperatingSystem(OsFamily.UBUNTU, "Ubuntu " + version, Version.of(version), Architecture.X86_64, null))
                .type(ImageType.PUBLIC).state(ImageState.AVAILABLE).build();
    }

    private static final CountDownLatch OPEN = new CountDownLatch(0);

    @Test
    void eachCloudGetsOneResultInTheOrderGivenWhateverTheOrderTheyAnswerIn() {
        CountDownLatch slowGate = new CountDownLatch(1);
        Map<String, ImageService> clouds = new LinkedHashMap<>();
        clouds.put("slow", new Cloud(List.of(image("a", "20.04"), image("b", "22.04")), null, slowGate));
        clouds.put("empty", new Cloud(List.of(image("c", "18.04")), null, OPEN));
        clouds.put("down", new Cloud(List.of(), new ServiceUnavailableException("down", ErrorContext.of("p", "List")), OPEN));
        Thread opener = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            slowGate.countDown();
        });
        opener.start();

        List<MultiCloudPick.Result> results = MultiCloudPick.pick(clouds, ImageQuery.builder().osVersion(">=20").build());

        assertThat(results).extracting(MultiCloudPick.Result::cloud).containsExactly("slow", "empty", "down");
        assertThat(results.get(0)).isInstanceOfSatisfying(MultiCloudPick.Picked.class,
                picked -> assertThat(picked.image().id()).isEqualTo("b"));
        assertThat(results.get(1)).isEqualTo(new MultiCloudPick.NoMatch("empty"));
        assertThat(results.get(2)).isInstanceOfSatisfying(MultiCloudPick.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(ServiceUnavailableException.class));
    }

    @Test
    @Timeout(10)
    void theCloudsArePickedOnAtOnce() {
        // each cloud waits until both have started: one after the other, neither would finish
        CountDownLatch bothStarted = new CountDownLatch(2);
        Map<String, ImageService> clouds = new LinkedHashMap<>();
        for (String name : List.of("one", "two")) {
            clouds.put(name, new Cloud(List.of(image(name, "22.04")), null, OPEN) {
                @Override
                public Page<Image> listPage(ImageQuery query, String cursor) {
                    bothStarted.countDown();
                    try {
                        assertThat(bothStarted.await(5, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return super.listPage(query, cursor);
                }
            });
        }

        assertThat(MultiCloudPick.pick(clouds, ImageQuery.all())).allMatch(r -> r instanceof MultiCloudPick.Picked);
    }

    @Test
    void aBugInAProviderIsTheFailureOfItsCloudOnly() {
        Map<String, ImageService> clouds = new LinkedHashMap<>();
        clouds.put("buggy", new Cloud(List.of(), new NullPointerException("bug"), OPEN));
        clouds.put("fine", new Cloud(List.of(image("a", "22.04")), null, OPEN));

        List<MultiCloudPick.Result> results = MultiCloudPick.pick(clouds, ImageQuery.all());

        assertThat(results.get(0)).isInstanceOf(MultiCloudPick.Failed.class);
        assertThat(results.get(1)).isInstanceOf(MultiCloudPick.Picked.class);
    }

    @Test
    void noCloudsGiveNoResults() {
        assertThat(MultiCloudPick.pick(Map.of(), ImageQuery.all())).isEmpty();
    }

    @Test
    @Timeout(10)
    void anInterruptedCallerStopsWaitingAndThePicksAreInterrupted() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Cloud hung = new Cloud(List.of(), null, never);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                MultiCloudPick.pick(Map.of("hung", hung), ImageQuery.all());
            } catch (Throwable e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        Thread.sleep(100);
        caller.interrupt();
        caller.join(5000);

        assertThat(thrown.get()).isInstanceOf(CancellationException.class).hasMessageContaining("hung");
        assertThat(stillInterrupted.get()).isTrue();
    }
}
