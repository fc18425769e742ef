package io.cloudimages.tencentv3;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.ImageService;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsSupport;
import io.cloudimages.model.OsType;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example requests and answers of seeds 000, 001 and 002 go through the provider unchanged.
 * {@code /seeds/000-describe-import-image-os.json} is the output example of Tencent Cloud's API 3.0
 * page of DescribeImportImageOs (CVM, version 2017-03-12), copied verbatim.
 */
class SeedExamplesTest {

    private final FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private static JsonNode seedAnswer() throws IOException {
        try (InputStream in = SeedExamplesTest.class.getResourceAsStream("/seeds/000-describe-import-image-os.json")) {
            return Json.readTree(in.readAllBytes(), ErrorContext.none()).get("Response");
        }
    }

    @Test
    void everyOsVersionAndArchitectureOfSeed000SurvivesTheMapping() throws IOException {
        OsSupport support;
        try (ImageService service = TencentV3Fixture.open(fake, s -> s)) {
            support = service.importOsSupport();
        }

        JsonNode seed = seedAnswer();
        List<String> names = new ArrayList<>();
        for (JsonNode os : seed.path("ImportImageOsVersionSet")) {
            String name = os.path("OsName").asText();
            names.add(name);
            OsSupport.Entry entry = support.find(name).orElseThrow(() -> new AssertionError("lost " + name));
            List<String> versions = new ArrayList<>();
            os.path("OsVersions").forEach(v -> versions.add(v.asText()));
            List<String> architectures = new ArrayList<>();
            os.path("Architecture").forEach(a -> architectures.add(a.asText()));
            assertThat(entry.versions()).as(name).containsExactlyElementsOf(versions);
            assertThat(entry.architectures()).as(name).containsExactlyElementsOf(architectures);
        }
        seed.path("ImportImageOsListSupported").path("Linux").forEach(n -> assertThat(support.find(n.asText())).isPresent());
        seed.path("ImportImageOsListSupported").path("Windows").forEach(n -> assertThat(support.find(n.asText())).isPresent());
        assertThat(support.entries()).extracting(OsSupport.Entry::name).containsExactlyElementsOf(names);
    }

    @Test
    void seed000ListsAreTypedAndFamiliesRead() throws IOException {
        try (ImageService service = TencentV3Fixture.open(fake, s -> s)) {
            OsSupport support = service.importOsSupport();

            assertThat(support.find("Windows Server 2012")).get().extracting(OsSupport.Entry::type).isEqualTo(OsType.WINDOWS);
            assertThat(support.find("Redhat")).get().extracting(OsSupport.Entry::family).isEqualTo(OsFamily.RHEL);
            assertThat(support.find("Other Linux")).get().extracting(OsSupport.Entry::family).isEqualTo(OsFamily.LINUX);
            assertThat(support.isImportable(OsFamily.CENTOS, "7", Architecture.X86_64)).isTrue();
            assertThat(support.isImportable("Windows Server 2016", "-", Architecture.I386)).isTrue();
        }
    }

    @Test
    void theImportExampleOfSeeds001And002IsSentWithExactlyItsParameters() throws IOException {
        fake.importDuration(java.time.Duration.ZERO);
        try (ImageService service = TencentV3Fixture.open(fake, s -> s)) {
            service.importImage(ImportImageRequest.builder()
                    .imageUrl("http://111-1251233127.cosd.myqcloud.com/Windows%20Server%202008%20R2%20x64a.vmdk")
                    .description("sampleimage")
                    .name("sample")
                    .architecture(Architecture.X86_64)
                    .osName("CentOS")
                    .osVersion("6")
                    .build());
        }

        JsonNode sent = Json.readTree(fake.requests(FakeTencentCloud.IMPORT_IMAGE).get(0).body(), ErrorContext.none());
        JsonNode example = Json.readTree("""
                {"ImageUrl": "http://111-1251233127.cosd.myqcloud.com/Windows%20Server%202008%20R2%20x64a.vmdk",
                 "ImageDescription": "sampleimage", "ImageName": "sample", "Architecture": "x86_64",
                 "OsType": "CentOS", "OsVersion": "6"}""".getBytes(), ErrorContext.none());
        assertThat(sent).isEqualTo(example);
    }

    @Test
    void theDocumentedImportAnswerWithOnlyARequestIdStillGivesTheNewImagesId() {
        fake.answerImportsWithRequestIdOnly();
        try (ImageService service = TencentV3Fixture.open(fake, s -> s)) {
            ImportResult result = service.importImage(ImportImageRequest.builder()
                    .imageUrl("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/sample.qcow2")
                    .name("sample").architecture(Architecture.X86_64).osName("CentOS").osVersion("6").build());

            assertThat(result.imageId()).matches("img-[a-z0-9]{8}");
            assertThat(result.requestId()).isNotBlank();
            assertThat(service.get(result.imageId())).get().extracting(image -> image.name()).isEqualTo("sample");
        }
    }

    @Test
    void anImportPerformedWhoseIdCannotBeLookedUpIsStillReportedAsPerformed() {
        fake.answerImportsWithRequestIdOnly();
        int before = fake.imageIds("ap-guangzhou").size();
        try (ImageService service = TencentV3Fixture.open(fake, s -> s.maxAttempts(1))) {
            ImportImageRequest request = ImportImageRequest.builder()
                    .imageUrl("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/sample.qcow2")
                    .name("sample").architecture(Architecture.X86_64).osName("CentOS").osVersion("6").build();
            // the name check passes; the lookup after the import fails
            fake.faults().forAction(FakeTencentCloud.DESCRIBE_IMAGES).from(2, Fault.status(503));

            ImportResult result = service.importImage(request);

            assertThat(result.imageId()).isNull();
            assertThat(result.requestId()).isNotBlank();
            assertThat(result.dryRun()).isFalse();
        }
        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
        assertThat(fake.imageIds("ap-guangzhou")).hasSize(before + 1);
    }
}
