package io.cloudimages.core.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireRequestTest {

    @Test
    void theHostIncludesThePortOnlyWhenTheUriNamesOne() {
        assertThat(WireRequest.hostOf(URI.create("https://cvm.tencentcloudapi.com/"))).isEqualTo("cvm.tencentcloudapi.com");
        assertThat(WireRequest.hostOf(URI.create("http://127.0.0.1:8080"))).isEqualTo("127.0.0.1:8080");
        assertThat(WireRequest.hostOf(URI.create("http://localhost:80/"))).isEqualTo("localhost");
    }

    @Test
    void theDefaultPortIsLeftOutAsTheJdkClientLeavesItOut() {
        assertThat(WireRequest.hostOf(URI.create("https://cvm.tencentcloudapi.com:443"))).isEqualTo("cvm.tencentcloudapi.com");
        assertThat(WireRequest.hostOf(URI.create("https://cvm.tencentcloudapi.com:8443"))).isEqualTo("cvm.tencentcloudapi.com:8443");
    }

    @Test
    void theHostKeepsTheCaseItWasWrittenIn() {
        assertThat(WireRequest.hostOf(URI.create("https://CVM.TencentCloudAPI.com"))).isEqualTo("CVM.TencentCloudAPI.com");
    }

    @Test
    void theHostHeaderCannotBeSetBecauseItComesFromTheUri() {
        assertThatThrownBy(() -> WireRequest.post(URI.create("https://h"), Map.of("Host", "other"), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsNoHeadersOrBody() {
        WireRequest request = WireRequest.post(URI.create("https://h/?Signature=abc"), Map.of("Authorization", "secret-sig"),
                "{\"SecretKey\":1}".getBytes());

        assertThat(request.toString()).isEqualTo("POST https://h/").doesNotContain("secret-sig").doesNotContain("Signature");
    }
}
