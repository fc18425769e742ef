/**
 * Requests and answers as a provider's signer and decoder see them, for provider authors.
 * {@link io.cloudimages.core.http.Endpoints} is for applications too: the one rule for where
 * requests may go.
 */
@ProviderApi
package io.cloudimages.core.http;

import io.cloudimages.ProviderApi;
