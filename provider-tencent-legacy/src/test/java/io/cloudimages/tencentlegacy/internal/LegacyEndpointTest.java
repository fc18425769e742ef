package io.cloudimages.tencentlegacy.internal;

import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegacyEndpointTest {

    @Test
    void theApisOwnEndpointWithHmacSha1AndPostByDefault() {
        LegacyEndpoint endpoint = LegacyEndpoint.from(ProviderSettings.builder().region("ap-guangzhou").build());

        assertThat(endpoint.uri()).isEqualTo(URI.create("https://image.api.qcloud.com/v2/index.php"));
        assertThat(endpoint.signatureMethod()).isEqualTo("HmacSHA1");
        assertThat(endpoint.method()).isEqualTo("POST");
    }

    @Test
    void anOverridingEndpointIsABaseUrlThatTheApisPathFollows() {
        assertThat(uriFor("http://127.0.0.1:9000")).isEqualTo(URI.create("http://127.0.0.1:9000/v2/index.php"));
        assertThat(uriFor("http://127.0.0.1:9000/")).isEqualTo(URI.create("http://127.0.0.1:9000/v2/index.php"));
        assertThat(uriFor("https://proxy.example.com/qcloud/")).isEqualTo(URI.create("https://proxy.example.com/qcloud/v2/index.php"));
    }

    @Test
    void anEndpointThatAlreadyEndsWithTheApisPathIsNotGivenItTwice() {
        assertThat(uriFor("http://127.0.0.1:9000/v2/index.php")).isEqualTo(URI.create("http://127.0.0.1:9000/v2/index.php"));
    }

    private static URI uriFor(String endpoint) {
        return LegacyEndpoint.from(ProviderSettings.builder().region("gz").endpoint(URI.create(endpoint)).build()).uri();
    }

    @Test
    void hmacSha256AndGetCanBeChosen() {
        LegacyEndpoint endpoint = LegacyEndpoint.from(ProviderSettings.builder().region("gz")
                .property("signatureMethod", "HmacSHA256").property("method", "GET").build());

        assertThat(endpoint.signatureMethod()).isEqualTo("HmacSHA256");
        assertThat(endpoint.method()).isEqualTo("GET");
    }

    @Test
    void badSettingsSayWhatIsAllowed() {
        assertThatThrownBy(() -> LegacyEndpoint.from(ProviderSettings.builder().build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("needs a region");
        assertThatThrownBy(() -> LegacyEndpoint.from(ProviderSettings.builder().region("gz").property("signatureMethod", "MD5").build()))
                .hasMessageContaining("HmacSHA1 or HmacSHA256");
        assertThatThrownBy(() -> LegacyEndpoint.from(ProviderSettings.builder().region("gz").property("site", "intl").build()))
                .hasMessageContaining("method, signatureMethod");
    }
}
