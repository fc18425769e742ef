package io.cloudimages.benchmarks;

import io.cloudimages.tencentlegacy.internal.LegacySigner;
import io.cloudimages.tencentv3.internal.Tc3Signer;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import io.cloudimages.ucloud.internal.UcloudSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Signing alone: what each provider's signer costs for one DescribeImages request of a page of
 * 100 private images, with the parameters the provider really sends, signed with the fakes'
 * test keys (about as long as real ones).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigningBenchmark {

    @Param({"tencent-v3", "tencent-legacy", "ucloud"})
    public String provider;

    private Tc3Signer.Request tc3;
    private Map<String, String> legacy;
    private Map<String, Object> ucloud;

    @Setup
    public void prepare() {
        long now = 1_700_000_000L;
        byte[] body = "{\"Filters\":[{\"Name\":\"image-type\",\"Values\":[\"PRIVATE_IMAGE\"]}],\"Offset\":0,\"Limit\":100}"
                .getBytes(StandardCharsets.UTF_8);
        tc3 = new Tc3Signer.Request("POST", "", Map.of("content-type", "application/json; charset=utf-8",
                "host", "cvm.tencentcloudapi.com"), body, "cvm", now);
        legacy = new LinkedHashMap<>();
        legacy.put("Action", "DescribeImages");
        legacy.put("Region", "gz");
        legacy.put("Timestamp", Long.toString(now));
        legacy.put("Nonce", "48271");
        legacy.put("SecretId", FakeQcloudLegacy.TEST_SECRET_ID);
        legacy.put("SignatureMethod", "HmacSHA1");
        legacy.put("imageType", "1");
        legacy.put("offset", "0");
        legacy.put("limit", "100");
        ucloud = new LinkedHashMap<>();
        ucloud.put("Action", "DescribeImage");
        ucloud.put("Region", "cn-bj2");
        ucloud.put("ImageType", "Custom");
        ucloud.put("Offset", 0);
        ucloud.put("Limit", 100);
        ucloud.put("PublicKey", FakeUcloud.TEST_PUBLIC_KEY);
    }

    @Benchmark
    public String sign() {
        return switch (provider) {
            case "tencent-v3" -> Tc3Signer.authorization(tc3, FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY);
            case "tencent-legacy" -> LegacySigner.sign("POST", "image.api.qcloud.com", "/v2/index.php", legacy,
                    FakeQcloudLegacy.TEST_SECRET_KEY);
            case "ucloud" -> UcloudSigner.sign(ucloud, FakeUcloud.TEST_PRIVATE_KEY);
            default -> throw new IllegalStateException(provider);
        };
    }
}
