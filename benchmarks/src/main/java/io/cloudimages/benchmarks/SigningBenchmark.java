package io.cloudimages.benchmarks;

import io.cloudimages.tencentlegacy.internal.LegacySigner;
import io.cloudimages.tencentv3.internal.Tc3Signer;
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
 * 100 private images, with the parameters the provider really sends.
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
        legacy.put("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
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
        ucloud.put("PublicKey", "ucloudsomeone@example.com1296235120854146120");
    }

    @Benchmark
    public String sign() {
        return switch (provider) {
            case "tencent-v3" -> Tc3Signer.authorization(tc3, "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                    "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
            case "tencent-legacy" -> LegacySigner.sign("POST", "image.api.qcloud.com", "/v2/index.php", legacy,
                    "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
            case "ucloud" -> UcloudSigner.sign(ucloud, "46f09bb9fab4f12dfc160dae12273d5332b5debe");
            default -> throw new IllegalStateException(provider);
        };
    }
}
