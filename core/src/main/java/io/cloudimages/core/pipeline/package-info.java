/**
 * The request pipeline every provider sends through, for provider authors.
 * {@link io.cloudimages.core.pipeline.Backoff} and
 * {@link io.cloudimages.core.pipeline.CircuitBreakerSettings} are for applications too: they tune
 * the pipeline through {@link io.cloudimages.core.CoreSettings}.
 */
@ProviderApi
package io.cloudimages.core.pipeline;

import io.cloudimages.ProviderApi;
