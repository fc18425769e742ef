package io.cloudimages.ratelimit.redis;

import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterBackendFactory;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.ratelimit.redis.internal.RedisRateLimiterBackend;
import io.cloudimages.ratelimit.redis.internal.RedisUris;
import io.cloudimages.ratelimit.redis.internal.SharedRedis;

/**
 * The rate-limiter backend {@value #ID}: limits kept in Redis, so that they hold across every JVM
 * that shares a cloud account. Chosen by configuration, with no code:
 *
 * <pre>
 * rateLimiter:
 *   backend: redis
 *   uri: redis://127.0.0.1:6379      # rediss:// for TLS; a password as redis://:secret@host:6379
 * </pre>
 *
 * <p>Each (provider, account, endpoint, action) has one bucket, kept under the configured key
 * prefix with a hash of the access key id, never the key itself; unused buckets expire. A JVM
 * holds one connection per Redis URI, shared by every service, and closes it with the last of
 * them.
 */
public final class RedisRateLimiterFactory implements RateLimiterBackendFactory {

    /** The backend's id in configuration. */
    public static final String ID = "redis";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(RateLimiterSettings settings) {
        RedisUris.parse(settings.uri());
    }

    @Override
    public RateLimiterBackend open(RateLimiterSettings settings) {
        return new RedisRateLimiterBackend(settings, SharedRedis.acquire(RedisUris.parse(settings.uri()), settings));
    }
}
