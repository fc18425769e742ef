package io.cloudimages.testkit;

import io.cloudimages.ImageWaiter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to, and a sleeper that moves it instead of sleeping: give it to
 * a fake ({@link FakeCloud#clock(Clock)}), to the provider's settings
 * ({@code CoreSettings.CLOCK}, which signs requests) and to an {@link ImageWaiter}, and a wait of
 * half an hour takes no time. Thread-safe.
 */
public final class FakeClock extends Clock implements ImageWaiter.Sleeper {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;
    private final List<Duration> sleeps;

    /** A clock at the current second. */
    public FakeClock() {
        this(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public FakeClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC, new ArrayList<>());
    }

    private FakeClock(AtomicReference<Instant> now, ZoneId zone, List<Duration> sleeps) {
        this.now = now;
        this.zone = zone;
        this.sleeps = sleeps;
    }

    /** Moves the clock on. */
    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Moves the clock on, at once, and remembers the sleep. */
    @Override
    public void sleep(Duration duration) {
        synchronized (sleeps) {
            sleeps.add(duration);
        }
        advance(duration);
    }

    /** Every sleep so far, in order. */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock, shown in another zone. */
    @Override
    public FakeClock withZone(ZoneId zone) {
        return new FakeClock(now, zone, sleeps);
    }

    @Override
    public String toString() {
        return "FakeClock[" + now.get() + "]";
    }
}
