package io.cloudimages.jclouds.internal;

import com.google.common.base.Supplier;
import io.cloudimages.CredentialsSource;
import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.jclouds.CloudImagesApiMetadata;
import io.cloudimages.jclouds.CloudImagesProperties;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jclouds.domain.Credentials;
import org.jclouds.location.Provider;
import org.jclouds.providers.ProviderMetadata;

import java.net.URI;
import java.util.Properties;

/**
 * What a jclouds context says, as cloudimages settings: the provider, the endpoint when the user
 * replaced the provider's, the credentials, provider properties and rate limits. The region is
 * added per service.
 */
@Singleton
public final class ContextSettings {

    /** The property holding the endpoint a provider's metadata gives by default, so that only a replaced one is passed on. */
    public static final String DEFAULT_ENDPOINT = "cloudimages.default-endpoint";
    /** The endpoint of a provider whose own endpoint only the provider knows (a reserved name: it never resolves). */
    public static final String PROVIDER_OWN_ENDPOINT = "https://provider-endpoint.invalid";
    /**
     * The identity jclouds holds when the user gave none; it stands for the cloud's credential chain.
     * jclouds needs an identity unless a credentials supplier is given.
     */
    public static final String CREDENTIAL_CHAIN = "cloudimages-credential-chain";

    private final String providerId;
    private final ProviderSettings settings;

    @Inject
    ContextSettings(ProviderMetadata metadata, @Provider Supplier<Credentials> credentials) {
        Properties properties = metadata.getDefaultProperties();
        providerId = properties.getProperty(CloudImagesProperties.PROVIDER, metadata.getId());
        if (providerId.equals(CloudImagesApiMetadata.ID)) {
            throw invalid("a context of the API " + CloudImagesApiMetadata.ID + " needs the property "
                    + CloudImagesProperties.PROVIDER + " to say which cloudimages provider to use, for example tencent-v3;"
                    + " or build the context of that provider: ContextBuilder.newBuilder(\"tencent-v3\")");
        }
        ProviderSettings.Builder builder = ProviderSettings.builder().credentials(source(credentials));
        if (!metadata.getEndpoint().equals(properties.getProperty(DEFAULT_ENDPOINT))) {
            builder.endpoint(endpoint(metadata.getEndpoint()));
        }
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name);
            if (name.startsWith(CloudImagesProperties.PROVIDER_PROPERTY_PREFIX)) {
                builder.property(name.substring(CloudImagesProperties.PROVIDER_PROPERTY_PREFIX.length()), value);
            } else if (name.startsWith(CloudImagesProperties.RATE_LIMIT_PREFIX)) {
                builder.rateLimit(name.substring(CloudImagesProperties.RATE_LIMIT_PREFIX.length()), rate(name, value));
            }
        }
        settings = builder.build();
    }

    /** The cloudimages provider id. */
    public String providerId() {
        return providerId;
    }

    /** The settings of a service of this region. */
    public ProviderSettings forRegion(String region) {
        return settings.toBuilder().region(region).build();
    }

    private static CredentialsSource source(Supplier<Credentials> credentials) {
        if (CREDENTIAL_CHAIN.equals(credentials.get().identity)) {
            return CredentialsSource.defaultChain();
        }
        toOurs(credentials.get());
        // asked for each request: jclouds lets a credentials supplier change them while the context lives
        return CredentialsSource.custom(() -> toOurs(credentials.get()));
    }

    private static io.cloudimages.Credentials toOurs(Credentials given) {
        if (given.identity == null || given.identity.equals(CREDENTIAL_CHAIN)
                || given.credential == null || given.credential.equals(CREDENTIAL_CHAIN)) {
            throw invalid("jclouds was given an identity without a credential: pass both, the secret id and key"
                    + " (UCloud: the public and private key), with ContextBuilder.credentials(identity, credential),"
                    + " or neither for the cloud's credential chain");
        }
        return io.cloudimages.Credentials.of(given.identity, given.credential);
    }

    private static URI endpoint(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw invalid("the endpoint \"" + text + "\" is not a URL: " + e.getMessage()
                    + "; give one such as https://cvm.tencentcloudapi.com");
        }
    }

    private static int rate(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a whole number of requests per second, got \"" + value + "\"");
        }
    }

    private static InvalidRequestException invalid(String detail) {
        return new InvalidRequestException(detail, ErrorContext.none());
    }
}
