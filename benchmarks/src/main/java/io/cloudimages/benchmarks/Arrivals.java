package io.cloudimages.benchmarks;

import java.util.List;

/** Counts over a fake's arrival times ({@link System#nanoTime()} values, sorted). */
final class Arrivals {

    static final long SECOND = 1_000_000_000L;

    private Arrivals() {
    }

    /** Arrivals in [from, to). */
    static int between(List<Long> sorted, long from, long to) {
        return (int) sorted.stream().filter(t -> t - from >= 0 && t - to < 0).count();
    }

    /** The most arrivals in any sliding second among those in [from, to), counted the way the fakes count them. */
    static int mostInAnySecond(List<Long> sorted, long from, long to) {
        List<Long> in = sorted.stream().filter(t -> t - from >= 0 && t - to < 0).toList();
        int most = 0;
        int oldest = 0;
        for (int i = 0; i < in.size(); i++) {
            while (in.get(i) - in.get(oldest) >= SECOND) {
                oldest++;
            }
            most = Math.max(most, i - oldest + 1);
        }
        return most;
    }

    /** Arrivals per second from the first to the last: n − 1 gaps over the time they span. */
    static double rate(List<Long> sorted) {
        if (sorted.size() < 2) {
            return Double.NaN;
        }
        return (sorted.size() - 1) * (double) SECOND / (sorted.get(sorted.size() - 1) - sorted.get(0));
    }
}
