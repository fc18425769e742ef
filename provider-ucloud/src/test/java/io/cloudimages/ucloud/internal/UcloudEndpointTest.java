package io.cloudimages.ucloud.internal;

import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UcloudEndpointTest {

    @Test
    void theApiEndpointByDefault() {
        UcloudEndpoint endpoint = UcloudEndpoint.from(ProviderSettings.builder().region("cn-bj2").build());

        assertThat(endpoint.uri()).isEqualTo(URI.create("https://api.ucloud.cn"));
        assertThat(endpoint.projectId()).isNull();
        assertThat(endpoint.prices()).isFalse();
    }

    @Test
    void theVpcEndpointIsPlainHttpAndSoRefused() {
        assertThatThrownBy(() -> UcloudEndpoint.from(ProviderSettings.builder().region("cn-bj2")
                .endpoint(URI.create("http://api.service.ucloud.cn")).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("loopback");
    }

    @Test
    void badSettingsSayWhatIsAllowed() {
        assertThatThrownBy(() -> UcloudEndpoint.from(ProviderSettings.builder().build())).hasMessageContaining("cn-bj2");
        assertThatThrownBy(() -> UcloudEndpoint.from(ProviderSettings.builder().region("cn-bj2").property("project", "x").build()))
                .hasMessageContaining("funcType, prices, projectId");
        assertThatThrownBy(() -> UcloudEndpoint.from(ProviderSettings.builder().region("cn-bj2").property("prices", "yes").build()))
                .hasMessageContaining("true or false");
    }
}
