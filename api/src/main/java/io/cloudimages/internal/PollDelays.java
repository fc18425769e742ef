package io.cloudimages.internal;

import java.time.Duration;

/**
 * The gaps between the polls of a wait: 2 s, then doubling, each stretched by up to a quarter at
 * random so that many waiters started together spread out, and never 30 s or more. Back-off keeps
 * a long import from costing a poll every few seconds; the cap keeps a finished one from being
 * noticed late.
 */
public final class PollDelays {

    public static final Duration FIRST = Duration.ofSeconds(2);
    public static final Duration LONGEST = Duration.ofSeconds(30);
    /** The longest gap before its jitter: a quarter more stays under {@link #LONGEST}. */
    private static final long CEILING_MILLIS = LONGEST.toMillis() * 4 / 5;

    private PollDelays() {
    }

    /**
     * The gap before poll {@code n + 1} of a wait.
     *
     * @param n      how many gaps came before, from 0
     * @param random a number from 0 (inclusive) to 1 (exclusive)
     */
    public static Duration gap(int n, double random) {
        long base = n >= 5 ? CEILING_MILLIS : Math.min(FIRST.toMillis() << n, CEILING_MILLIS);
        return Duration.ofMillis(base + (long) (base * random / 4));
    }
}
