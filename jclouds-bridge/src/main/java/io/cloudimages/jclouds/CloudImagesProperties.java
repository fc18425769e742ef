package io.cloudimages.jclouds;

/**
 * The properties this bridge reads from a jclouds context ({@code ContextBuilder.overrides}),
 * beside jclouds' own {@code jclouds.regions} (the regions listed) and
 * {@code jclouds.region.<id>.iso3166-codes}:
 *
 * <pre>{@code
 * Properties props = new Properties();
 * props.setProperty("jclouds.regions", "ap-guangzhou,ap-shanghai");
 * props.setProperty(CloudImagesProperties.PROVIDER_PROPERTY_PREFIX + "site", "intl");
 * props.setProperty(CloudImagesProperties.RATE_LIMIT_PREFIX + "DescribeImages", "20");
 * }</pre>
 *
 * jclouds' HTTP, retry and rate-limit properties have no effect: every request goes through the
 * cloudimages pipeline, which has its own (see the README).
 */
public final class CloudImagesProperties {

    /**
     * The cloudimages provider behind a context of the generic API {@code cloudimages}, for example
     * {@code tencent-v3}; a context of a provider ({@code ContextBuilder.newBuilder("ucloud")})
     * uses the provider of that id and needs none.
     */
    public static final String PROVIDER = "cloudimages.provider";

    /**
     * The start of a provider property, for example {@code cloudimages.property.site=intl}
     * (tencent-v3's international site) or {@code cloudimages.property.projectId=org-xxxx} (UCloud):
     * the provider properties of the README, each as {@code ProviderSettings.property} takes it.
     */
    public static final String PROVIDER_PROPERTY_PREFIX = "cloudimages.property.";

    /**
     * The start of an action's rate limit in requests per second, replacing the provider's
     * published one, for example {@code cloudimages.rate-limit.DescribeImages=20}.
     */
    public static final String RATE_LIMIT_PREFIX = "cloudimages.rate-limit.";

    private CloudImagesProperties() {
    }
}
