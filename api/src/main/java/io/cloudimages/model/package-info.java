/** The neutral model of images, queries and imports, the same for every cloud; for applications. */
@ApplicationApi
package io.cloudimages.model;

import io.cloudimages.ApplicationApi;
