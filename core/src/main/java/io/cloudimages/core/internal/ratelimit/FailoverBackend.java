package io.cloudimages.core.internal.ratelimit;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimitStoreUnavailableException;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.core.ratelimit.RateLimiterSettings.OnUnavailable;
import io.cloudimages.core.ratelimit.RequestRate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A cluster-wide backend and what happens while its store does not answer: calls fail
 * ({@link OnUnavailable#FAIL}), or go on under a limit of this JVM's own, each published limit
 * divided by the expected number of replicas ({@link OnUnavailable#LOCAL}). Callers do not ask
 * a store that stopped answering again, each waiting out its timeout: it is probed once every
 * {@link #PROBE_INTERVAL} in the background until it answers. Each change is logged once.
 *
 * <p>A change of backend must not let two sets of grants meet in one window. So a caller
 * reserves a slot at most {@link #HORIZON} ahead (one further away waits and asks again), and
 * after each change no grant is given until the grants of the old backend, every replica's, have
 * been sent and left the window: {@code HORIZON} plus a window after the store went silent, and,
 * on the way back from local limits, also a probe interval, within which every replica has seen
 * the store answer again and stopped granting locally. The store may have come back empty (a
 * restarted Redis), so its own memory of earlier grants is not relied on.
 */
final class FailoverBackend implements RateLimiterBackend {

    /** What the limits rest on now; the values are the {@code state} tag of the backend meter. */
    enum State {
        SHARED("shared"), LOCAL("local"), UNAVAILABLE("unavailable");

        final String tag;

        State(String tag) {
            this.tag = tag;
        }
    }

    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    static final Duration HORIZON = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiterBackend.class);
    private static final ScheduledExecutorService PROBES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cloudimages-ratelimit-probe");
        thread.setDaemon(true);
        return thread;
    });

    private final RateLimiterSettings settings;
    private final RateLimiterBackend store;
    private final RateLimiterBackend local = LocalRateLimiterBackend.isolated();
    private final ScheduledExecutorService probes;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private ScheduledFuture<?> probe;
    /** Non-null while the store does not answer. */
    private volatile RateLimitStoreUnavailableException outage;
    /**
     * When the last grants of the previous backend are sent, every replica's (a nanoTime value):
     * new grants wait a window more, for them to leave it.
     */
    private volatile long settledAt;
    private Instant downSince;
    private boolean closed;

    FailoverBackend(RateLimiterSettings settings, RateLimiterBackend store) {
        this(settings, store, PROBES, System::nanoTime, nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
    }

    FailoverBackend(RateLimiterSettings settings, RateLimiterBackend store, ScheduledExecutorService probes,
                    LongSupplier nanoClock, Sleeper sleeper) {
        this.settings = settings;
        this.store = store;
        this.probes = probes;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.settledAt = nanoClock.getAsLong() - TimeUnit.HOURS.toNanos(1);
    }

    /** How a caller waits; replaced in tests that drive a fake clock. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    @Override
    public boolean acquire(RateLimitKey key, RequestRate rate, Duration maxWait) throws InterruptedException {
        long deadline = nanoClock.getAsLong() + maxWait.toNanos();
        while (true) {
            RateLimitStoreUnavailableException down = outage;
            if (down != null && settings.onUnavailable() == OnUnavailable.FAIL) {
                throw down;
            }
            // the quiet after a change: a window for the old backend's grants to leave
            long quietEnd = settledAt + rate.window().toNanos();
            long now = nanoClock.getAsLong();
            if (quietEnd - now > 0) {
                if (quietEnd - deadline > 0) {
                    return false;
                }
                sleeper.sleep(quietEnd - now);
                continue;
            }
            long ahead = Math.min(deadline - now, HORIZON.toNanos());
            boolean granted;
            try {
                granted = down == null ? store.acquire(key, rate, Duration.ofNanos(Math.max(0, ahead)))
                        : local.acquire(key, localShare(rate, settings.expectedReplicas()), Duration.ofNanos(Math.max(0, ahead)));
            } catch (RateLimitStoreUnavailableException e) {
                wentDown(e);
                continue;
            }
            if (granted) {
                return true;
            }
            now = nanoClock.getAsLong();
            if (deadline - now <= HORIZON.toNanos()) {
                return false; // asked for all the time there was
            }
            sleeper.sleep(HORIZON.toNanos() / 2); // the next free slot is beyond the horizon: come closer
        }
    }

    /**
     * A replica's share of a limit while replicas cannot agree: the limit divided by their
     * expected number; a share under 2 a window becomes 2 over a window as many times longer.
     */
    static RequestRate localShare(RequestRate rate, int replicas) {
        int share = rate.limit() / replicas;
        if (share >= 2) {
            return new RequestRate(share, rate.window());
        }
        long stretch = (2L * replicas + rate.limit() - 1) / rate.limit();
        return new RequestRate(2, rate.window().multipliedBy(stretch));
    }

    State state() {
        if (outage == null) {
            return State.SHARED;
        }
        return settings.onUnavailable() == OnUnavailable.FAIL ? State.UNAVAILABLE : State.LOCAL;
    }

    private synchronized void wentDown(RateLimitStoreUnavailableException cause) {
        if (outage != null) {
            return;
        }
        downSince = Instant.now();
        outage = new RateLimitStoreUnavailableException("the rate-limit store " + settings.describeStore()
                + " has not answered since " + downSince + " (" + cause.getMessage() + ")", cause);
        settledAt = nanoClock.getAsLong() + HORIZON.toNanos();
        LOG.warn("rate limits: the {} store {} does not answer ({}); {}", settings.backend(), settings.describeStore(),
                cause.getMessage(), settings.onUnavailable() == OnUnavailable.FAIL
                        ? "calls fail as unavailable until it does (onUnavailable: fail)"
                        : "each published limit is now kept in this JVM, divided by " + settings.expectedReplicas()
                        + " expected replicas, until it does (onUnavailable: local)");
        if (!closed) {
            long every = PROBE_INTERVAL.toMillis();
            probe = probes.scheduleWithFixedDelay(this::probe, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Asks the store whether it answers again; what the background probe runs. */
    void probe() {
        try {
            store.ping();
        } catch (RuntimeException stillDown) {
            return;
        }
        cameBack();
    }

    private synchronized void cameBack() {
        if (outage == null) {
            return;
        }
        if (settings.onUnavailable() == OnUnavailable.LOCAL) {
            // every replica stops granting locally within a probe interval, its last local slot within the horizon
            settledAt = nanoClock.getAsLong() + PROBE_INTERVAL.toNanos() + HORIZON.toNanos();
        } // else nothing was granted while down, and the last shared slots were within the horizon of the outage
        outage = null;
        if (probe != null) {
            probe.cancel(false);
            probe = null;
        }
        LOG.info("rate limits: the {} store {} answers again after {} s; limits are shared again", settings.backend(),
                settings.describeStore(), Duration.between(downSince, Instant.now()).toSeconds());
    }

    @Override
    public void ping() {
        store.ping();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (probe != null) {
            probe.cancel(false);
            probe = null;
        }
        store.close();
    }

    @Override
    public String toString() {
        return settings.backend() + " rate limits at " + settings.describeStore();
    }
}
