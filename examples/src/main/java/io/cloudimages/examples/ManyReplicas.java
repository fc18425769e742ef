package io.cloudimages.examples;

import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterSettings;

import java.net.URI;

/** The README's "Many replicas" example. */
public final class ManyReplicas {

    private ManyReplicas() {
    }

    /** Settings whose rate limits are kept in Redis, shared with every replica of the platform. */
    public static ProviderSettings sharedLimits() {
        // tag::many-replicas[]
        ProviderSettings settings = ProviderSettings.builder()
                .region("ap-guangzhou")
                .extension(CoreSettings.RATE_LIMITER, RateLimiterSettings.builder()
                        .backend("redis")                                    // cloudimages-ratelimit-redis
                        .uri(URI.create("redis://redis.internal:6379"))
                        .onUnavailable(RateLimiterSettings.OnUnavailable.LOCAL)
                        .build())
                .build();
        // end::many-replicas[]
        return settings;
    }
}
