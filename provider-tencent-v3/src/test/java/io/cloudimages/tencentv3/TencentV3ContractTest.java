package io.cloudimages.tencentv3;

import io.cloudimages.Credentials;
import io.cloudimages.ProviderSettings;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.contract.ImageServiceContract;
import io.cloudimages.testkit.tencent.FakeTencentCloud;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** tencent-v3 passes the contract every provider must pass, against the fake Tencent cloud. */
class TencentV3ContractTest extends ImageServiceContract {

    static final String REGION = "ap-guangzhou";

    @Override
    protected ImageProvider provider() {
        return new TencentV3Provider();
    }

    @Override
    protected FakeCloud startFake() {
        return FakeTencentCloud.withDefaultCatalogue().start();
    }

    @Override
    protected ProviderSettings.Builder settingsFor(FakeCloud fake) {
        return ProviderSettings.builder()
                .region(REGION)
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY));
    }

    @Override
    protected Credentials rejectedCredentials() {
        return Credentials.of(FakeTencentCloud.TEST_SECRET_ID, "not-the-secret-key");
    }

    @Override
    protected Set<String> catalogueIds(FakeCloud fake) {
        return new LinkedHashSet<>(((FakeTencentCloud) fake).imageIds(REGION));
    }

    @Override
    protected String listAction() {
        return FakeTencentCloud.DESCRIBE_IMAGES;
    }

    @Override
    protected Optional<String> importAction() {
        return Optional.of(FakeTencentCloud.IMPORT_IMAGE);
    }

    @Override
    protected ImportImageRequest.Builder validImport(String name) {
        return ImportImageRequest.builder()
                .imageUrl("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/" + name + ".qcow2")
                .name(name)
                .osName("CentOS")
                .osVersion("7")
                .architecture(Architecture.X86_64);
    }
}
