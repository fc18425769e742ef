/** Listing images on several clouds at once, and picking one on each, for applications. */
@ApplicationApi
package io.cloudimages.core.multicloud;

import io.cloudimages.ApplicationApi;
