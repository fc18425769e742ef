/** Reading a cloud's JSON answers the same careful way in every provider; for provider authors. */
@ProviderApi
package io.cloudimages.core.json;

import io.cloudimages.ProviderApi;
