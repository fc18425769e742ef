package io.cloudimages.ucloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.ImageService;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.NameConflictException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.UnsupportedOsException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsSupport;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ImportCustomImage: its parameters, the checks made before sending, the documented OS table. */
class UcloudImportTest {

    private final FakeUcloud fake = FakeUcloud.withDefaultCatalogue().start();
    private final ImageService service = UcloudWireTest.open(fake, s -> s);

    @AfterEach
    void stop() {
        service.close();
        fake.close();
    }

    private static ImportImageRequest.Builder request(String name) {
        return ImportImageRequest.builder()
                .imageUrl("https://images.cn-bj.ufileos.com/" + name + ".qcow2")
                .name(name).osName("CentOS").osVersion("6.5").architecture(Architecture.I386);
    }

    private JsonNode sentImport() {
        return Json.readTree(fake.requests(FakeUcloud.IMPORT_CUSTOM_IMAGE).get(0).body(), ErrorContext.none());
    }

    private void assertRefusedBeforeSending(UnaryOperator<ImportImageRequest.Builder> change,
                                           Class<? extends CloudImagesException> type, String message) {
        assertThatThrownBy(() -> service.importImage(change.apply(request("refused")).build()))
                .isInstanceOf(type).hasMessageContaining(message);
        assertThat(fake.requests(FakeUcloud.IMPORT_CUSTOM_IMAGE)).isEmpty();
    }

    @Test
    void theParametersAreUcloudsOwn() {
        ImportResult result = service.importImage(request("golden").description("base").putTag("business-group", "build").build());

        assertThat(result.imageId()).startsWith("uimage-");
        JsonNode sent = sentImport();
        assertThat(sent.path("Action").asText()).isEqualTo("ImportCustomImage");
        assertThat(sent.path("ImageName").asText()).isEqualTo("golden");
        assertThat(sent.path("UFileUrl").asText()).isEqualTo("https://images.cn-bj.ufileos.com/golden.qcow2");
        assertThat(sent.path("OsType").asText()).isEqualTo("CentOS");
        assertThat(sent.path("OsName").asText()).isEqualTo("CentOS 6.5 32位");
        assertThat(sent.path("Format").asText()).isEqualTo("qcow2");
        assertThat(sent.path("Auth").isBoolean() && sent.path("Auth").asBoolean()).isTrue();
        assertThat(sent.path("ImageDescription").asText()).isEqualTo("base");
        assertThat(sent.path("Tag").asText()).isEqualTo("build");
    }

    @Test
    void theFormatIsTakenFromTheFileNameAndWrittenAsUcloudSpellsIt() {
        service.importImage(request("disk").imageUrl("https://images.cn-bj.ufileos.com/disk.vmdk").build());

        assertThat(sentImport().path("Format").asText()).isEqualTo("VMDK");
    }

    @Test
    void anImportedImageIsMakingThenAvailable() throws InterruptedException {
        fake.importDuration(Duration.ofMillis(300));
        ImportResult result = service.importImage(request("progress").build());

        assertThat(service.get(result.imageId())).get().extracting(i -> i.state()).isEqualTo(ImageState.CREATING);
        Thread.sleep(400);
        assertThat(service.get(result.imageId())).get().extracting(i -> i.state()).isEqualTo(ImageState.AVAILABLE);
    }

    @Test
    void anUnknownFormatIsRefusedBeforeSending() {
        assertRefusedBeforeSending(b -> b.imageUrl("https://images.cn-bj.ufileos.com/disk.img"), InvalidRequestException.class,
                "raw, vhd, vmdk or qcow2");
    }

    @Test
    void fieldsUcloudDoesNotHaveAreRefusedRatherThanDropped() {
        assertRefusedBeforeSending(b -> b.licenseType("BYOL"), InvalidRequestException.class, "license type");
        assertRefusedBeforeSending(b -> b.putTag("team", "infra"), InvalidRequestException.class, "business-group");
    }

    @Test
    void anOsTypeUcloudDoesNotDocumentIsRefusedUnlessForced() {
        assertRefusedBeforeSending(b -> b.osName("Kylin"), UnsupportedOsException.class, "Other");

        service.importImage(request("forced").osName("Kylin").osVersion("V10").force(true).build());

        assertThat(sentImport().path("OsType").asText()).isEqualTo("Kylin");
    }

    @Test
    void otherIsSentAsOtherBothWays() {
        service.importImage(request("other").osName("Other").build());

        assertThat(sentImport().path("OsType").asText()).isEqualTo("Other");
        assertThat(sentImport().path("OsName").asText()).isEqualTo("Other");
    }

    @Test
    void anArmImageNeedsForceBecauseUcloudsImportTakesNoArchitecture() {
        assertRefusedBeforeSending(b -> b.architecture(Architecture.ARM64), UnsupportedOsException.class, "x86");
    }

    @Test
    void aDryRunChecksEverythingAndSendsNoImport() {
        ImportResult result = service.importImage(request("dry").dryRun(true).build());

        assertThat(result.dryRun()).isTrue();
        assertThat(fake.requests(FakeUcloud.IMPORT_CUSTOM_IMAGE)).isEmpty();
    }

    @Test
    void aDryRunUnderATakenNameIsRefused() {
        service.importImage(request("taken").build());
        fake.clearRequests();

        assertRefusedBeforeSending(b -> b.name("taken").dryRun(true), NameConflictException.class, "exists already");
    }

    @Test
    void aNameIsCheckedAcrossTheProjectWhateverTheConfiguredFuncType() {
        service.importImage(request("taken").build());
        try (ImageService scoped = UcloudWireTest.open(fake, s -> s.property("funcType", "gpu"))) {
            assertThatThrownBy(() -> scoped.importImage(request("taken").build())).isInstanceOf(NameConflictException.class);
        }
        assertThat(fake.requests(FakeUcloud.DESCRIBE_IMAGE)).allSatisfy(request ->
                assertThat(Json.readTree(request.body(), ErrorContext.none()).has("FuncType")).isFalse());
    }

    @Test
    void importOsSupportIsTheDocumentedTable() {
        OsSupport support = service.importOsSupport();

        assertThat(support.entries()).extracting(OsSupport.Entry::name).containsExactly("CentOS", "Ubuntu", "RedHat", "Windows", "Other");
        assertThat(support.region()).isEqualTo("cn-bj2");
        assertThat(support.isImportable(OsFamily.CENTOS, "7.9", Architecture.X86_64)).isTrue();
        assertThat(fake.requests()).isEmpty();
    }
}
