package io.cloudimages.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.Credentials;
import io.cloudimages.fuzz.AnswerTarget.Operation;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.cloudimages.fuzz.FakeAnswers.json;
import static io.cloudimages.fuzz.FakeAnswers.withFlags;
import static io.cloudimages.fuzz.FakeAnswers.withHeader;
import static io.cloudimages.fuzz.FakeAnswers.written;

/**
 * ucloud reads whatever the cloud answers to DescribeImage and ImportCustomImage into the neutral
 * model, or refuses it with a typed error, in bounded time; see {@link AnswerTarget} for what is
 * checked. Listings ask for prices, so that answers carry {@code PriceSet}.
 *
 * <p>A longer run: see the README's "Fuzzing" section. Findings land in
 * {@code src/test/resources/io/cloudimages/fuzz/UcloudAnswersFuzzTestInputs/everyAnswerIsReadOrRefusedWithATypedError/}
 * and run with every build from then on.
 */
class UcloudAnswersFuzzTest {

    /** The fake's catalogue, so that the seeds' lookups find something. */
    private static final List<String> IDS = FakeUcloud.withDefaultCatalogue().imageIds();

    private static final ImportImageRequest.Builder IMPORT = ImportImageRequest.builder()
            .imageUrl("https://fuzz.cn-bj.ufileos.com/images/fuzz.qcow2")
            .name("fuzz-import").osName("CentOS").osVersion("7").architecture(Architecture.X86_64);

    /** The order is part of the inputs' format (their first byte picks one): add at the end only. */
    static final AnswerTarget TARGET = new AnswerTarget("ucloud", FakeUcloud.REGION,
            Credentials.of("fuzz@example.com00000000000000000000000001", "fuzzprivatekey00000000000000000000000001"),
            Map.of("prices", "true"),
            List.of(
                    Operation.listing("list every image", ImageQuery.builder().includeDeprecated(true).pageSize(10).build()),
                    Operation.listing("list the default query", ImageQuery.builder().pageSize(10).build()),
                    Operation.listing("list twelve ids", ImageQuery.builder().ids(IDS.subList(0, 12)).includeDeprecated(true)
                            .pageSize(10).build()),
                    Operation.firstPage("first page", ImageQuery.builder().includeDeprecated(true).pageSize(10).build()),
                    Operation.get(IDS.get(0)),
                    Operation.importImage("import dry run", IMPORT.dryRun(true).build()),
                    Operation.importImage("import", IMPORT.dryRun(false).build())),
            UcloudAnswersFuzzTest::saysItFailed);

    /** UCloud's {@code RetCode} is 0 for success and any other number for an error. */
    static boolean saysItFailed(JsonNode body) {
        return AnswerTarget.nonZeroWholeNumber(body.get("RetCode"));
    }

    @MethodSource("realAnswers")
    @DictionaryEntries({"\"RetCode\":", "\"Message\":\"", "\"TotalCount\":", "\"ImageSet\":[", "\"ImageId\":\"", "\"ImageName\":\"", "\"OsName\":\"", "\"OsType\":\"", "\"ImageType\":\"", "\"Features\":[", "\"PriceSet\":[", "\"Price\":", "\"OriginalPrice\":", "\"CreateTime\":", "\"ImageSize\":", "\"Custom\"",
            "99999999999999999999", "4294967296", "-1", "1e400", "0.5", "null", "true", "[1]", "[]", "{}", "\"\"", "\"abc\""})
    @FuzzTest(maxDuration = "5m")
    void everyAnswerIsReadOrRefusedWithATypedError(byte[] input) {
        TARGET.check(input);
    }

    static Stream<Named<byte[]>> realAnswers() {
        List<Named<byte[]>> seeds = new ArrayList<>();
        try (FakeUcloud fake = FakeUcloud.withDefaultCatalogue().start()) {
            seeds.addAll(FakeAnswers.of(TARGET, fake, Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY)));
        }
        String requestId = "7b9e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b";
        seeds.add(written("a small page", TARGET, "list every image", json(200, "{\"RetCode\":0,\"TotalCount\":2,"
                + "\"ImageSet\":[{\"ImageId\":\"uimage-1\",\"OsName\":\"CentOS 7.9 64位\",\"CreateTime\":1700000000,"
                + "\"PriceSet\":[{\"ChargeType\":\"Month\",\"Price\":1}]},{}]}")));
        seeds.add(written("every documented field of an image", TARGET, "get " + IDS.get(0), withHeader(json(200,
                "{\"Action\":\"DescribeImageResponse\",\"RetCode\":0,\"TotalCount\":1,\"ImageSet\":[" + FULL_IMAGE + "]}"),
                AnswerScript.UCLOUD_REQUEST_ID, requestId)));
        seeds.add(written("a code written as text", TARGET, "first page", json(200,
                "{\"Action\":\"DescribeImageResponse\",\"RetCode\":\"0\",\"TotalCount\":1,\"ImageSet\":[" + FULL_IMAGE + "]}")));
        seeds.add(written("the cloud's error", TARGET, "list every image", withHeader(json(200,
                "{\"Action\":\"DescribeImageResponse\",\"RetCode\":171,\"Message\":\"Signature VerifyAC Error\"}"),
                AnswerScript.UCLOUD_REQUEST_ID, requestId)));
        seeds.add(written("throttled", TARGET, "import", json(200,
                "{\"Action\":\"DescribeImageResponse\",\"RetCode\":0,\"TotalCount\":0,\"ImageSet\":[]}"), json(200,
                "{\"Action\":\"ImportCustomImageResponse\",\"RetCode\":153,\"Message\":\"API rate limit exceeded\"}")));
        seeds.add(written("an import whose answer is cut", TARGET, "import", json(200,
                "{\"Action\":\"DescribeImageResponse\",\"RetCode\":0,\"TotalCount\":0,\"ImageSet\":[]}"), withFlags(json(200,
                "{\"Action\":\"ImportCustomImageResponse\",\"RetCode\":0,\"ImageId\":\"uimage-fuzz01\"}"),
                AnswerScript.TRUNCATED)));
        return seeds.stream();
    }

    /** The example of seed 004, as the provider's own tests have it. */
    private static final String FULL_IMAGE = "{\"Zone\":\"cn-bj2-02\",\"ImageId\":\"uimage-abc123\",\"ImageName\":"
            + "\"Stable Diffusion\",\"OsType\":\"Linux\",\"OsName\":\"Ubuntu 20.04 64位\",\"ImageType\":\"Business\","
            + "\"Features\":[\"CloudInit\",\"GPU\",\"IPv6\",\"Aarch64_Type\"],\"FuncType\":\"gpu\",\"IntegratedSoftware\":"
            + "\"SD WebUI\",\"Vendor\":\"Example\",\"Links\":\"https://example.com\",\"State\":\"Available\","
            + "\"ImageDescription\":\"AI painting\",\"CreateTime\":1700000000,\"ImageSize\":40,\"MinimalCPU\":\"Broadwell\","
            + "\"MaintainEol\":\"2025/04/30\",\"DataSnapshotIds\":[\"snap-1\"],\"SupportedGPUTypes\":[\"T4\",\"V100\"],"
            + "\"SceneCategories\":[\"AIPainting\"],\"PrimarySoftware\":\"SD\",\"PriceSet\":[{\"ChargeType\":\"Month\","
            + "\"Price\":12.5,\"OriginalPrice\":25.0}],\"Tag\":\"ai\"}";
}
