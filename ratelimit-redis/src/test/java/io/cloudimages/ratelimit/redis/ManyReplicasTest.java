package io.cloudimages.ratelimit.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.cloudimages.ratelimit.redis.ReplicaRun.FAST;
import static io.cloudimages.ratelimit.redis.ReplicaRun.SLOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four replicas in four JVMs, eight threads each (four per action), sharing one account's limits
 * on Redis, against a fake that counts arrivals over a strict sliding second and throttles beyond
 * 288 of one action and 10 of the other. Unshared, four replicas would send the 10/s action at up
 * to 36/s; shared, the fake must never see more than the limit nor throttle once.
 *
 * <p>The store timeout is 2 s here, not the default 300 ms: five JVMs share two cores in this
 * test, and a replica starved of CPU would otherwise take a slow answer for an outage.
 */
class ManyReplicasTest {

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(2);
    private static TestRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void fourReplicasTogetherStayWithinTheLimitsInEverySlidingSecondAndAreNeverThrottled() {
        ReplicaRun.Outcome run = ReplicaRun.run(4, 3, 4, 4, 288, 10, redis.uri().toString(), "fail", STORE_TIMEOUT, List.of());

        assertThat(run.busiestSecond().get(FAST)).isBetween(1, 288);
        assertThat(run.busiestSecond().get(SLOW)).isBetween(1, 10);
        assertThat(run.cloudThrottles()).containsValues(0L, 0L);
        assertThat(run.total("importOs.unavailable") + run.total("images.unavailable")).isZero();
        assertThat(run.total("importOs.other") + run.total("images.other")).isZero();
        assertThat(run.replicas()).allSatisfy(replica -> assertThat(Long.parseLong(replica.get("importOs.calls"))).isPositive());
    }

    @Test
    void whileRedisIsDownCallsFailAsUnavailableAndWhenItIsBackTheLimitIsSharedAgain() {
        ReplicaRun.Outcome run = ReplicaRun.run(4, 9, 4, 4, 288, 10, redis.uri().toString(), "fail", STORE_TIMEOUT, List.of(
                new ReplicaRun.Event(Duration.ofSeconds(1), redis::stop),
                new ReplicaRun.Event(Duration.ofMillis(2500), redis::restart)));

        assertThat(run.total("importOs.unavailable") + run.total("images.unavailable")).isPositive();
        assertThat(run.total("importOs.other") + run.total("images.other")).isZero();
        // Lettuce reconnects within 2 s and the probe runs every second: well before 6 s
        assertThat(run.arrivalsAfter(FAST, Duration.ofSeconds(6))).isPositive();
        assertThat(run.arrivalsAfter(SLOW, Duration.ofSeconds(6))).isPositive();
        assertThat(run.busiestSecond().get(FAST)).isLessThanOrEqualTo(288);
        assertThat(run.busiestSecond().get(SLOW)).isLessThanOrEqualTo(10);
        assertThat(run.cloudThrottles()).containsValues(0L, 0L);
    }

    @Test
    void whileRedisIsDownEachReplicaGoesOnUnderItsShareOfTheLimits() {
        ReplicaRun.Outcome run = ReplicaRun.run(4, 8, 4, 4, 288, 10, redis.uri().toString(), "local", STORE_TIMEOUT, List.of(
                new ReplicaRun.Event(Duration.ofSeconds(1), redis::stop),
                new ReplicaRun.Event(Duration.ofSeconds(4), redis::restart)));

        // local grants begin 1.5 s after Redis went (the shared slots leave the window first) and go on until it is back
        assertThat(run.arrivalsBetween(FAST, Duration.ofMillis(2700), Duration.ofSeconds(4))).isPositive();

        assertThat(run.total("importOs.unavailable") + run.total("images.unavailable")).isZero();
        assertThat(run.total("importOs.other") + run.total("images.other")).isZero();
        assertThat(run.busiestSecond().get(FAST)).isLessThanOrEqualTo(288);
        assertThat(run.busiestSecond().get(SLOW)).isLessThanOrEqualTo(10);
        assertThat(run.cloudThrottles()).containsValues(0L, 0L);
    }
}
