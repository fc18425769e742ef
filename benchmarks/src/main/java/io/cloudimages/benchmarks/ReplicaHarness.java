package io.cloudimages.benchmarks;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.ratelimit.redis.RedisRateLimiterFactory;
import io.cloudimages.ratelimit.redis.ReplicaRun;
import io.cloudimages.ratelimit.redis.TestRedis;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Replicas in JVMs of their own sharing one account's limit on Redis, against a fake that counts
 * arrivals over a strict sliding second: the rate they achieve together, the busiest second, and
 * the throttling answers; and the cost of one permit from Redis beside one from the local limiter.
 */
final class ReplicaHarness {

    static final int CALLERS_PER_REPLICA = 8;
    /** Five JVMs share the machine's cores here: a slow answer is not taken for an outage. */
    static final Duration STORE_TIMEOUT = Duration.ofSeconds(2);

    private ReplicaHarness() {
    }

    /**
     * One run.
     *
     * @param rate          arrivals per second after the first second (the slow start)
     * @param busiestSecond the most arrivals in any sliding second
     * @param throttles     the fake's throttling answers
     * @param unavailable   calls that failed because Redis did not answer in time
     */
    record Run(int limit, int replicas, int seconds, double rate, int busiestSecond, long throttles, long unavailable) {

        double share() {
            return rate / limit;
        }
    }

    /** @param microsPerPermit the mean time of one permit, one caller, keys never waited for */
    record PermitCost(String backend, double microsPerPermit) {
    }

    static Run run(TestRedis redis, int limit, int replicas, int seconds) {
        ReplicaRun.Outcome outcome = ReplicaRun.run(replicas, seconds, CALLERS_PER_REPLICA, 0, limit, 10,
                redis.uri().toString(), "fail", STORE_TIMEOUT, List.of());
        double rate = outcome.arrivalsAfter(ReplicaRun.FAST, Duration.ofSeconds(1)) / (double) (seconds - 1);
        return new Run(limit, replicas, seconds, rate, outcome.busiestSecond().get(ReplicaRun.FAST),
                outcome.cloudThrottles().get(ReplicaRun.FAST), outcome.total("importOs.unavailable"));
    }

    /**
     * One caller takes permits of a thousand keys in turn, each at the highest rate, so no permit
     * waits for its slot and the figure is the permit's own cost: for Redis, a read and a
     * conditional write over loopback.
     */
    static List<PermitCost> permitCosts(TestRedis redis, int permits) throws InterruptedException {
        RateLimiterSettings settings = RateLimiterSettings.builder().backend(RedisRateLimiterFactory.ID)
                .uri(redis.uri()).keyPrefix("bench").timeout(STORE_TIMEOUT).build();
        try (RateLimiterBackend redisBackend = new RedisRateLimiterFactory().open(settings);
             RateLimiterBackend local = RateLimiterBackend.newLocal()) {
            return List.of(new PermitCost("local", cost(local, permits)), new PermitCost("redis", cost(redisBackend, permits)));
        }
    }

    private static double cost(RateLimiterBackend backend, int permits) throws InterruptedException {
        RequestRate rate = RequestRate.perSecond(RequestRate.MAX_LIMIT);
        RateLimitKey[] keys = new RateLimitKey[1000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new RateLimitKey("bench", "AKID", "bench.example", "Action" + i);
        }
        for (int i = 0; i < permits; i++) { // warm-up: every key exists, the code is compiled
            take(backend, keys[i % keys.length], rate);
        }
        long start = System.nanoTime();
        for (int i = 0; i < permits; i++) {
            take(backend, keys[i % keys.length], rate);
        }
        return (System.nanoTime() - start) / 1e3 / permits;
    }

    private static void take(RateLimiterBackend backend, RateLimitKey key, RequestRate rate) throws InterruptedException {
        if (!backend.acquire(key, rate, Duration.ofSeconds(1))) {
            throw new IllegalStateException("no permit for " + key);
        }
    }

    /** Runs it on its own: {@code ReplicaHarness [seconds] [limit...]}. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        try (TestRedis redis = TestRedis.start()) {
            System.out.println(permitCosts(redis, 5000));
            for (int i = 1; i < Math.max(2, args.length); i++) {
                int limit = args.length > 1 ? Integer.parseInt(args[i]) : 288;
                for (int replicas : new int[] {1, 2, 4}) {
                    Run run = run(redis, limit, replicas, seconds);
                    System.out.printf(Locale.ROOT, "%d/s, %d replicas: %.1f/s (%.1f%%), busiest second %d, %d throttled,"
                            + " %d unavailable%n", limit, replicas, run.rate(), 100 * run.share(), run.busiestSecond(),
                            run.throttles(), run.unavailable());
                }
            }
        }
        System.exit(0);
    }
}
