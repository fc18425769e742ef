package io.cloudimages.ratelimit.redis.internal;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimitStoreUnavailableException;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.github.bucket4j.util.concurrent.batch.BatchHelper;
import io.lettuce.core.RedisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Permits from buckets in Redis ({@link BucketShape}), one per rate-limit key, through Bucket4j's
 * compare-and-swap on Lettuce: one read and one conditional write per permit, each bounded by the
 * settings' timeout. A caller reserves its slot in the bucket and sleeps until it, as with the
 * local backend; one woken too late for its slot takes a new one rather than send late.
 */
public final class RedisRateLimiterBackend implements RateLimiterBackend {

    /** How late a caller may wake after its slot and still use its permit, as with the local backend. */
    static final long MAX_LATENESS_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** How long a full bucket stays in Redis unused before it expires. */
    static final Duration KEEP_WHEN_FULL = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiterBackend.class);

    private final RateLimiterSettings settings;
    private final SharedRedis redis;
    private final Map<Bucket, BucketProxy> buckets = new ConcurrentHashMap<>();
    private volatile LettuceBasedProxyManager<byte[]> proxies;
    private volatile boolean closed;

    public RedisRateLimiterBackend(RateLimiterSettings settings, SharedRedis redis) {
        this.settings = settings;
        this.redis = redis;
    }

    private record Bucket(RateLimitKey key, RequestRate rate) {
    }

    @Override
    public boolean acquire(RateLimitKey key, RequestRate rate, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        BucketProxy bucket = bucket(key, rate);
        while (true) {
            Slot slot = new Slot();
            long wait = deadline - System.nanoTime();
            boolean granted;
            try {
                // Bucket4j's blocking form takes only a positive wait
                granted = wait > 0 ? bucket.asBlocking().tryConsume(1, wait, slot) : bucket.tryConsume(1);
            } catch (RedisException | BucketExceptions.BucketExecutionException | BatchHelper.BatchFailedException e) {
                throw unavailable(e);
            }
            if (!granted) {
                return false;
            }
            long lateness = slot.lateness();
            if (lateness <= MAX_LATENESS_NANOS) {
                return true;
            }
            LOG.debug("{}: woke {} µs after its rate-limit slot; taking a new slot", key, lateness / 1000);
        }
    }

    /**
     * Sleeps until the reserved slot, and remembers how late it woke. A permit given at once is
     * used at once: a permit is late only for waking late, as with the local backend; a slow
     * answer from Redis delays a request as a slow network does, within the window's guard and
     * the bucket's allowance ({@link BucketShape#CLOCK_SKEW}). Counting the answer's time too
     * would, on a machine slowed down, throw away permit after permit and send nothing.
     */
    private static final class Slot implements BlockingStrategy {
        private long due;
        private long woke;

        @Override
        public void park(long nanos) throws InterruptedException {
            due = System.nanoTime() + nanos;
            TimeUnit.NANOSECONDS.sleep(nanos);
            woke = System.nanoTime();
        }

        long lateness() {
            return due == 0 ? 0 : woke - due;
        }
    }

    private BucketProxy bucket(RateLimitKey key, RequestRate rate) throws InterruptedException {
        Bucket id = new Bucket(key, rate);
        BucketProxy bucket = buckets.get(id);
        if (bucket != null) {
            return bucket;
        }
        BucketShape shape = BucketShape.of(rate);
        LettuceBasedProxyManager<byte[]> manager = proxies();
        return buckets.computeIfAbsent(id, b -> manager.builder()
                .withImplicitConfigurationReplacement(shape.version(), TokensInheritanceStrategy.AS_IS)
                // this JVM's concurrent requests for one bucket go as one compare-and-swap, not one each that collide
                .withOptimization(Optimizations.batching())
                .build(BucketKeys.of(settings.keyPrefix(), key), shape::configuration));
    }

    private LettuceBasedProxyManager<byte[]> proxies() throws InterruptedException {
        LettuceBasedProxyManager<byte[]> manager = proxies;
        if (manager != null) {
            return manager;
        }
        var connection = redis.connection();
        synchronized (this) {
            if (proxies == null) {
                proxies = Bucket4jLettuce.casBasedBuilder(connection)
                        .clientClock(WallClock.PRECISE)
                        .requestTimeout(settings.timeout())
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
                        .build();
            }
            return proxies;
        }
    }

    @Override
    public void ping() {
        try {
            String answer = redis.connection().async().ping()
                    .get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
            if (!"PONG".equals(answer)) {
                throw new IllegalStateException("PING answered " + answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RateLimitStoreUnavailableException("interrupted while pinging " + redis.description(), e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException | RedisException | IllegalStateException e) {
            throw unavailable(e);
        }
    }

    private RateLimitStoreUnavailableException unavailable(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return new RateLimitStoreUnavailableException(redis.description() + " did not answer within "
                + settings.timeout().toMillis() + " ms: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            redis.release();
        }
    }

    @Override
    public String toString() {
        return "redis rate limits at " + redis.description();
    }
}
