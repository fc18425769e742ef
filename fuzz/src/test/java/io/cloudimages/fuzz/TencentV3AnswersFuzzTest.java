package io.cloudimages.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.Credentials;
import io.cloudimages.fuzz.AnswerTarget.Operation;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.cloudimages.fuzz.FakeAnswers.json;
import static io.cloudimages.fuzz.FakeAnswers.withFlags;
import static io.cloudimages.fuzz.FakeAnswers.withHeader;
import static io.cloudimages.fuzz.FakeAnswers.written;

/**
 * tencent-v3 (API 3.0) reads whatever the cloud answers to DescribeImages,
 * DescribeImportImageOs and ImportImage into the neutral model, or refuses it with a typed
 * error, in bounded time; see {@link AnswerTarget} for what is checked.
 *
 * <p>A longer run: see the README's "Fuzzing" section. Findings land in
 * {@code src/test/resources/io/cloudimages/fuzz/TencentV3AnswersFuzzTestInputs/everyAnswerIsReadOrRefusedWithATypedError/}
 * and run with every build from then on.
 */
class TencentV3AnswersFuzzTest {

    /** The fake's catalogue, so that the seeds' lookups find something. */
    private static final List<String> IDS = FakeTencentCloud.withDefaultCatalogue().imageIds("ap-guangzhou");

    private static final ImportImageRequest.Builder IMPORT = ImportImageRequest.builder()
            .imageUrl("https://fuzz-1250000000.cos.ap-guangzhou.myqcloud.com/images/fuzz.qcow2")
            .name("fuzz-import").osName("CentOS").osVersion("7").architecture(Architecture.X86_64);

    /** The order is part of the inputs' format (their first byte picks one): add at the end only. */
    static final AnswerTarget TARGET = new AnswerTarget("tencent-v3", "ap-guangzhou",
            Credentials.of("AKIDfuzz0000000000000000000000000001", "fuzzSecretKey00000000000000000001"), Map.of(),
            List.of(
                    Operation.listing("list every image", ImageQuery.builder().includeDeprecated(true).pageSize(10).build()),
                    Operation.listing("list the default query", ImageQuery.builder().pageSize(10).build()),
                    Operation.listing("list twelve ids", ImageQuery.builder().ids(IDS.subList(0, 12)).includeDeprecated(true)
                            .pageSize(10).build()),
                    Operation.firstPage("first page", ImageQuery.builder().includeDeprecated(true).pageSize(10).build()),
                    Operation.get(IDS.get(0)),
                    Operation.importOsSupport(),
                    Operation.importImage("import dry run", IMPORT.dryRun(true).build()),
                    Operation.importImage("import", IMPORT.dryRun(false).build()),
                    Operation.importImage("forced import", IMPORT.dryRun(false).force(true).build())),
            TencentV3AnswersFuzzTest::saysItFailed);

    /** API 3.0 reports every error as {@code Response.Error}; a dry run that would pass as the code DryRunOperation. */
    static boolean saysItFailed(JsonNode body) {
        JsonNode error = body.path("Response").get("Error");
        return error != null && !error.isNull() && !error.path("Code").asText("").equals("DryRunOperation");
    }

    @MethodSource("realAnswers")
    @DictionaryEntries({"\"Response\":{", "\"Error\":{", "\"Code\":\"", "\"Message\":\"", "\"RequestId\":\"", "\"ImageSet\":[", "\"TotalCount\":", "\"ImageId\":\"", "\"OsName\":\"", "\"Platform\":\"", "\"Architecture\":\"", "\"CreatedTime\":\"", "\"ImageSize\":", "\"ImageDeprecated\":", "\"Tags\":[", "\"ImportImageOsListSupported\":{", "\"ImportImageOsVersionSet\":[", "\"OsVersions\":[", "\"DryRunOperation\"", "\"RequestLimitExceeded\"", "\"InvalidImageName.Duplicate\"",
            "99999999999999999999", "4294967296", "-1", "1e400", "0.5", "null", "true", "[1]", "[]", "{}", "\"\"", "\"abc\""})
    @FuzzTest(maxDuration = "5m")
    void everyAnswerIsReadOrRefusedWithATypedError(byte[] input) {
        TARGET.check(input);
    }

