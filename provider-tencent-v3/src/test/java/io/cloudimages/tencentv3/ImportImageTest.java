package io.cloudimages.tencentv3;

import io.cloudimages.ImageService;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.NameConflictException;
import io.cloudimages.exception.QuotaExceededException;
import io.cloudimages.exception.RegionNotSupportedException;
import io.cloudimages.exception.UnsupportedOsException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ImportImage: every parameter, every check made before sending, the seeds' error codes. */
class ImportImageTest {

    private final FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start();
    private final ImageService service = TencentV3Fixture.open(fake, s -> s);

    @AfterEach
    void stop() {
        service.close();
        fake.close();
    }

    private static ImportImageRequest.Builder request(String name) {
        return ImportImageRequest.builder()
                .imageUrl("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/" + name + ".qcow2")
                .name(name).osName("CentOS").osVersion("7").architecture(Architecture.X86_64);
    }

    private void assertRefusedBeforeSending(UnaryOperator<ImportImageRequest.Builder> change, Class<? extends CloudImagesException> type,
                                           String message) {
        assertThatThrownBy(() -> service.importImage(change.apply(request("refused")).build()))
                .isInstanceOf(type)
                .hasMessageContaining(message);
        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE)).isEmpty();
    }

    @Test
    void everyOptionalParameterIsSent() {
        ImportResult result = service.importImage(request("all-options")
                .description("golden image").force(true).putTag("team", "infra").licenseType("byol")
                .bootMode("uefi").imageFamily("golden").build());

        assertThat(result.imageId()).isNotBlank();
        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE).get(0).bodyText())
                .contains("\"ImageDescription\":\"golden image\"")
                .contains("\"Force\":true")
                .contains("\"TagSpecification\":[{\"ResourceType\":\"image\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"infra\"}]}]")
                .contains("\"LicenseType\":\"BYOL\"")
                .contains("\"BootMode\":\"UEFI\"")
                .contains("\"ImageFamily\":\"golden\"");
    }

    @Test
    void theImportedImageIsImportingThenAvailable() throws InterruptedException {
        fake.importDuration(Duration.ofMillis(300));
        ImportResult result = service.importImage(request("progress").build());

        assertThat(service.get(result.imageId())).get().extracting(i -> i.state()).isEqualTo(ImageState.IMPORTING);
        Thread.sleep(400);
        assertThat(service.get(result.imageId())).get().extracting(i -> i.state()).isEqualTo(ImageState.AVAILABLE);
    }

    @Test
    void anArm64ImportIsSentAsArm64AndWithForceOnly() {
        assertRefusedBeforeSending(b -> b.architecture(Architecture.ARM64), UnsupportedOsException.class, "x86_64, i386");

        service.importImage(request("arm").architecture(Architecture.ARM64).force(true).build());

        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE).get(0).bodyText()).contains("\"Architecture\":\"arm_64\"");
    }

    @Test
    void aNameLongerThanSixtyCharactersIsRefusedBeforeSending() {
        assertRefusedBeforeSending(b -> b.name("n".repeat(61)), InvalidRequestException.class, "at most 60");
    }

    @Test
    void sixtyChineseCharactersAreFine() {
        assertThat(service.importImage(request("镜".repeat(60)).build()).imageId()).isNotBlank();
    }

    @Test
    void aDescriptionLongerThan256CharactersIsRefusedBeforeSending() {
        assertRefusedBeforeSending(b -> b.description("d".repeat(257)), InvalidRequestException.class, "256");
    }

    @Test
    void anOsTheRegionDoesNotListIsRefusedBeforeSending() {
        assertRefusedBeforeSending(b -> b.osName("Kylin"), UnsupportedOsException.class, "not in its import list");
    }

    @Test
    void aVersionTheRegionDoesNotListIsRefusedBeforeSendingWithTheListedOnes() {
        assertRefusedBeforeSending(b -> b.osVersion("8"), UnsupportedOsException.class, "versions 5, 6, 7");
    }

    @Test
    void anIsoNeedsForce() {
        assertRefusedBeforeSending(b -> b.imageUrl("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/setup.ISO"),
                InvalidRequestException.class, "force");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows", "tencent"})
    void anUnknownLicenseTypeIsRefusedBeforeSending(String licenseType) {
        assertRefusedBeforeSending(b -> b.licenseType(licenseType), InvalidRequestException.class, "BYOL, TencentCloud");
    }

    @Test
    void anUnknownBootModeIsRefusedBeforeSending() {
        assertRefusedBeforeSending(b -> b.bootMode("EFI"), InvalidRequestException.class, "Legacy BIOS, UEFI");
    }

    @Test
    void anUnknownFormatIsRefusedBeforeSending() {
        assertRefusedBeforeSending(b -> b.format("ova"), InvalidRequestException.class, "QCOW2");
    }

    @Test
    void forceSkipsTheOsCheckAndTheCloudDecides() {
        assertThat(service.importImage(request("forced").osName("Kylin").osVersion("10").force(true).build()).imageId())
                .isNotBlank();
    }

    @Test
    void aDryRunReportsSuccessAndCreatesNothing() {
        int before = fake.imageIds("ap-guangzhou").size();

        ImportResult result = service.importImage(request("dry").dryRun(true).build());

        assertThat(result.dryRun()).isTrue();
        assertThat(result.imageId()).isNull();
        assertThat(result.requestId()).isNotBlank();
        assertThat(fake.imageIds("ap-guangzhou")).hasSize(before);
        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE).get(0).bodyText()).contains("\"DryRun\":true");
    }

    @Test
    void aDryRunThatWouldFailReportsWhy() {
        service.importImage(request("taken").build());

        assertThatThrownBy(() -> service.importImage(request("taken").dryRun(true).build()))
                .isInstanceOf(NameConflictException.class);
    }

    @Test
    void theQuotaIsTheCloudsImageQuotaLimitExceeded() {
        fake.imageQuota(0);

        assertThatThrownBy(() -> service.importImage(request("over-quota").build()))
                .isInstanceOfSatisfying(QuotaExceededException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ImageQuotaLimitExceeded"));
    }

    @Test
    void aRegionThatCannotImportIsTheCloudsRegionAbilityLimit() {
        fake.refuseImportsIn("ap-guangzhou");

        assertThatThrownBy(() -> service.importImage(request("no-import-here").build()))
                .isInstanceOfSatisfying(RegionNotSupportedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("RegionAbilityLimit.UnsupportedToImportImage"));
    }

    @Test
    void anUnknownTagKeyIsTheCloudsTagKeyNotFound() {
        assertThatThrownBy(() -> service.importImage(request("tagged").putTag("no-such-key", "v").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("InvalidParameterValue.TagKeyNotFound"));
    }

    @Test
    void theOsListIsFetchedOnceForManyImports() {
        service.importImage(request("first").build());
        service.importImage(request("second").build());

        assertThat(fake.requests(FakeTencentCloud.DESCRIBE_IMPORT_IMAGE_OS)).hasSize(1);
    }
}
