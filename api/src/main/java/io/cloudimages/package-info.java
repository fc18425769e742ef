/**
 * The entry point for applications: {@link io.cloudimages.CloudImages} finds the providers,
 * {@link io.cloudimages.ImageService} lists, inspects and imports images on one cloud, and
 * {@link io.cloudimages.ProviderSettings} says how to reach it.
 */
@ApplicationApi
package io.cloudimages;
