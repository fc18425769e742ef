package io.cloudimages.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.testkit.tencent.FakeTencentCloud;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Streams a large catalogue through the lazy listing in a JVM with a small heap. The fake runs
 * here (its catalogue would not fit in that heap); the listing runs in the child, which reports
 * the largest heap occupancy seen before any collection and the largest live set after one.
 */
final class MemoryHarness {

    static final String HEAP = "-Xmx64m";
    private static final String REGION = "ap-guangzhou";

    private MemoryHarness() {
    }

    /**
     * One run.
     *
     * @param images        images the child listed
     * @param seconds       how long the listing took
     * @param peakHeapBytes the largest heap occupancy seen (just before a collection, or at the end)
     * @param liveBytes     the largest heap occupancy just after a collection
     */
    record Run(long images, double seconds, long peakHeapBytes, long liveBytes) {
    }

    static Run run(int images) {
        FakeTencentCloud fake = new FakeTencentCloud();
        fake.addCredentials(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY);
        fake.addGeneratedImages(REGION, images);
        fake.limit(FakeTencentCloud.DESCRIBE_IMAGES, 0);
        try (fake) {
            fake.start();
            Map<String, String> result = ChildJvm.run(List.of(HEAP), Probe.class, fake.endpoint().toString());
            long listed = Long.parseLong(result.get("images"));
            if (listed != images) {
                throw new IllegalStateException("the child listed " + listed + " images, not " + images);
            }
            return new Run(listed, Double.parseDouble(result.get("seconds")), Long.parseLong(result.get("peakHeapBytes")),
                    Long.parseLong(result.get("liveBytes")));
        }
    }

    /** The child: lists every image of the fake at the endpoint given, counting them, and reports its heap. */
    public static final class Probe {

        public static void main(String[] args) {
            Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
            AtomicLong peak = new AtomicLong();
            AtomicLong live = new AtomicLong();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                        peak.accumulateAndGet(used(info.getMemoryUsageBeforeGc(), heapPools), Math::max);
                        live.accumulateAndGet(used(info.getMemoryUsageAfterGc(), heapPools), Math::max);
                    }
                }, null, null);
            }
            ProviderSettings settings = ProviderSettings.builder()
                    .region(REGION)
                    .endpoint(URI.create(args[0]))
                    .credentials(Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY))
                    .rateLimit(FakeTencentCloud.DESCRIBE_IMAGES, RequestRate.MAX_LIMIT)
                    .build();
            long start = System.nanoTime();
            long count;
            try (ImageService service = CloudImages.discover().open("tencent-v3", settings)) {
                count = service.list(ImageQuery.builder().includeDeprecated(true).build()).count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("images", count);
            result.put("seconds", seconds);
            result.put("peakHeapBytes", peak.get());
            result.put("liveBytes", live.get());
            ChildJvm.report(result);
        }

        private static long used(Map<String, MemoryUsage> pools, Set<String> heapPools) {
            return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
        }
    }
}
