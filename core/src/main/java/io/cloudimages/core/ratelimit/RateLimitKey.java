package io.cloudimages.core.ratelimit;

import java.util.Objects;

/**
 * What one rate limit is counted for. Clouds count an action's requests per account and per
 * API gateway (Tencent: per sub-account, action and access region), so that is the key.
 *
 * <p>The account is the access key id: not a secret, but it identifies the account, so it is
 * never used as a metric tag; cluster-wide backends should hash it before using it in a key.
 *
 * @param provider the provider id
 * @param account  the access key id
 * @param endpoint the endpoint host (and port), for example {@code cvm.tencentcloudapi.com}
 * @param action   the action name
 */
public record RateLimitKey(String provider, String account, String endpoint, String action) {
    public RateLimitKey {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public String toString() {
        // the account stays out of logs
        return provider + "/" + endpoint + "/" + action;
    }
}
