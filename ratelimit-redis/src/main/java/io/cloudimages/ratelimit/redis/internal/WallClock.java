package io.cloudimages.ratelimit.redis.internal;

import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Instant;

/**
 * The wall clock at the resolution the JDK reads it (microseconds on Linux), for Bucket4j, whose
 * default for shared buckets counts whole milliseconds. Replicas refill one bucket each by its own
 * clock, so it must be the wall clock: {@code System.nanoTime()} has a different origin in every JVM.
 */
enum WallClock implements TimeMeter {
    PRECISE;

    private static final Clock UTC = Clock.systemUTC();

    @Override
    public long currentTimeNanos() {
        Instant now = UTC.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
