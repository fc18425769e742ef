/**
 * The plug-in contract for provider authors: implement {@link io.cloudimages.spi.ImageProvider}
 * and declare its {@link io.cloudimages.spi.Action}s. Applications only read the providers that
 * {@link io.cloudimages.CloudImages} hands out.
 */
@ProviderApi
package io.cloudimages.spi;

import io.cloudimages.ProviderApi;
