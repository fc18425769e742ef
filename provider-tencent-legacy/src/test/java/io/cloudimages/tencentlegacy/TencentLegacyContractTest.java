package io.cloudimages.tencentlegacy;

import io.cloudimages.Credentials;
import io.cloudimages.ProviderSettings;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.contract.ImageServiceContract;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;

import java.util.LinkedHashSet;
import java.util.Set;

/** tencent-legacy passes the contract every provider must pass, against the fake legacy API. */
class TencentLegacyContractTest extends ImageServiceContract {

    @Override
    protected ImageProvider provider() {
        return new TencentLegacyProvider();
    }

    @Override
    protected FakeCloud startFake() {
        return FakeQcloudLegacy.withSeedCatalogue().start();
    }

    @Override
    protected ProviderSettings.Builder settingsFor(FakeCloud fake) {
        return ProviderSettings.builder()
                .region("ap-guangzhou")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY));
    }

    @Override
    protected Credentials rejectedCredentials() {
        return Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, "not-the-secret-key");
    }

    @Override
    protected Set<String> catalogueIds(FakeCloud fake) {
        return new LinkedHashSet<>(((FakeQcloudLegacy) fake).imageIds());
    }

    @Override
    protected String listAction() {
        return FakeQcloudLegacy.DESCRIBE_IMAGES;
    }

    @Override
    protected boolean answersCarryRequestIds() {
        return false;
    }
}
