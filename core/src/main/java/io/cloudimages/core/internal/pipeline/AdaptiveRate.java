package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.internal.ratelimit.Pacer;

import java.time.Duration;
import java.util.Arrays;

/**
 * The rate one rate-limit key may send at after the cloud throttled it although the client kept
 * to its limit (other clients share the account, or the cloud allows less than it publishes).
 *
 * <p>Additive increase, multiplicative decrease, as TCP does: a throttling answer cuts the rate
 * to {@value #DECREASE} of what was actually sent in the last window (at most one cut a window,
 * since the answers to requests sent before a cut say nothing new), then the rate grows again
 * linearly, until it reaches the configured limit and the key runs unpaced again. The key thus
 * settles just under the rate the cloud accepts, instead of stopping and bursting. Stopping and
 * bursting starves everyone: the cloud counts refused requests too, so a refused burst fills its
 * window again. (Simulated against a cloud counting every arrival over a sliding second, from 3
 * to 200 allowed requests a second, limits configured up to 58 times higher and 1 to 64 callers,
 * the key settles at 84-89% of what the cloud allows; see the tests.)
 *
 * <p>The cloud's own hint ({@code Retry-After}) holds the key back for as long as it asks, up to
 * a configured maximum.
 *
 * <p>Times are {@link System#nanoTime()} values passed in, so the rule can be driven by a
 * simulated clock.
 */
final class AdaptiveRate {

    /**
     * The share of the measured rate kept after a throttling answer. TCP CUBIC (RFC 9438) and the
     * AWS SDKs' adaptive mode keep 0.7 of a rate they do not measure; cutting from the measured rate
     * converges at once, and keeping a little more of it wastes less of the cloud's allowance.
     */
    static final double DECREASE = 0.75;
    /**
     * How fast the rate grows back, per second: this share of the cut rate. Relative to what the cloud
     * accepted, not to the configured limit, which may be far above it (a limit of 288/s on an account
     * whose other clients leave 5/s would otherwise regrow into throttling within a second).
     */
    static final double INCREASE_PER_SECOND = 0.1;
    /** The slowest rate a key is cut to, in requests per second. */
    static final double MIN_RATE = 1.0;
    private static final double SECOND = 1e9;
    /** The window is counted in this many buckets, plus the one it partly covers at its start. */
    private static final int BUCKETS = 10;

    private final long windowNanos;
    private final long bucketNanos;
    private final long[] bucketEpochs = new long[BUCKETS + 1];
    private final int[] bucketCounts = new int[BUCKETS + 1];
    private boolean engaged;
    private double cutRate;
    private double growthPerSecond;
    private long cutAt;
    private long cuts;
    private long holdUntil;
    private Pacer pacer;

    /** @param window the window the cloud counts requests over (a second) */
    AdaptiveRate(Duration window, long now) {
        this.windowNanos = window.toNanos();
        this.bucketNanos = Math.max(1, windowNanos / BUCKETS);
        this.holdUntil = now;
        Arrays.fill(bucketEpochs, Long.MIN_VALUE);
    }

    /** Nanoseconds the cloud's hint still holds the key back; 0 when none. */
    synchronized long holdRemaining(long now) {
        return Math.max(0, holdUntil - now);
    }

    /**
     * Reserves a slot at the adapted rate.
     *
     * @param ceiling the configured limit, in requests per second sustained
     * @return nanoseconds to wait (0: go now), or {@link Pacer#TOO_LATE} when no slot is free within {@code maxWaitNanos}
     */
    synchronized long reserve(long now, long maxWaitNanos, double ceiling) {
        if (!engaged) {
            return 0;
        }
        double rate = rateAt(now);
        if (rate >= ceiling) {
            engaged = false;
            return 0;
        }
        pacer.spacing(spacing(rate));
        return pacer.reserve(now, maxWaitNanos);
    }

    /** Counts a request that was sent, for the measured rate a cut starts from. */
    synchronized void onSent(long now) {
        long epoch = Math.floorDiv(now, bucketNanos);
        int slot = (int) Math.floorMod(epoch, (long) bucketEpochs.length);
        if (bucketEpochs[slot] != epoch) {
            bucketEpochs[slot] = epoch;
            bucketCounts[slot] = 0;
        }
        bucketCounts[slot]++;
    }

    /**
     * Records a throttling answer.
     *
     * @param retryAfter the cloud's hint, or null
     * @param maxHold    the longest a hint may hold the key back
     * @param ceiling    the configured limit, in requests per second sustained
     */
    synchronized void onThrottled(long now, Duration retryAfter, Duration maxHold, double ceiling) {
        if (retryAfter != null) {
            // compared as durations first: a hint of years would overflow in nanoseconds
            long hold = retryAfter.compareTo(maxHold) >= 0 ? maxHold.toNanos() : retryAfter.toNanos();
            if (now + hold - holdUntil > 0) {
                holdUntil = now + hold;
            }
        }
        if (engaged && now - cutAt < windowNanos) {
            return;
        }
        boolean wasPaced = engaged;
        double current = engaged ? rateAt(now) : ceiling;
        double measured = Math.max(MIN_RATE, sentInWindow(now) * SECOND / windowNanos);
        cutRate = Math.max(MIN_RATE, Math.min(current, measured) * DECREASE);
        growthPerSecond = INCREASE_PER_SECOND * cutRate;
        cutAt = now;
        cuts++;
        engaged = true;
        // the slots reserved at the old rate are void (see cuts()). The new pace starts a slot from now; after
        // unpaced sending, which may have bunched far more than the cloud allows into its window (where they
        // still count), only once this key's sends of the last window fit the new rate
        long spacing = spacing(cutRate);
        pacer = new Pacer(spacing, wasPaced ? now + spacing : Math.max(now + spacing, drainedAt(now, cutRate)));
    }

    /**
     * How many cuts there have been. A caller that reserved a slot before a cut holds a slot of the
     * old, faster rate: it must not send in it, but reserve again, or the cut would take effect
     * only once every caller queued before it had sent (seconds, with many callers).
     */
    synchronized long cuts() {
        return cuts;
    }

    /** The rate the key may send at now, in requests per second; +infinity when it is not held back. */
    synchronized double rate(long now) {
        return engaged ? rateAt(now) : Double.POSITIVE_INFINITY;
    }

    private static long spacing(double rate) {
        return (long) Math.ceil(SECOND / rate);
    }

    private double rateAt(long now) {
        return cutRate + growthPerSecond * (now - cutAt) / SECOND;
    }

    /** The first bucket boundary from now on at which, sending nothing more, fewer than {@code rate} a window are in it. */
    private long drainedAt(long now, double rate) {
        double allowed = rate * windowNanos / SECOND;
        long at = now;
        for (int i = 0; i <= BUCKETS && sentInWindow(at) >= allowed; i++) {
            at = (Math.floorDiv(at, bucketNanos) + 1) * bucketNanos;
        }
        return at;
    }

    /** Requests sent in the window up to now; the bucket the window's start cuts through counts in proportion. */
    private double sentInWindow(long now) {
        long epoch = Math.floorDiv(now, bucketNanos);
        double partOfOldest = 1 - (double) Math.floorMod(now, bucketNanos) / bucketNanos;
        double sent = 0;
        for (int i = 0; i < bucketEpochs.length; i++) {
            long age = epoch - bucketEpochs[i];
            if (bucketEpochs[i] != Long.MIN_VALUE && age >= 0 && age <= BUCKETS) {
                sent += age == BUCKETS ? bucketCounts[i] * partOfOldest : bucketCounts[i];
            }
        }
        return sent;
    }
}
