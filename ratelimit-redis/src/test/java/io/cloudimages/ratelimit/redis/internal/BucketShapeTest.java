package io.cloudimages.ratelimit.redis.internal;

import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BucketShapeTest {

    private static RequestRate published(int limit) {
        return RequestRate.perSecond(limit).withGuard(CoreSettings.DEFAULT_RATE_LIMIT_GUARD);
    }

    @ParameterizedTest(name = "{0}/s")
    @ValueSource(ints = {2, 10, 40, 50, 288, 1000})
    void aBucketNeverLetsMoreThanTheLimitIntoAnySecondEvenWithTheReplicasClocksApart(int limit) {
        BucketShape shape = BucketShape.of(published(limit));

        assertThat(shape.mostIn(Duration.ofSeconds(1).plus(BucketShape.CLOCK_SKEW))).isLessThanOrEqualTo(limit);
    }

    @ParameterizedTest(name = "{0}/s")
    @ValueSource(ints = {40, 288, 1000})
    void underLoadItSustainsAtLeast95PercentOfTheLimit(int limit) {
        assertThat(BucketShape.of(published(limit)).sustainedPerSecond()).isGreaterThanOrEqualTo(0.95 * limit);
    }

    @Test
    void aSmallLimitSustainsAllButOneOfItsRequestsASecond() {
        // with a burst of at least one, N - 1 a window is the most any sliding-window bound allows
        assertThat(BucketShape.of(published(10)).sustainedPerSecond()).isBetween(8.8, 9.0);
    }

    @Test
    void theBurstIsAFiftiethOfTheLimitAndAtLeastOne() {
        assertThat(BucketShape.of(published(288)).capacity()).isEqualTo(5);
        assertThat(BucketShape.of(published(10)).capacity()).isEqualTo(1);
    }

    @Test
    void aStricterLimitHasAHigherConfigurationVersionSoItReplacesALooserOne() {
        assertThat(BucketShape.of(published(10)).version()).isGreaterThan(BucketShape.of(published(40)).version());
        assertThat(BucketShape.of(published(40)).version()).isEqualTo(BucketShape.of(published(40)).version());
    }
}
