/** The hashes and MACs the clouds' signatures are built from; for provider authors. */
@ProviderApi
package io.cloudimages.core.signing;

import io.cloudimages.ProviderApi;
