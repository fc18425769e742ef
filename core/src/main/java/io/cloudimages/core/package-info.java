/**
 * What applications give the core pipeline through {@link io.cloudimages.ProviderSettings}:
 * {@link io.cloudimages.core.CoreSettings}' typed keys (metrics, rate-limiter backend, back-off...).
 */
@ApplicationApi
package io.cloudimages.core;

import io.cloudimages.ApplicationApi;
