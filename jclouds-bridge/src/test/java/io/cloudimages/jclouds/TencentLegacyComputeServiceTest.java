package io.cloudimages.jclouds;

import io.cloudimages.Credentials;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The legacy API's fake serves every region alike: one image id in two regions is two jclouds images. */
class TencentLegacyComputeServiceTest extends ComputeServiceContract {

    @Override
    protected String provider() {
        return "tencent-legacy";
    }

    @Override
    protected FakeCloud startFake() {
        return FakeQcloudLegacy.withSeedCatalogue().start();
    }

    @Override
    protected Credentials testCredentials() {
        return Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY);
    }

    @Override
    protected Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("ap-guangzhou", "CN-GD");
        regions.put("ap-beijing", "CN-BJ");
        return regions;
    }

    @Override
    protected Set<String> catalogueIds(FakeCloud fake, String region) {
        return Set.copyOf(((FakeQcloudLegacy) fake).imageIds());
    }

    @Override
    protected String unknownImageId() {
        return "img-zzzzzzzz";
    }
}
