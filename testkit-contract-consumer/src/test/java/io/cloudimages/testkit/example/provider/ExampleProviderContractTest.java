package io.cloudimages.testkit.example.provider;

import io.cloudimages.Credentials;
import io.cloudimages.ProviderSettings;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.contract.ImageServiceContract;
import io.cloudimages.testkit.example.ExampleCloud;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The example provider passes the contract every provider must pass. */
// tag::contract[]
class ExampleProviderContractTest extends ImageServiceContract {

    @Override
    protected ImageProvider provider() {
        return new ExampleProvider();
    }

    @Override
    protected FakeCloud startFake() {
        return ExampleCloud.withCatalogue(60).start();
    }

    @Override
    protected ProviderSettings.Builder settingsFor(FakeCloud fake) {
        return ProviderSettings.builder()
                .region("ex-region-1")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET));
    }

    @Override
    protected Credentials rejectedCredentials() {
        return Credentials.of(ExampleCloud.TEST_KEY_ID, "not-the-secret");
    }

    @Override
    protected Set<String> catalogueIds(FakeCloud fake) {
        return new LinkedHashSet<>(((ExampleCloud) fake).imageIds());
    }

    @Override
    protected String listAction() {
        return ExampleCloud.LIST_IMAGES;
    }

    @Override
    protected Optional<String> importAction() {
        return Optional.of(ExampleCloud.IMPORT_IMAGE);
    }

    @Override
    protected ImportImageRequest.Builder validImport(String name) {
        return ImportImageRequest.builder()
                .imageUrl("https://bucket.example.com/images/" + name + ".qcow2")
                .name(name)
                .osName("CentOS")
                .osVersion("7")
                .architecture(Architecture.X86_64);
    }
}
// end::contract[]
