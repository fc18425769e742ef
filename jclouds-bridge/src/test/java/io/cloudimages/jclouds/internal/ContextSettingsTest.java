package io.cloudimages.jclouds.internal;

import com.google.common.base.Suppliers;
import io.cloudimages.CredentialsSource;
import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.jclouds.CloudImagesProperties;
import io.cloudimages.jclouds.CloudImagesProviderMetadata;
import org.jclouds.domain.Credentials;
import org.jclouds.providers.ProviderMetadata;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a jclouds context says, as the settings of a cloudimages service. */
class ContextSettingsTest {

    private static final Credentials KEYS = new Credentials("AKIDexample0000000001", "secret-key-0001");

    private static CloudImagesProviderMetadata.Builder tencent() {
        CloudImagesProviderMetadata.Builder builder = CloudImagesProviderMetadata.builder()
                .providerEndpoint("https://cvm.tencentcloudapi.com").region("ap-guangzhou", "CN-GD");
        builder.id("tencent-v3").name("Tencent Cloud CVM (API 3.0)");
        return builder;
    }

    private static ProviderSettings settings(ProviderMetadata metadata, Credentials credentials) {
        return new ContextSettings(metadata, Suppliers.ofInstance(credentials)).forRegion("ap-guangzhou");
    }

    private static ProviderMetadata withProperties(Map<String, String> extra) {
        CloudImagesProviderMetadata metadata = tencent().build();
        Properties properties = new Properties();
        properties.putAll(metadata.getDefaultProperties());
        properties.putAll(extra);
        return metadata.toBuilder().defaultProperties(properties).build();
    }

    @Test
    void theProvidersEndpointIsLeftToTheProvider() {
        assertThat(settings(tencent().build(), KEYS).endpoint()).isEmpty();
    }

    @Test
    void anEndpointTheContextGivesReplacesTheProviders() {
        ProviderMetadata metadata = tencent().build().toBuilder().endpoint("http://127.0.0.1:8080").build();

        assertThat(settings(metadata, KEYS).endpoint()).contains(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void theRegionIsTheServicesAndTheProviderTheContexts() {
        ContextSettings settings = new ContextSettings(tencent().build(), Suppliers.ofInstance(KEYS));

        assertThat(settings.providerId()).isEqualTo("tencent-v3");
        assertThat(settings.forRegion("ap-shanghai").region()).isEqualTo("ap-shanghai");
    }

    @Test
    void withoutCredentialsTheCloudsChainIsAsked() {
        Credentials none = new Credentials(ContextSettings.CREDENTIAL_CHAIN, ContextSettings.CREDENTIAL_CHAIN);

        assertThat(settings(tencent().build(), none).credentials()).isEqualTo(CredentialsSource.defaultChain());
    }

    @Test
    void theContextsCredentialsAreAskedForEachRequest() {
        CredentialsSource source = settings(tencent().build(), KEYS).credentials();

        assertThat(source).isInstanceOf(CredentialsSource.Custom.class);
        assertThat(((CredentialsSource.Custom) source).provider().resolveCredentials())
                .isEqualTo(io.cloudimages.Credentials.of("AKIDexample0000000001", "secret-key-0001"));
    }

    @Test
    void anIdentityWithoutACredentialIsRefusedSayingWhatToGive() {
        Credentials identityOnly = new Credentials("AKIDexample0000000001", ContextSettings.CREDENTIAL_CHAIN);

        assertThatThrownBy(() -> settings(tencent().build(), identityOnly))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("ContextBuilder.credentials");
    }

    @Test
    void providerPropertiesAndRateLimitsBecomeSettings() {
        ProviderSettings settings = settings(withProperties(Map.of(
                CloudImagesProperties.PROVIDER_PROPERTY_PREFIX + "site", "intl",
                CloudImagesProperties.RATE_LIMIT_PREFIX + "DescribeImages", "20")), KEYS);

        assertThat(settings.properties()).isEqualTo(Map.of("site", "intl"));
        assertThat(settings.rateLimits()).isEqualTo(Map.of("DescribeImages", 20));
    }

    @Test
    void aRateLimitThatIsNoNumberIsRefusedNamingIt() {
        ProviderMetadata metadata = withProperties(Map.of(CloudImagesProperties.RATE_LIMIT_PREFIX + "DescribeImages", "fast"));

        assertThatThrownBy(() -> settings(metadata, KEYS)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cloudimages.rate-limit.DescribeImages").hasMessageContaining("fast");
    }

    @Test
    void theProviderPropertyNamesTheProviderOfAContextOfTheApi() {
        ProviderMetadata metadata = withProperties(Map.of(CloudImagesProperties.PROVIDER, "ucloud"));

        assertThat(new ContextSettings(metadata, Suppliers.ofInstance(KEYS)).providerId()).isEqualTo("ucloud");
    }
}
