package io.cloudimages.ratelimit.redis.internal;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.signing.Digests;

import java.nio.charset.StandardCharsets;

/**
 * Redis keys of the buckets: {@code <prefix>:<provider>:<account>:<endpoint>:<action>}, where the
 * account is the first 16 hex digits of the SHA-256 of the access key id: the key id is not a
 * secret but names the account, and a key of Redis is seen by whoever can list keys.
 */
final class BucketKeys {

    private BucketKeys() {
    }

    static byte[] of(String prefix, RateLimitKey key) {
        return (prefix + ':' + key.provider() + ':' + account(key.account()) + ':' + key.endpoint() + ':' + key.action())
                .getBytes(StandardCharsets.UTF_8);
    }

    static String account(String accessKeyId) {
        return Digests.sha256Hex(accessKeyId).substring(0, 16);
    }
}
