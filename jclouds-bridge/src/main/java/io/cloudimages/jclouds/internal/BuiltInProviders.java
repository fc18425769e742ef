package io.cloudimages.jclouds.internal;

import io.cloudimages.jclouds.CloudImagesProviderMetadata;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The metadata of the providers this jar offers jclouds, found with {@link java.util.ServiceLoader}. */
final class BuiltInProviders {

    private BuiltInProviders() {
    }

    static CloudImagesProviderMetadata.Builder builder(String id, String name, String endpoint, String homepage,
                                                       String console, Map<String, List<String>> regions) {
        CloudImagesProviderMetadata.Builder builder = CloudImagesProviderMetadata.builder().providerEndpoint(endpoint);
        regions.forEach((region, codes) -> builder.region(region, codes.toArray(String[]::new)));
        builder.id(id).name(name).homepage(URI.create(homepage)).console(URI.create(console));
        return builder;
    }
}
