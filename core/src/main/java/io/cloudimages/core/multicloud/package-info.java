/** Listing several clouds at once, for applications. */
@ApplicationApi
package io.cloudimages.core.multicloud;

import io.cloudimages.ApplicationApi;
