package io.cloudimages.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.Credentials;
import io.cloudimages.fuzz.AnswerTarget.Operation;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.cloudimages.fuzz.FakeAnswers.json;
import static io.cloudimages.fuzz.FakeAnswers.withFlags;
import static io.cloudimages.fuzz.FakeAnswers.written;

/**
 * tencent-legacy (qcloud v2) reads whatever the cloud answers to DescribeImages into the neutral
 * model, or refuses it with a typed error, in bounded time; see {@link AnswerTarget} for what is
 * checked.
 *
 * <p>A longer run: see the README's "Fuzzing" section. Findings land in
 * {@code src/test/resources/io/cloudimages/fuzz/TencentLegacyAnswersFuzzTestInputs/everyAnswerIsReadOrRefusedWithATypedError/}
 * and run with every build from then on.
 */
class TencentLegacyAnswersFuzzTest {

    /** The fake's catalogue, so that the seeds' lookups find something. */
    private static final List<String> IDS = FakeQcloudLegacy.withSeedCatalogue().imageIds();

    /** The order is part of the inputs' format (their first byte picks one): add at the end only. */
    static final AnswerTarget TARGET = new AnswerTarget("tencent-legacy", "ap-guangzhou",
            Credentials.of("AKIDfuzz0000000000000000000000000002", "fuzzSecretKey00000000000000000002"), Map.of(),
            List.of(
                    Operation.listing("list every image", ImageQuery.builder().includeDeprecated(true).pageSize(10).build()),
                    Operation.listing("list the default query", ImageQuery.builder().pageSize(10).build()),
                    Operation.listing("list twelve ids", ImageQuery.builder().ids(IDS.subList(IDS.size() - 12, IDS.size()))
                            .includeDeprecated(true).pageSize(10).build()),
                    Operation.firstPage("first page", ImageQuery.builder().includeDeprecated(true).pageSize(10).build()),
                    Operation.get("img-pr1vat01")),
            TencentLegacyAnswersFuzzTest::saysItFailed);

    /** A v2 answer's {@code code} is 0 for success and any other number for an error. */
    static boolean saysItFailed(JsonNode body) {
        return AnswerTarget.nonZeroWholeNumber(body.get("code"));
    }

    @MethodSource("realAnswers")
    @DictionaryEntries({"\"code\":", "\"message\":\"", "\"totalCount\":", "\"imageSet\":[", "\"unImgId\":\"", "\"imageName\":\"", "\"osName\":\"", "\"imageType\":", "\"createTime\":\"", "\"status\":", "\"createor\":\"",
            "99999999999999999999", "4294967296", "-1", "1e400", "0.5", "null", "true", "[1]", "[]", "{}", "\"\"", "\"abc\""})
    @FuzzTest(maxDuration = "5m")
    void everyAnswerIsReadOrRefusedWithATypedError(byte[] input) {
        TARGET.check(input);
    }

    static Stream<Named<byte[]>> realAnswers() {
        List<Named<byte[]>> seeds = new ArrayList<>();
        try (FakeQcloudLegacy fake = FakeQcloudLegacy.withSeedCatalogue().start()) {
            seeds.addAll(FakeAnswers.of(TARGET, fake,
                    Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY)));
        }
        seeds.add(written("a small page", TARGET, "list every image", json(200, "{\"code\":0,\"totalCount\":2,"
                + "\"imageSet\":[{\"unImgId\":\"img-1\",\"osName\":\"CentOS 7.9 64位\",\"createTime\":\"2014-09-27 10:11:00\"},{}]}")));
        seeds.add(written("seed 003's example", TARGET, "list every image", json(200,
                "{\"code\":0,\"message\":\"\",\"totalCount\":1,\"imageSet\":[{\"unImgId\":\"img-1234test\",\"imageName\":"
                        + "\"test\",\"imageDescription\":\"test\",\"osName\":\"Ubuntu 12.04 64bit\",\"imageType\":1,"
                        + "\"createTime\":\"2014-09-27 10:11:00\",\"createor\":\"1000\",\"status\":2}]}")));
        seeds.add(written("the cloud's error", TARGET, "get img-pr1vat01", json(200,
                "{\"code\":4100,\"message\":\"authorization failed\",\"codeDesc\":\"AuthFailure\"}")));
        seeds.add(written("a code written as text", TARGET, "first page", json(200,
                "{\"code\":\"0\",\"message\":\"\",\"totalCount\":0,\"imageSet\":[]}")));
        seeds.add(written("a dropped connection", TARGET, "list the default query", withFlags(json(200, "{}"),
                AnswerScript.DROPPED)));
        return seeds.stream();
    }
}
