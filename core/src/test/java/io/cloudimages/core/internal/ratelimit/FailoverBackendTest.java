package io.cloudimages.core.internal.ratelimit;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimitStoreUnavailableException;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.core.ratelimit.RateLimiterSettings.OnUnavailable;
import io.cloudimages.core.ratelimit.RequestRate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store is scripted and time is simulated: sleeping moves the clock. */
class FailoverBackendTest {

    private static final RateLimitKey KEY = new RateLimitKey("p", "AKID", "host", "Action");
    private static final RequestRate RATE = RequestRate.perSecond(40);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final List<Long> sleeps = new ArrayList<>();
    private final ScriptedStore store = new ScriptedStore();
    private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopProbes() {
        probes.shutdownNow();
    }

    private FailoverBackend backend(OnUnavailable onUnavailable) {
        RateLimiterSettings settings = RateLimiterSettings.builder().backend("scripted")
                .uri(URI.create("redis://:secret@store.example:6379")).onUnavailable(onUnavailable).build();
        return new FailoverBackend(settings, store, probes, now::get, nanos -> {
            sleeps.add(nanos);
            now.addAndGet(nanos);
        });
    }

    /** A store that grants, or does not answer, as told, and says how long each caller asked to wait. */
    static final class ScriptedStore implements RateLimiterBackend {
        volatile boolean down;
        volatile boolean grants = true;
        final List<Duration> askedWaits = new ArrayList<>();
        int pings;
        boolean closed;

        @Override
        public boolean acquire(RateLimitKey key, RequestRate rate, Duration maxWait) {
            askedWaits.add(maxWait);
            if (down) {
                throw new RateLimitStoreUnavailableException("connection refused", null);
            }
            return grants;
        }

        @Override
        public void ping() {
            pings++;
            if (down) {
                throw new RateLimitStoreUnavailableException("connection refused", null);
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void whileTheStoreAnswersEveryPermitComesFromIt() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.FAIL);

        assertThat(backend.acquire(KEY, RATE, WAIT)).isTrue();
        assertThat(store.askedWaits).hasSize(1);
        assertThat(backend.state()).isEqualTo(FailoverBackend.State.SHARED);
    }

    @Test
    void aSlotIsNeverReservedFurtherAheadThanTheHorizon() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.FAIL);

        backend.acquire(KEY, RATE, WAIT);

        assertThat(store.askedWaits.get(0)).isEqualTo(FailoverBackend.HORIZON);
    }

    @Test
    void aCallerWhoseSlotIsBeyondTheHorizonWaitsAndAsksAgainUntilItsWaitRunsOut() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.FAIL);
        store.grants = false;

        assertThat(backend.acquire(KEY, RATE, Duration.ofSeconds(2))).isFalse();

        assertThat(store.askedWaits).hasSizeGreaterThan(2);
        assertThat(sleeps).allSatisfy(nanos -> assertThat(nanos).isEqualTo(FailoverBackend.HORIZON.toNanos() / 2));
    }

    @Test
    void withFailTheCallerGetsTheOutageAndLaterCallersDoNotAskTheStoreAgain() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.FAIL);
        store.down = true;

        assertThatThrownBy(() -> backend.acquire(KEY, RATE, WAIT)).isInstanceOf(RateLimitStoreUnavailableException.class)
                .hasMessageContaining("store.example:6379").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> backend.acquire(KEY, RATE, WAIT)).isInstanceOf(RateLimitStoreUnavailableException.class);

        assertThat(store.askedWaits).hasSize(1);
        assertThat(backend.state()).isEqualTo(FailoverBackend.State.UNAVAILABLE);
    }

    @Test
    void withFailTheStoreIsUsedAgainOnceAProbeFindsItAnswering() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.FAIL);
        store.down = true;
        assertThatThrownBy(() -> backend.acquire(KEY, RATE, WAIT)).isInstanceOf(RateLimitStoreUnavailableException.class);

        store.down = false;
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        backend.probe();

        assertThat(backend.state()).isEqualTo(FailoverBackend.State.SHARED);
        assertThat(backend.acquire(KEY, RATE, WAIT)).isTrue();
        assertThat(sleeps).isEmpty(); // the slots granted before the outage left the window long ago
    }

    @Test
    void withFailAStoreBackSoonAfterTheOutageWaitsForTheSlotsGrantedBeforeItToLeaveTheWindow() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.FAIL);
        store.down = true;
        assertThatThrownBy(() -> backend.acquire(KEY, RATE, WAIT)).isInstanceOf(RateLimitStoreUnavailableException.class);
        store.down = false;
        backend.probe();

        assertThat(backend.acquire(KEY, RATE, WAIT)).isTrue();

        assertThat(sleeps).containsExactly(FailoverBackend.HORIZON.toNanos() + RATE.window().toNanos());
    }

    @Test
    void withLocalCallersGoOnUnderTheirShareOnceTheSharedSlotsLeftTheWindow() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.LOCAL);
        store.down = true;

        assertThat(backend.acquire(KEY, RATE, WAIT)).isTrue();

        assertThat(backend.state()).isEqualTo(FailoverBackend.State.LOCAL);
        assertThat(sleeps).containsExactly(FailoverBackend.HORIZON.toNanos() + RATE.window().toNanos());
        assertThat(store.askedWaits).hasSize(1);
    }

    @Test
    void withLocalTheSharedLimitResumesAProbeIntervalAndAWindowAfterTheStoreAnswersAgain() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.LOCAL);
        store.down = true;
        backend.acquire(KEY, RATE, WAIT);
        store.down = false;
        backend.probe();
        sleeps.clear();

        assertThat(backend.acquire(KEY, RATE, WAIT)).isTrue();

        assertThat(backend.state()).isEqualTo(FailoverBackend.State.SHARED);
        assertThat(sleeps).containsExactly(FailoverBackend.PROBE_INTERVAL.toNanos() + FailoverBackend.HORIZON.toNanos()
                + RATE.window().toNanos());
    }

    @Test
    void aCallerWhoseWaitEndsWithinTheQuietAfterAChangeIsRefusedAtOnce() throws Exception {
        FailoverBackend backend = backend(OnUnavailable.LOCAL);
        store.down = true;

        assertThat(backend.acquire(KEY, RATE, Duration.ofMillis(100))).isFalse();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void eachReplicaTakesItsShareOfALimitWhileTheyCannotAgree() {
        assertThat(FailoverBackend.localShare(RequestRate.perSecond(288), 4)).isEqualTo(RequestRate.perSecond(72));
        assertThat(FailoverBackend.localShare(RequestRate.perSecond(10), 4)).isEqualTo(RequestRate.perSecond(2));
        assertThat(FailoverBackend.localShare(RequestRate.perSecond(5), 4))
                .isEqualTo(new RequestRate(2, Duration.ofSeconds(2)));
        assertThat(FailoverBackend.localShare(RequestRate.perSecond(2), 1000))
                .isEqualTo(new RequestRate(2, Duration.ofSeconds(1000)));
    }

    @Test
    void closingClosesTheStore() {
        backend(OnUnavailable.FAIL).close();

        assertThat(store.closed).isTrue();
    }
}
