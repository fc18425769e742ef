/** Listings and lookups that trust nothing a cloud says about its pages; for provider authors. */
@ProviderApi
package io.cloudimages.core.paging;

import io.cloudimages.ProviderApi;
