package io.cloudimages.core.internal.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Grants permits at least {@link #spacing()} apart: the virtual-scheduling form of the generic
 * cell rate algorithm (ITU-T I.371), with no burst. Spacing grants {@code window / (N - 1)}
 * apart puts any N + 1 grants more than a window apart, so never more than N in any sliding
 * window (see {@link io.cloudimages.core.ratelimit.RequestRate}).
 *
 * <p>A caller reserves the earliest free slot and sleeps until it, so waiting callers queue in
 * order and wake once. A slot beyond the caller's patience is not reserved, so giving up never
 * delays the callers behind. The spacing can change at any time (an adaptive limit lowers and
 * raises it); the new spacing applies from the next reservation on.
 *
 * <p>Times are {@link System#nanoTime()} values, compared by difference so that they may wrap.
 * Resilience4j's {@code RateLimiter} counts in fixed cycles of a fixed length and offers no
 * public way to look ahead before reserving, which is why the project keeps this small class.
 */
public final class Pacer {

    /** What {@link #reserve} answers when the next free slot lies beyond the caller's patience. */
    public static final long TOO_LATE = -1;

    private final AtomicLong nextFree;
    private volatile long spacing;

    /**
     * @param spacing nanoseconds between two grants, at least 1
     * @param now     the current time; the first permit is free from then on
     */
    public Pacer(long spacing, long now) {
        this.spacing = requirePositive(spacing);
        this.nextFree = new AtomicLong(now);
    }

    /**
     * Reserves the earliest free slot.
     *
     * @param now          the current time
     * @param maxWaitNanos how long the caller may wait for its slot
     * @return nanoseconds from {@code now} until the reserved slot (0: now), or {@link #TOO_LATE}
     *         when the earliest slot lies further off than {@code maxWaitNanos} (nothing is reserved)
     */
    public long reserve(long now, long maxWaitNanos) {
        while (true) {
            long next = nextFree.get();
            long wait = Math.max(0, next - now);
            if (wait > maxWaitNanos) {
                return TOO_LATE;
            }
            if (nextFree.compareAndSet(next, now + wait + spacing)) {
                return wait;
            }
        }
    }

    /** How long a caller arriving at {@code now} would wait for its slot. */
    public long waitAt(long now) {
        return Math.max(0, nextFree.get() - now);
    }

    public long spacing() {
        return spacing;
    }

    /** Changes the spacing from the next reservation on. */
    public void spacing(long nanos) {
        spacing = requirePositive(nanos);
    }

    private static long requirePositive(long spacing) {
        if (spacing < 1) {
            throw new IllegalArgumentException("a pacer's spacing must be at least 1 ns, got " + spacing);
        }
        return spacing;
    }
}
