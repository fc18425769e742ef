/**
 * Where request-rate limits are kept, for applications: choose a backend, or write a cluster-wide
 * one with {@link io.cloudimages.core.ratelimit.RateLimitKey} and
 * {@link io.cloudimages.core.ratelimit.RequestRate}.
 */
@ApplicationApi
package io.cloudimages.core.ratelimit;

import io.cloudimages.ApplicationApi;
