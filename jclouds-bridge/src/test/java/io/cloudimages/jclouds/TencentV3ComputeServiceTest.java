package io.cloudimages.jclouds;

import io.cloudimages.Credentials;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.FakeResponse;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.jclouds.compute.ComputeServiceContext;
import org.jclouds.rest.AuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TencentV3ComputeServiceTest extends ComputeServiceContract {

    @Override
    protected String provider() {
        return "tencent-v3";
    }

    @Override
    protected FakeCloud startFake() {
        FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start();
        fake.addPublicImages("ap-shanghai");
        return fake;
    }

    @Override
    protected Credentials testCredentials() {
        return Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY);
    }

    @Override
    protected Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("ap-guangzhou", "CN-GD");
        regions.put("ap-shanghai", "CN-SH");
        return regions;
    }

    @Override
    protected Set<String> catalogueIds(FakeCloud fake, String region) {
        return Set.copyOf(((FakeTencentCloud) fake).imageIds(region));
    }

    @Override
    protected String unknownImageId() {
        return "img-zzzzzzzz";
    }

    /** The build sets the fake's keys as Tencent's environment variables (see the pom). */
    @Test
    void withoutCredentialsTheCloudsCredentialChainSigns() {
        assertThat(System.getenv("TENCENTCLOUD_SECRET_ID")).isEqualTo(FakeTencentCloud.TEST_SECRET_ID);

        try (ComputeServiceContext chained = contextBuilder(builder -> { }).buildView(ComputeServiceContext.class)) {
            assertThat(chained.getComputeService().listImages()).isNotEmpty();
        }
    }

    @Test
    void aRegionTheCloudSaysItDoesNotServeIsLeftOutOfTheListing() {
        Properties guangzhouOnly = new Properties();
        guangzhouOnly.setProperty("jclouds.regions", "ap-guangzhou");
        fake().faults().forAction(FakeTencentCloud.DESCRIBE_IMAGES).always(Fault.answer(FakeResponse.json(200,
                "{\"Response\": {\"Error\": {\"Code\": \"UnsupportedRegion\", \"Message\": \"The region is not"
                        + " supported.\"}, \"RequestId\": \"6ef60bec-0242-43af-bb20-270359fb54a7\"}}")));
        try (ComputeServiceContext unserved = contextBuilder(builder -> builder.overrides(guangzhouOnly)
                .credentials(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY))
                .buildView(ComputeServiceContext.class)) {
            assertThat(unserved.getComputeService().listImages()).isEmpty();
        } finally {
            fake().faults().clear();
        }
    }

    @Test
    void credentialsTheCloudRefusesAreJcloudsAuthorizationException() {
        try (ComputeServiceContext refused = contextBuilder(builder -> builder.credentials(FakeTencentCloud.TEST_SECRET_ID,
                "not-the-secret-key")).buildView(ComputeServiceContext.class)) {
            assertThatThrownBy(() -> refused.getComputeService().listImages()).isInstanceOf(AuthorizationException.class);
        }
    }
}
