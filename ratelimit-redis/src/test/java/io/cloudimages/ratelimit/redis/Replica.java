package io.cloudimages.ratelimit.redis;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.testkit.example.ExampleCloud;
import io.cloudimages.testkit.example.provider.ExampleProvider;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One replica of a platform, in a JVM of its own: opens the example provider against a fake with
 * its limits on Redis, says {@code READY} once warm, waits for {@code GO} on its input, then calls
 * both limited actions from its threads for the given seconds and prints what happened as one
 * {@code RESULT} line.
 *
 * <p>Arguments: endpoint, Redis URI, onUnavailable (fail|local), store timeout in ms, seconds,
 * threads of the fast action, threads of the slow action, the fast action's limit, the slow one's.
 */
public final class Replica {

    static final ImageQuery ONE_IMAGE = ImageQuery.builder().includeDeprecated(true).pageSize(1).build();

    private Replica() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        RateLimiterSettings limits = RateLimiterSettings.builder().backend(RedisRateLimiterFactory.ID)
                .uri(URI.create(args[1]))
                .onUnavailable(RateLimiterSettings.OnUnavailable.valueOf(args[2].toUpperCase(Locale.ROOT)))
                .timeout(Duration.ofMillis(Long.parseLong(args[3])))
                .build();
        int seconds = Integer.parseInt(args[4]);
        int fastThreads = Integer.parseInt(args[5]);
        int slowThreads = Integer.parseInt(args[6]);
        ProviderSettings settings = ProviderSettings.builder()
                .region("replica")
                .endpoint(endpoint)
                .credentials(Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET))
                .rateLimit(ExampleCloud.LIST_IMPORT_OS, Integer.parseInt(args[7]))
                .rateLimit(ExampleCloud.LIST_IMAGES, Integer.parseInt(args[8]))
                .callTimeout(Duration.ofSeconds(10))
                .extension(CoreSettings.RATE_LIMITER, limits)
                .build();
        CloudImages cloudImages = CloudImages.builder().discover(false).register(new ExampleProvider()).build();
        try (ImageService service = cloudImages.open(ExampleProvider.ID, settings)) {
            service.importOsSupport();
            service.listPage(ONE_IMAGE, null);
            System.out.println("READY");
            System.out.flush();
            String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (!"GO".equals(go)) {
                throw new IllegalStateException("expected GO, got " + go);
            }
            long cpuBefore = cpuNanos();
            Counts importOs = new Counts();
            Counts images = new Counts();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < fastThreads; i++) {
                threads.add(started(() -> callUntil(end, importOs, service::importOsSupport)));
            }
            for (int i = 0; i < slowThreads; i++) {
                threads.add(started(() -> callUntil(end, images, () -> service.listPage(ONE_IMAGE, null))));
            }
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(seconds + 30).toMillis());
                if (thread.isAlive()) {
                    throw new IllegalStateException("a caller hung");
                }
            }
            System.out.println("RESULT " + importOs.describe("importOs") + " " + images.describe("images")
                    + " cpuMillis=" + (cpuNanos() - cpuBefore) / 1_000_000);
        }
        System.exit(0);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Thread started(Runnable caller) {
        Thread thread = new Thread(caller);
        thread.start();
        return thread;
    }

    /** What one action's callers saw. */
    static final class Counts {
        final LongAdder calls = new LongAdder();
        final LongAdder throttledByCloud = new LongAdder();
        final LongAdder throttledByClient = new LongAdder();
        final LongAdder unavailable = new LongAdder();
        final ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();
        final AtomicReference<String> firstUnavailable = new AtomicReference<>();

        String describe(String action) {
            return String.format(Locale.ROOT, "%1$s.calls=%2$d %1$s.cloudThrottled=%3$d %1$s.clientThrottled=%4$d"
                            + " %1$s.unavailable=%5$d %1$s.other=%6$d", action, calls.sum(), throttledByCloud.sum(),
                    throttledByClient.sum(), unavailable.sum(), other.size())
                    + (other.isEmpty() ? "" : " " + action + ".firstOther=" + other.peek().replace(' ', '_'))
                    + (firstUnavailable.get() == null ? "" : " " + action + ".firstUnavailable="
                    + firstUnavailable.get().replace(' ', '_'));
        }
    }

    private static void callUntil(long end, Counts counts, Runnable call) {
        while (System.nanoTime() - end < 0) {
            try {
                call.run();
                counts.calls.increment();
            } catch (ThrottledException e) {
                (e.source() == ThrottledException.Source.CLOUD ? counts.throttledByCloud : counts.throttledByClient).increment();
            } catch (ServiceUnavailableException e) {
                counts.unavailable.increment();
                counts.firstUnavailable.compareAndSet(null, e.getMessage());
                sleepQuietly();
            } catch (RuntimeException e) {
                counts.other.add(e.toString());
            }
        }
    }

    /** A caller whose call failed at once does not spin: a platform would back off too. */
    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
