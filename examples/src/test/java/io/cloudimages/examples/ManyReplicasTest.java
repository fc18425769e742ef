package io.cloudimages.examples;

import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManyReplicasTest {

    @Test
    void theReadmesSettingsKeepTheLimitsInRedisAndFallBackToLocalShares() {
        RateLimiterSettings limits = ManyReplicas.sharedLimits().extension(CoreSettings.RATE_LIMITER).orElseThrow();

        assertThat(limits.backend()).isEqualTo("redis");
        assertThat(limits.describeStore()).isEqualTo("redis://redis.internal:6379");
        assertThat(limits.onUnavailable()).isEqualTo(RateLimiterSettings.OnUnavailable.LOCAL);
    }
}
