package io.cloudimages.jclouds;

import org.jclouds.apis.Apis;
import org.jclouds.compute.ComputeServiceContext;
import org.jclouds.providers.ProviderMetadata;
import org.jclouds.providers.Providers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What jclouds finds on its own: the API and one provider per built-in cloudimages provider. */
class BuiltInProvidersTest {

    @Test
    void jcloudsFindsTheApiAsAComputeApi() {
        assertThat(Apis.withId(CloudImagesApiMetadata.ID).getViews()).extracting(view -> (Object) view.getRawType())
                .containsExactly(ComputeServiceContext.class);
    }

    @ParameterizedTest
    @CsvSource({"tencent-v3, https://cvm.tencentcloudapi.com, 21", "tencent-legacy, https://image.api.qcloud.com, 19",
            "ucloud, https://api.ucloud.cn, 33"})
    void jcloudsFindsEachBuiltInProviderWithItsDocumentedRegionsAndATemplateThatWorks(String id, String endpoint,
                                                                                      int regions) {
        ProviderMetadata provider = Providers.withId(id);

        assertThat(provider.getApiMetadata().getId()).isEqualTo(CloudImagesApiMetadata.ID);
        assertThat(provider.getEndpoint()).isEqualTo(endpoint);
        List<String> listed = List.of(provider.getDefaultProperties().getProperty("jclouds.regions").split(","));
        assertThat(listed).hasSize(regions).doesNotHaveDuplicates()
                .allSatisfy(region -> assertThat(provider.getDefaultProperties())
                        .containsKey("jclouds.region." + region + ".iso3166-codes"));
        assertThat(provider.getDefaultProperties()).containsEntry("jclouds.template", "osFamily=UBUNTU,osArchMatches=x86_64");
    }
}
