package io.cloudimages.tencentv3.internal;

import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TencentV3EndpointsTest {

    private static URI endpointOf(ProviderSettings.Builder settings) {
        return TencentV3Endpoints.from(settings.build()).endpoint();
    }

    @Test
    void theNearestGatewayByDefault() {
        assertThat(endpointOf(ProviderSettings.builder().region("ap-guangzhou")))
                .isEqualTo(URI.create("https://cvm.tencentcloudapi.com"));
    }

    @Test
    void theRegionalHostWhenAskedFor() {
        assertThat(endpointOf(ProviderSettings.builder().region("ap-guangzhou").property("regionalEndpoint", "true")))
                .isEqualTo(URI.create("https://cvm.ap-guangzhou.tencentcloudapi.com"));
    }

    @Test
    void theInternationalSitesGateway() {
        assertThat(endpointOf(ProviderSettings.builder().region("ap-singapore").property("site", "intl")))
                .isEqualTo(URI.create("https://cvm.intl.tencentcloudapi.com"));
    }

    @Test
    void financeRegionsAlwaysGoToTheirOwnHost() {
        assertThat(endpointOf(ProviderSettings.builder().region("ap-shanghai-fsi")))
                .isEqualTo(URI.create("https://cvm.ap-shanghai-fsi.tencentcloudapi.com"));
        assertThat(endpointOf(ProviderSettings.builder().region("ap-shenzhen-fsi").property("site", "intl")))
                .isEqualTo(URI.create("https://cvm.ap-shenzhen-fsi.tencentcloudapi.com"));
    }

    @Test
    void anOverrideReplacesEverything() {
        assertThat(endpointOf(ProviderSettings.builder().region("ap-shanghai-fsi").endpoint(URI.create("http://127.0.0.1:9000"))))
                .isEqualTo(URI.create("http://127.0.0.1:9000"));
    }

    @Test
    void aRegionIsRequiredAndMustLookLikeOne() {
        assertThatThrownBy(() -> TencentV3Endpoints.from(ProviderSettings.builder().build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("needs a region");
        assertThatThrownBy(() -> TencentV3Endpoints.from(ProviderSettings.builder().region("guangzhou").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("ap-guangzhou");
    }

    @Test
    void anUnknownPropertyIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> TencentV3Endpoints.from(ProviderSettings.builder().region("ap-guangzhou")
                .property("regional", "true").build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("language, regionalEndpoint, site");
    }

    @Test
    void badPropertyValuesSayWhatIsAllowed() {
        assertThatThrownBy(() -> TencentV3Endpoints.from(ProviderSettings.builder().region("ap-guangzhou")
                .property("site", "europe").build())).hasMessageContaining("china or intl");
        assertThatThrownBy(() -> TencentV3Endpoints.from(ProviderSettings.builder().region("ap-guangzhou")
                .property("language", "fr-FR").build())).hasMessageContaining("zh-CN or en-US");
    }
}
