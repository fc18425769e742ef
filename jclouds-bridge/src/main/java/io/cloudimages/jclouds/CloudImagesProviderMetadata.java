package io.cloudimages.jclouds;

import io.cloudimages.CloudImages;
import io.cloudimages.jclouds.internal.ContextSettings;
import io.cloudimages.spi.ImageProvider;
import org.jclouds.compute.config.ComputeServiceProperties;
import org.jclouds.location.reference.LocationConstants;
import org.jclouds.providers.ProviderMetadata;
import org.jclouds.providers.internal.BaseProviderMetadata;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A cloudimages provider as a jclouds provider of the API {@value CloudImagesApiMetadata#ID}, with
 * the same id. The built-in ones ({@code tencent-v3}, {@code tencent-legacy}, {@code ucloud})
 * are found by jclouds itself; another provider on the classpath, a third party's, is offered to
 * jclouds with one call, before its contexts are built:
 *
 * <pre>{@code
 * ProviderRegistry.registerProvider(CloudImagesProviderMetadata.of("example", "ex-region-1"));
 * ComputeServiceContext context = ContextBuilder.newBuilder("example").buildView(ComputeServiceContext.class);
 * }</pre>
 *
 * A context lists the regions of {@code jclouds.regions}: by default those given here.
 */
public class CloudImagesProviderMetadata extends BaseProviderMetadata {

    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /**
     * The metadata of the cloudimages provider of this id, found on the classpath, listing these
     * regions unless a context says otherwise; its requests go to the provider's own endpoint
     * unless a context gives one.
     *
     * @throws IllegalArgumentException when no provider on the classpath has this id, or when no
     *                                  region or a malformed one is given
     */
    public static CloudImagesProviderMetadata of(String providerId, String... regions) {
        CloudImages providers = CloudImages.discover();
        ImageProvider provider = providers.provider(providerId).orElseThrow(() -> new IllegalArgumentException(
                "no cloudimages provider has the id \"" + providerId + "\" on the classpath; found: "
                        + providers.providers().stream().map(ImageProvider::id).toList()));
        if (regions.length == 0) {
            throw new IllegalArgumentException("say which regions of " + providerId + " a context lists by default,"
                    + " for example CloudImagesProviderMetadata.of(\"" + providerId + "\", \"region-1\")");
        }
        Builder builder = builder();
        Arrays.stream(regions).forEach(builder::region);
        builder.id(providerId).name(provider.displayName());
        return builder.build();
    }

    /** A builder of a provider's metadata: an id, a name and regions are needed. */
    public static Builder builder() {
        return new Builder();
    }

    protected CloudImagesProviderMetadata(Builder builder) {
        super(builder);
    }

    @Override
    public Builder toBuilder() {
        return builder().fromProviderMetadata(this);
    }

    /** jclouds' builder of provider metadata, with the regions and endpoint of a cloudimages provider. */
    public static class Builder extends BaseProviderMetadata.Builder {

        protected Builder() {
            apiMetadata(new CloudImagesApiMetadata());
            Properties properties = new Properties();
            properties.setProperty(ComputeServiceProperties.TEMPLATE, CloudImagesApiMetadata.DEFAULT_TEMPLATE);
            defaultProperties(properties);
            providerEndpoint(ContextSettings.PROVIDER_OWN_ENDPOINT);
        }

        /**
         * The endpoint the provider uses by default, for people and tools that read a provider's
         * endpoint; a context's endpoint replaces the provider's own only when it differs from this.
         */
        public Builder providerEndpoint(String endpoint) {
            endpoint(endpoint);
            return property(ContextSettings.DEFAULT_ENDPOINT, endpoint);
        }

        /**
         * Adds a region to the default {@code jclouds.regions}, with the ISO 3166 codes of where it
         * is ({@code CN-GD}, {@code SG}), if known.
         *
         * @throws IllegalArgumentException when the region id is not letters, digits, '-', '_' or '.'
         */
        public Builder region(String region, String... iso3166Codes) {
            if (region == null || !REGION.matcher(region).matches()) {
                throw new IllegalArgumentException("\"" + region + "\" is not a region id; region ids are letters,"
                        + " digits, '-', '_' and '.', for example ap-guangzhou");
            }
            String regions = defaultProperties.getProperty(LocationConstants.PROPERTY_REGIONS);
            property(LocationConstants.PROPERTY_REGIONS, regions == null ? region : regions + "," + region);
            if (iso3166Codes.length > 0) {
                property(LocationConstants.PROPERTY_REGION + "." + region + "." + LocationConstants.ISO3166_CODES,
                        String.join(",", iso3166Codes));
                iso3166Codes(List.of(iso3166Codes));
            }
            return this;
        }

        /** The copy keeps the metadata this builder started from unchanged. */
        private Builder property(String key, String value) {
            Properties properties = new Properties();
            properties.putAll(defaultProperties);
            properties.setProperty(key, value);
            defaultProperties(properties);
            return this;
        }

        @Override
        public Builder fromProviderMetadata(ProviderMetadata in) {
            super.fromProviderMetadata(in);
            return this;
        }

        @Override
        public CloudImagesProviderMetadata build() {
            return new CloudImagesProviderMetadata(this);
        }
    }
}
