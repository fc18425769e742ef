package io.cloudimages.core.http;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://cvm.tencentcloudapi.com", "https://api.ucloud.cn", "http://127.0.0.1:8080",
            "http://localhost:9000", "http://[::1]:8080", "http://127.8.9.10", "http://127.0.0.1:1", "https://cvm.tencentcloudapi.com:65535"})
    void httpsAnywhereAndHttpOnLoopbackAreAllowed(String endpoint) {
        assertThat(Endpoints.requireAllowed(URI.create(endpoint))).isEqualTo(URI.create(endpoint));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cvm.tencentcloudapi.com", "http://10.0.0.1", "http://localhost.example.com",
            "http://127.0.0.1.nip.io", "http://api.service.ucloud.cn"})
    void plainHttpToAnyOtherHostIsRefused(String endpoint) {
        assertThatThrownBy(() -> Endpoints.requireAllowed(URI.create(endpoint)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("loopback")
                .hasMessageContaining("use https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://host", "cvm.tencentcloudapi.com", "https://"})
    void somethingThatIsNotAnHttpsUrlIsRefused(String endpoint) {
        assertThatThrownBy(() -> Endpoints.parse(endpoint)).isInstanceOf(InvalidRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:99999", "http://127.0.0.1:0", "https://cvm.tencentcloudapi.com:70000",
            "http://[::1]:65536"})
    void aPortOutsideOneTo65535IsRefusedBeforeAnythingIsSent(String endpoint) {
        assertThatThrownBy(() -> Endpoints.parse(endpoint))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("port")
                .hasMessageContaining("from 1 to 65535");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:99999999999", "https://my_host.example.com", "https://:443"})
    void anAuthorityThatIsNotAHostAndPortIsRefusedSayingWhatAHostAndPortAre(String endpoint) {
        // java.net.URI falls back to a "registry-based" authority for these: no host, no port
        assertThatThrownBy(() -> Endpoints.requireAllowed(URI.create(endpoint)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no host and port")
                .hasMessageContaining("from 1 to 65535");
    }
}
