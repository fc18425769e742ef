package io.cloudimages.core.ratelimit;

import io.cloudimages.ProviderApi;

/**
 * Opens a cluster-wide {@link RateLimiterBackend}; found with {@link java.util.ServiceLoader}
 * (list the implementation in {@code META-INF/services/io.cloudimages.core.ratelimit.RateLimiterBackendFactory})
 * and chosen by {@link RateLimiterSettings#backend()}.
 *
 * <p>The core shares what a factory opens between every service with equal settings, closes it
 * with the last of them, and applies {@link RateLimiterSettings#onUnavailable()} while the store
 * does not answer: the backend only reports that, by throwing
 * {@link RateLimitStoreUnavailableException} from {@link RateLimiterBackend#acquire} and
 * {@link RateLimiterBackend#ping()}, each within {@link RateLimiterSettings#timeout()}.
 */
@ProviderApi
public interface RateLimiterBackendFactory {

    /** The id configuration names it by, such as {@code redis}. */
    String id();

    /**
     * Checks that the settings suit this backend without opening anything, so a configuration
     * file's mistakes are all reported before anything is opened.
     *
     * @throws io.cloudimages.exception.InvalidRequestException saying what is wrong and what is allowed
     */
    default void check(RateLimiterSettings settings) {
    }

    /**
     * Opens a backend for these settings, once they passed {@link #check}. It may start without its store (the store may come up
     * later); it must not block for longer than the settings' timeout.
     *
     * @throws io.cloudimages.exception.InvalidRequestException when the settings do not suit this
     *         backend (a URI scheme it does not speak, say), saying what is allowed
     */
    RateLimiterBackend open(RateLimiterSettings settings);
}
