package io.cloudimages.jclouds;

import io.cloudimages.jclouds.internal.CloudImagesComputeServiceContextModule;
import io.cloudimages.jclouds.internal.ContextSettings;
import org.jclouds.apis.internal.BaseApiMetadata;
import org.jclouds.compute.ComputeServiceContext;
import org.jclouds.compute.config.ComputeServiceProperties;

import java.net.URI;
import java.util.Properties;

/**
 * The jclouds API {@value #ID}: a {@link ComputeServiceContext} over a cloudimages provider, for
 * images only. Every cloudimages provider is a jclouds provider of this API, with the same id
 * ({@link CloudImagesProviderMetadata}); a context of the API itself names its provider with
 * {@link CloudImagesProperties#PROVIDER}.
 *
 * <p>Without {@code credentials(...)} a context signs with the cloud's credential chain (its
 * environment variables, then its command-line tool's files), as a cloudimages service does.
 */
public final class CloudImagesApiMetadata extends BaseApiMetadata {

    /** The API's jclouds id. */
    public static final String ID = "cloudimages";

    /**
     * The template a bare {@code templateBuilder().build()} builds: the newest available Ubuntu for
     * x86_64. jclouds' own default asks for Ubuntu "1[012].[01][04]", which no cloud offers now,
     * and its {@code os64Bit} alone would also take arm64.
     */
    static final String DEFAULT_TEMPLATE = "osFamily=UBUNTU,osArchMatches=x86_64";

    /** Found with {@link java.util.ServiceLoader} by jclouds. */
    public CloudImagesApiMetadata() {
        this(new Builder());
    }

    private CloudImagesApiMetadata(Builder builder) {
        super(builder);
    }

    @Override
    public Builder toBuilder() {
        return new Builder().fromApiMetadata(this);
    }

    /** The default properties of every context of this API. */
    private static Properties contextDefaults() {
        Properties properties = BaseApiMetadata.defaultProperties();
        properties.setProperty(ComputeServiceProperties.TEMPLATE, DEFAULT_TEMPLATE);
        properties.setProperty(ContextSettings.DEFAULT_ENDPOINT, ContextSettings.PROVIDER_OWN_ENDPOINT);
        return properties;
    }

    /** jclouds' builder of this API's metadata. */
    public static final class Builder extends BaseApiMetadata.Builder<Builder> {

        private Builder() {
            id(ID)
                    .name("cloudimages: VM images of Tencent Cloud, UCloud and any other cloudimages provider")
                    .identityName("SecretId (Tencent) or public key (UCloud); none for the cloud's credential chain")
                    .credentialName("SecretKey (Tencent) or private key (UCloud)")
                    .defaultIdentity(ContextSettings.CREDENTIAL_CHAIN)
                    .defaultCredential(ContextSettings.CREDENTIAL_CHAIN)
                    .defaultEndpoint(ContextSettings.PROVIDER_OWN_ENDPOINT)
                    .documentation(URI.create("https://jclouds.apache.org/start/compute/"))
                    .defaultProperties(contextDefaults())
                    .view(ComputeServiceContext.class)
                    .defaultModule(CloudImagesComputeServiceContextModule.class);
        }

        @Override
        public CloudImagesApiMetadata build() {
            return new CloudImagesApiMetadata(this);
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
