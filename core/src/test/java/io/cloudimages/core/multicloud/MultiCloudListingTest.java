package io.cloudimages.core.multicloud;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MultiCloudListingTest {

    /** A cloud that lists {@code count} images, a page at a time, then fails when told to. */
    private static class ScriptedCloud implements ImageService {
        final String name;
        final int count;
        final boolean failAfter;
        final CountDownLatch gate;
        final AtomicInteger pagesFetched = new AtomicInteger();

        ScriptedCloud(String name, int count, boolean failAfter, CountDownLatch gate) {
            this.name = name;
            this.count = count;
            this.failAfter = failAfter;
            this.gate = gate;
        }

        @Override public String provider() { return name; }
        @Override public String region() { return "r"; }
        @Override public Set<Capability> capabilities() { return Set.of(Capability.LIST_IMAGES); }
        @Override public Optional<Image> get(String imageId) { return Optional.empty(); }
        @Override public void close() { }

        @Override
        public Page<Image> listPage(ImageQuery query, String cursor) {
            try {
                gate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int offset = cursor == null ? 0 : Integer.parseInt(cursor);
            pagesFetched.incrementAndGet();
            if (offset >= count && failAfter) {
                throw new ServiceUnavailableException("down", ErrorContext.of(name, "List"));
            }
            List<Image> page = new ArrayList<>();
            for (int i = offset; i < Math.min(count, offset + 10); i++) {
                page.add(Image.builder().provider(name).region("r").id(name + "-" + i).name("n").type(ImageType.PUBLIC)
                        .state(ImageState.AVAILABLE).build());
            }
            boolean more = offset + 10 < count || failAfter;
            return new Page<>(page, more ? Integer.toString(offset + 10) : null);
        }
    }

    private static Map<String, ImageService> clouds(ImageService... services) {
        Map<String, ImageService> map = new LinkedHashMap<>();
        for (ImageService service : services) {
            map.put(service.provider(), service);
        }
        return map;
    }

    @Test
    void everyImageOfEveryCloudIsListedOnce() {
        CountDownLatch open = new CountDownLatch(0);
        try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(clouds(
                new ScriptedCloud("a", 25, false, open), new ScriptedCloud("b", 7, false, open)), ImageQuery.all())) {
            List<String> ids = results.map(r -> ((MultiCloudListing.Found) r).image().id()).toList();

            assertThat(ids).hasSize(32).doesNotHaveDuplicates();
        }
    }

    @Test
    void aFailingCloudIsReportedBesideTheOthersResults() {
        CountDownLatch open = new CountDownLatch(0);
        try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(clouds(
                new ScriptedCloud("ok", 12, false, open), new ScriptedCloud("broken", 5, true, open)), ImageQuery.all())) {
            List<MultiCloudListing.Result> all = results.toList();

            assertThat(all).filteredOn(r -> r instanceof MultiCloudListing.Found && r.cloud().equals("ok")).hasSize(12);
            assertThat(all).filteredOn(r -> r instanceof MultiCloudListing.Found && r.cloud().equals("broken")).hasSize(5);
            assertThat(all).filteredOn(r -> r instanceof MultiCloudListing.Failed).singleElement()
                    .satisfies(r -> assertThat(((MultiCloudListing.Failed) r).error()).isInstanceOf(ServiceUnavailableException.class));
        }
    }

    @Test
    @Timeout(30)
    void anErrorInOneCloudIsReportedAndNeverHangsTheOthers() {
        ImageService overflowing = new ScriptedCloud("overflowing", 0, false, new CountDownLatch(0)) {
            @Override
            public Page<Image> listPage(ImageQuery query, String cursor) {
                throw new StackOverflowError();
            }
        };
        try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(clouds(
                new ScriptedCloud("ok", 12, false, new CountDownLatch(0)), overflowing), ImageQuery.all())) {
            List<MultiCloudListing.Result> all = results.toList();

            assertThat(all).filteredOn(r -> r instanceof MultiCloudListing.Found).hasSize(12);
            assertThat(all).filteredOn(r -> r instanceof MultiCloudListing.Failed).singleElement()
                    .satisfies(r -> assertThat(((MultiCloudListing.Failed) r).error()).isInstanceOf(StackOverflowError.class));
        }
    }

    @Test
    void resultsArriveAsTheyComeNotWhenTheSlowestCloudIsDone() {
        CountDownLatch slowCloudMayAnswer = new CountDownLatch(1);
        try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(clouds(
                new ScriptedCloud("fast", 3, false, new CountDownLatch(0)), new ScriptedCloud("slow", 3, false, slowCloudMayAnswer)),
                ImageQuery.all())) {
            List<String> order = new ArrayList<>();
            results.forEach(result -> {
                order.add(result.cloud());
                if (order.size() == 3) {
                    slowCloudMayAnswer.countDown();
                }
            });

            assertThat(order).containsExactly("fast", "fast", "fast", "slow", "slow", "slow");
        }
    }

    @Test
    void closingTheStreamStopsTheListings() {
        ScriptedCloud big = new ScriptedCloud("big", 100_000, false, new CountDownLatch(0));
        try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(clouds(big), ImageQuery.all())) {
            assertThat(results.limit(5).count()).isEqualTo(5);
        }

        // the buffer holds a bounded number of results: the listing did not run to the end
        assertThat(big.pagesFetched.get()).isLessThan(1000);
    }

    @Test
    void noCloudsIsAnEmptyListing() {
        try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(Map.of(), ImageQuery.all())) {
            assertThat(results.count()).isZero();
        }
    }
}
