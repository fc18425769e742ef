package io.cloudimages.core.ratelimit;

import io.cloudimages.ProviderApi;

/**
 * A cluster-wide backend's store did not answer in time, so no permit could be given or
 * refused. Nothing was sent to the cloud. The pipeline reports it as
 * {@link io.cloudimages.exception.ServiceUnavailableException}, or goes on under a local limit,
 * as {@link RateLimiterSettings#onUnavailable()} says.
 */
@ProviderApi
public class RateLimitStoreUnavailableException extends RuntimeException {

    public RateLimitStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
