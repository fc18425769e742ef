package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.internal.ratelimit.Pacer;
import io.cloudimages.core.ratelimit.RequestRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdaptiveRateTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final Duration MAX_HOLD = Duration.ofSeconds(10);

    private long now = 7 * SECOND;
    private final AdaptiveRate rate = new AdaptiveRate(WINDOW, now);

    private void send(int requests, long over) {
        for (int i = 0; i < requests; i++) {
            rate.onSent(now + i * over / requests);
        }
        now += over;
    }

    @Test
    void aKeyThatWasNeverThrottledIsNotPaced() {
        assertThat(rate.reserve(now, 0, 39)).isZero();
        assertThat(rate.rate(now)).isInfinite();
    }

    @Test
    void aThrottlingAnswerCutsTheRateToThreeQuartersOfWhatWasSent() {
        send(20, SECOND);

        rate.onThrottled(now, null, MAX_HOLD, 39);

        assertThat(rate.rate(now)).isCloseTo(15.0, within(0.01));
    }

    @Test
    void theCutStartsFromTheConfiguredLimitWhenMoreWasSentThanIt() {
        send(60, SECOND);

        rate.onThrottled(now, null, MAX_HOLD, 39);

        assertThat(rate.rate(now)).isCloseTo(39 * 0.75, within(0.01));
    }

    @Test
    void answersWithinAWindowOfACutDoNotCutAgain() {
        send(20, SECOND);
        rate.onThrottled(now, null, MAX_HOLD, 39);

        rate.onThrottled(now + 500 * MS, null, MAX_HOLD, 39);

        assertThat(rate.rate(now + 500 * MS)).isCloseTo(15.0 * 1.05, within(0.01));
    }

    @Test
    void theRateGrowsBackByATenthOfTheCutRateEachSecond() {
        send(20, SECOND);
        rate.onThrottled(now, null, MAX_HOLD, 39);

        assertThat(rate.rate(now + 3 * SECOND)).isCloseTo(15.0 * 1.3, within(0.01));
    }

    @Test
    void aKeyIsNeverCutBelowOneRequestASecond() {
        send(1, SECOND);

        rate.onThrottled(now, null, MAX_HOLD, 39);

        assertThat(rate.rate(now)).isEqualTo(AdaptiveRate.MIN_RATE);
    }

    @Test
    void onceBackAtTheConfiguredLimitTheKeyIsNoLongerPaced() {
        send(20, SECOND);
        rate.onThrottled(now, null, MAX_HOLD, 39);

        long later = now + 30 * SECOND; // 15 * (1 + 3) = 60 > 39
        assertThat(rate.reserve(later, 0, 39)).isZero();
        assertThat(rate.rate(later)).isInfinite();
    }

    @Test
    void whilePacedCallersAreSpacedAtTheAdaptedRate() {
        send(20, SECOND);
        rate.onThrottled(now, null, MAX_HOLD, 39);
        long spacing = SECOND / 15;

        long first = rate.reserve(now, 2 * SECOND, 39);
        assertThat(rate.reserve(now, 2 * SECOND, 39) - first).isCloseTo(spacing, within(MS));
        assertThat(rate.reserve(now, first, 39)).isEqualTo(Pacer.TOO_LATE);
    }

    @Test
    void afterUnpacedSendingTheNewPaceStartsOnceTheWindowsSendsFitIt() {
        now += SECOND;
        send(20, 50 * MS); // a burst the cloud still counts for most of a second

        rate.onThrottled(now, null, MAX_HOLD, 39);

        assertThat(rate.reserve(now, 2 * SECOND, 39)).isBetween(900 * MS, 1100 * MS);
    }

    @Test
    void theCloudsRetryAfterHintHoldsTheKeyBackUpToTheMaximum() {
        rate.onThrottled(now, Duration.ofSeconds(3), MAX_HOLD, 39);
        assertThat(rate.holdRemaining(now + SECOND)).isEqualTo(2 * SECOND);

        rate.onThrottled(now, Duration.ofDays(3650), MAX_HOLD, 39);
        assertThat(rate.holdRemaining(now)).isEqualTo(MAX_HOLD.toNanos());
    }

    /**
     * Callers share an account with a cloud that allows {@code allowed} requests in any sliding
     * second and counts refused requests too, while the client is configured for {@code configured}.
     * Simulated in virtual time, event by event, with the pipeline's stages: the adapted rate, the
     * configured limit, 5 ms each way, and up to three attempts with the default back-off.
     */
    @ParameterizedTest(name = "cloud allows {0}/s, client configured for {1}/s, {2} callers")
    @CsvSource({"10, 40, 20", "10, 40, 1", "50, 288, 64", "200, 288, 16", "3, 10, 8", "30, 40, 20", "100, 288, 4", "5, 288, 1", "5, 288, 20"})
    void afterThrottlingTheClientConvergesOnAtLeastEightyPercentOfWhatTheCloudAccepts(int allowed, int configured,
                                                                                       int callers) {
        Simulation simulation = new Simulation(allowed, RequestRate.perSecond(configured).withGuard(Duration.ofMillis(8)));
        simulation.run(callers, 60 * SECOND);

        double acceptedPerSecond = simulation.acceptedAfter(10 * SECOND) / 50.0;
        assertThat(acceptedPerSecond).as("accepted per second after the first ten").isGreaterThanOrEqualTo(0.8 * allowed);
    }

    private static final class Simulation {
        private final int allowed;
        private final RequestRate configured;
        private final AdaptiveRate adaptive;
        private final Pacer limit;
        private final Deque<Long> arrivals = new ArrayDeque<>();
        private final Random random = new Random(42);
        private final PriorityQueue<Event> events = new PriorityQueue<>();
        private final List<Long> accepted = new ArrayList<>();

        Simulation(int allowed, RequestRate configured) {
            this.allowed = allowed;
            this.configured = configured;
            this.adaptive = new AdaptiveRate(configured.window(), 0);
            this.limit = new Pacer(configured.spacing().toNanos(), 0);
        }

        private record Event(long at, Stage stage, int attempt, long cuts) implements Comparable<Event> {
            @Override
            public int compareTo(Event o) {
                return Long.compare(at, o.at);
            }
        }

        private enum Stage { ADMIT, LIMIT, SEND }

        void run(int callers, long until) {
            for (int i = 0; i < callers; i++) {
                events.add(new Event(i * MS / 10, Stage.ADMIT, 1, 0));
            }
            while (!events.isEmpty() && events.peek().at() < until) {
                Event e = events.poll();
                long t = e.at();
                switch (e.stage()) {
                    case ADMIT -> {
                        long hold = adaptive.holdRemaining(t);
                        long wait = hold > 0 ? hold : adaptive.reserve(t, Long.MAX_VALUE, configured.sustainedPerSecond());
                        events.add(new Event(t + wait, hold > 0 ? Stage.ADMIT : Stage.LIMIT, e.attempt(), adaptive.cuts()));
                    }
                    case LIMIT -> events.add(new Event(t + limit.reserve(t, Long.MAX_VALUE), Stage.SEND, e.attempt(), e.cuts()));
                    case SEND -> {
                        if (adaptive.cuts() != e.cuts()) {
                            events.add(new Event(t, Stage.ADMIT, e.attempt(), 0));
                            continue;
                        }
                        adaptive.onSent(t);
                        long arrival = t + 5 * MS;
                        long answered = arrival + 5 * MS;
                        if (cloudAccepts(arrival)) {
                            accepted.add(arrival);
                            events.add(new Event(answered, Stage.ADMIT, 1, 0));
                        } else {
                            adaptive.onThrottled(answered, null, MAX_HOLD, configured.sustainedPerSecond());
                            boolean retry = e.attempt() < 3;
                            events.add(new Event(answered + (retry ? backoff(e.attempt()) : 0), Stage.ADMIT,
                                    retry ? e.attempt() + 1 : 1, 0));
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }

        /** Equal jitter over 200 ms doubling, as the pipeline's default back-off. */
        private long backoff(int attempt) {
            long base = 200 * MS << (attempt - 1);
            return base / 2 + (long) (random.nextDouble() * base / 2);
        }

        /** The cloud counts every arrival, refused ones too, over a sliding second. */
        private boolean cloudAccepts(long arrival) {
            while (!arrivals.isEmpty() && arrival - arrivals.peekFirst() >= SECOND) {
                arrivals.pollFirst();
            }
            boolean accept = arrivals.size() < allowed;
            arrivals.addLast(arrival);
            return accept;
        }

        long acceptedAfter(long from) {
            return accepted.stream().filter(t -> t >= from).count();
        }
    }
}
