/** Reading a cloud's free-text OS names into the neutral model; for provider authors. */
@ProviderApi
package io.cloudimages.core.os;

import io.cloudimages.ProviderApi;
