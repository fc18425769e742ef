package io.cloudimages.ucloud;

import io.cloudimages.Credentials;
import io.cloudimages.ProviderSettings;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.contract.ImageServiceContract;
import io.cloudimages.testkit.ucloud.FakeUcloud;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** ucloud passes the contract every provider must pass, against the fake UCloud. */
class UcloudContractTest extends ImageServiceContract {

    @Override
    protected ImageProvider provider() {
        return new UcloudProvider();
    }

    @Override
    protected FakeCloud startFake() {
        return FakeUcloud.withDefaultCatalogue().start();
    }

    @Override
    protected ProviderSettings.Builder settingsFor(FakeCloud fake) {
        return ProviderSettings.builder()
                .region(FakeUcloud.REGION)
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY));
    }

    @Override
    protected Credentials rejectedCredentials() {
        return Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, "not-the-private-key");
    }

    @Override
    protected Set<String> catalogueIds(FakeCloud fake) {
        return new LinkedHashSet<>(((FakeUcloud) fake).imageIds());
    }

    @Override
    protected String listAction() {
        return FakeUcloud.DESCRIBE_IMAGE;
    }

    @Override
    protected Optional<String> importAction() {
        return Optional.of(FakeUcloud.IMPORT_CUSTOM_IMAGE);
    }

    @Override
    protected ImportImageRequest.Builder validImport(String name) {
        return ImportImageRequest.builder()
                .imageUrl("https://images.cn-bj.ufileos.com/" + name + ".qcow2")
                .name(name)
                .osName("CentOS")
                .osVersion("7.9")
                .architecture(Architecture.X86_64);
    }
}
