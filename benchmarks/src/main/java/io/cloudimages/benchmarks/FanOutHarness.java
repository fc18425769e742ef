package io.cloudimages.benchmarks;

import io.cloudimages.ImageService;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.multicloud.MultiCloudListing;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.testkit.tencent.FakeTencentCloud;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The same query over 3 providers and several regions at once, through the multi-cloud
 * listing, each cloud answering after a fixed server latency: the wall time of the whole
 * listing against that of one cloud's listing alone.
 */
final class FanOutHarness {

    static final Map<String, List<String>> REGIONS = Map.of(
            "tencent-v3", List.of("ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-nanjing",
                    "ap-hongkong", "ap-singapore", "ap-tokyo", "na-siliconvalley"),
            "tencent-legacy", List.of("gz", "sh", "bj", "cd", "cq", "nj", "hk", "sg", "jp", "usw"),
            "ucloud", List.of("cn-bj2", "cn-sh2", "cn-gd", "hk", "us-ca", "th-bkk", "kr-seoul", "sg", "jpn-tky", "tw-tp"));

    private static final ImageQuery QUERY = BenchClouds.ONE_PAGE_OF_PRIVATE_IMAGES;

    private FanOutHarness() {
    }

    /**
     * One round.
     *
     * @param clouds          how many clouds were listed at once
     * @param oneCloudMillis  the median wall time of one cloud's listing alone
     * @param fanOutMillis    the wall time of all of them at once, through the multi-cloud listing
     * @param images          images the fan-out printed
     */
    record Round(int clouds, double oneCloudMillis, double fanOutMillis, long images) {
        double ratio() {
            return fanOutMillis / oneCloudMillis;
        }
    }

    /**
     * Every (provider, region) on an endpoint of its own, as with regional endpoints: each has its
     * own rate limit, and the listing runs them all at once.
     */
    static Round ownEndpoints(int regionsPerProvider, Duration latency) {
        List<BenchClouds.Opened> opened = new ArrayList<>();
        try {
            for (String provider : BenchClouds.PROVIDERS) {
                for (String region : REGIONS.get(provider).subList(0, regionsPerProvider)) {
                    BenchClouds.Opened cloud = BenchClouds.open(provider, region, 10, settings -> settings);
                    cloud.fake().latency(latency);
                    opened.add(cloud);
                }
            }
            Map<String, ImageService> services = new LinkedHashMap<>();
            opened.forEach(cloud -> services.put(cloud.provider() + "/" + cloud.region(), cloud.service()));
            // connections opened and classes loaded before anything is timed
            fanOut(services);
            List<Double> alone = new ArrayList<>();
            for (ImageService service : services.values()) {
                alone.add(timeOne(service));
            }
            // past every limiter's spacing, so that what is timed is the fan-out, not a permit wait
            sleep(Duration.ofSeconds(1));
            long start = System.nanoTime();
            long images = fanOut(services);
            double fanOutMillis = (System.nanoTime() - start) / 1e6;
            return new Round(services.size(), Stats.median(alone), fanOutMillis, images);
        } finally {
            opened.forEach(BenchClouds.Opened::close);
        }
    }

    /**
     * tencent-v3's regions on one endpoint, as with the nearest-gateway endpoint: there the
     * regions share the account's DescribeImages limit, so the limiter spaces their calls.
     */
    static Round sharedTencentEndpoint(int regions, Duration latency) {
        List<String> names = REGIONS.get("tencent-v3").subList(0, regions);
        RateLimiterBackend backend = RateLimiterBackend.newLocal();
        Map<String, ImageService> services = new LinkedHashMap<>();
        try (BenchClouds.Opened first = BenchClouds.open("tencent-v3", names.get(0), 10,
                settings -> settings.extension(CoreSettings.RATE_LIMITER_BACKEND, backend))) {
            FakeTencentCloud fake = (FakeTencentCloud) first.fake();
            fake.latency(latency);
            services.put(names.get(0), first.service());
            try {
                for (String region : names.subList(1, names.size())) {
                    fake.addGeneratedImages(region, 20);
                    services.put(region, BenchClouds.serviceOn(fake, "tencent-v3", region,
                            settings -> settings.extension(CoreSettings.RATE_LIMITER_BACKEND, backend)));
                }
                fanOut(services);
                // the limiter recovers from the warm-up's burst before anything is timed
                sleep(Duration.ofSeconds(2));
                double alone = timeOne(first.service());
                sleep(Duration.ofSeconds(2));
                long start = System.nanoTime();
                long images = fanOut(services);
                return new Round(services.size(), alone, (System.nanoTime() - start) / 1e6, images);
            } finally {
                services.values().stream().filter(service -> service != first.service()).forEach(ImageService::close);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double timeOne(ImageService service) {
        long start = System.nanoTime();
        try (Stream<?> images = service.list(QUERY)) {
            images.count();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static long fanOut(Map<String, ImageService> services) {
        long images = 0;
        try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(services, QUERY)) {
            for (MultiCloudListing.Result result : (Iterable<MultiCloudListing.Result>) results::iterator) {
                if (result instanceof MultiCloudListing.Failed failed) {
                    throw new IllegalStateException("cloud " + failed.cloud() + " failed", failed.error());
                }
                images++;
            }
        }
        return images;
    }
}