    static Stream<Named<byte[]>> realAnswers() {
        List<Named<byte[]>> seeds = new ArrayList<>();
        try (FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start()) {
            seeds.addAll(FakeAnswers.of(TARGET, fake,
                    Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY)));
        }
        String requestId = "\"RequestId\":\"6ef60bec-0242-43af-bb20-270359fb54a7\"";
        seeds.add(written("a small page", TARGET, "list every image", json(200, "{\"Response\":{\"TotalCount\":2,"
                + "\"ImageSet\":[{\"ImageId\":\"img-1\",\"OsName\":\"CentOS 7.9 64位\",\"ImageName\":\"a\"},{}],\"RequestId\":\"r\"}}")));
        seeds.add(written("every documented field of an image", TARGET, "get " + IDS.get(0), json(200,
                "{\"Response\":{\"TotalCount\":1,\"ImageSet\":[" + FULL_IMAGE + "]," + requestId + "}}")));
        seeds.add(written("the cloud's error", TARGET, "list every image", json(200,
                "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"The provided credentials"
                        + " could not be validated.\"}," + requestId + "}}")));
        seeds.add(written("a dry run that would pass", TARGET, "import dry run", json(200, importOsList()), json(200,
                "{\"Response\":{\"Error\":{\"Code\":\"DryRunOperation\",\"Message\":\"DryRun Operation.\"}," + requestId + "}}")));
        seeds.add(written("throttled by the gateway until a date", TARGET, "list every image",
                withHeader(json(429, "{}"), "Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT")));
        seeds.add(written("an error page", TARGET, "get " + IDS.get(0), withHeader(json(502,
                "<html><body>bad gateway</body></html>"), "Content-Type", "text/html")));
        seeds.add(written("a cut answer", TARGET, "import OS support", withFlags(json(200, importOsList()),
                AnswerScript.TRUNCATED)));
        return seeds.stream();
    }

    /** The example of reference/tencent.md section 3.1, as the provider's own tests have it. */
    private static final String FULL_IMAGE = "{\"ImageId\":\"img-9qabwvbn\",\"OsName\":\"TencentOS Server 3.1 (TK4)\","
            + "\"ImageType\":\"PRIVATE_IMAGE\",\"CreatedTime\":\"2020-09-22T00:00:00+00:00\",\"ImageName\":\"golden-tk4\","
            + "\"ImageDescription\":\"base image\",\"ImageSize\":50,\"Architecture\":\"arm\",\"ImageState\":\"NORMAL\","
            + "\"Platform\":\"TencentOS\",\"ImageCreator\":\"100012345678\",\"ImageSource\":\"CREATE_IMAGE\","
            + "\"SyncPercent\":null,\"IsSupportCloudinit\":true,"
            + "\"SnapshotSet\":[{\"SnapshotId\":\"snap-1\",\"DiskUsage\":\"SYSTEM_DISK\",\"DiskSize\":50}],"
            + "\"Tags\":[{\"Key\":\"team\",\"Value\":\"infra\"},{\"Key\":\"env\",\"Value\":\"\"}],"
            + "\"LicenseType\":\"TencentCloud\",\"ImageFamily\":\"golden\",\"ImageDeprecated\":true,\"BootMode\":\"UEFI\","
            + "\"CdcCacheStatus\":\"CACHED\",\"Extra\":1}";

    /** Seed 000's DescribeImportImageOs answer, as the testkit ships it. */
    private static String importOsList() {
        try (InputStream in = FakeTencentCloud.class.getResourceAsStream("DescribeImportImageOs.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
