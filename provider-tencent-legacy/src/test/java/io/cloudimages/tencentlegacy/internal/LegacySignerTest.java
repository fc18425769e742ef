package io.cloudimages.tencentlegacy.internal;

import io.cloudimages.core.signing.Digests;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pinned by the published vectors of reference/tencent.md section 2.2. */
class LegacySignerTest {

    private static final String LEGACY_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
    private static final String LEGACY_KEY = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";

    private static Map<String, String> legacy(String signatureMethod) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Action", "DescribeInstances");
        parameters.put("InstanceIds.0", "ins-09dx96dg");
        parameters.put("Nonce", "11886");
        parameters.put("Region", "ap-guangzhou");
        parameters.put("SecretId", LEGACY_ID);
        parameters.put("SignatureMethod", signatureMethod);
        parameters.put("Timestamp", "1465185768");
        return parameters;
    }

    @Test
    void legacyVector_hmacSha256() {
        Map<String, String> parameters = legacy("HmacSHA256");

        assertThat(LegacySigner.plainText("GET", "cvm.api.qcloud.com", "/v2/index.php", parameters))
                .isEqualTo("GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg"
                        + "&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"
                        + "&SignatureMethod=HmacSHA256&Timestamp=1465185768");
        assertThat(LegacySigner.sign("GET", "cvm.api.qcloud.com", "/v2/index.php", parameters, LEGACY_KEY))
                .isEqualTo("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
    }

    @Test
    void legacyVector_hmacSha1() {
        assertThat(LegacySigner.sign("GET", "cvm.api.qcloud.com", "/v2/index.php", legacy("HmacSHA1"), LEGACY_KEY))
                .isEqualTo("nPVnY6njQmwQ8ciqbPl5Qe+Oru4=");
    }

    @Test
    void api3SignatureV1Vector_hmacSha1WithoutASignatureMethod() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Action", "DescribeInstances");
        parameters.put("InstanceIds.0", "ins-09dx96dg");
        parameters.put("Limit", "20");
        parameters.put("Nonce", "11886");
        parameters.put("Offset", "0");
        parameters.put("Region", "ap-guangzhou");
        parameters.put("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
        parameters.put("Timestamp", "1465185768");
        parameters.put("Version", "2017-03-12");

        assertThat(LegacySigner.plainText("GET", "cvm.tencentcloudapi.com", "/", parameters)).isEqualTo(
                "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886"
                        + "&Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
                        + "&Timestamp=1465185768&Version=2017-03-12");
        assertThat(LegacySigner.sign("GET", "cvm.tencentcloudapi.com", "/", parameters, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"))
                .isEqualTo("EliP9YW3pW28FpsEdkXt/+WcGeI=");
        String plain = LegacySigner.plainText("GET", "cvm.tencentcloudapi.com", "/", parameters);
        assertThat(Digests.hmacBase64("HmacSHA256", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE".getBytes(StandardCharsets.UTF_8), plain))
                .isEqualTo("bR/zQ3QqOmcEYeRv71IzG/NxfisUDgy9cqRMQC+UB5g=");
        parameters.put("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******");
        assertThat(LegacySigner.sign("GET", "cvm.tencentcloudapi.com", "/", parameters, "Gu5t9xGARNpq86cd98joQYCN3*******"))
                .isEqualTo("zmmjn35mikh6pM3V7sUEuX4wyYM=");
    }

    @Test
    void lowerCaseV2ParametersSortAfterTheCommonOnes() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Action", "DescribeInstances");
        parameters.put("Nonce", "11886");
        parameters.put("Region", "gz");
        parameters.put("SecretId", LEGACY_ID);
        parameters.put("Timestamp", "1465185768");
        parameters.put("instanceIds.0", "ins-09dx96dg");
        parameters.put("limit", "20");
        parameters.put("offset", "0");

        String plain = LegacySigner.plainText("GET", "cvm.api.qcloud.com", "/v2/index.php", parameters);

        assertThat(plain).isEqualTo("GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886&Region=gz"
                + "&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp=1465185768&instanceIds.0=ins-09dx96dg"
                + "&limit=20&offset=0");
        assertThat(LegacySigner.sign("GET", "cvm.api.qcloud.com", "/v2/index.php", parameters, LEGACY_KEY))
                .isEqualTo("NSI3UqqD99b/UJb4tbG/xZpRW64=");
        assertThat(Digests.hmacBase64("HmacSHA256", LEGACY_KEY.getBytes(StandardCharsets.UTF_8), plain))
                .isEqualTo("0Fe1ft4kVgMutEqdpnlULUPTP7hCEy7mB1/JUTGo+Kg=");
    }

    @Test
    void underscoresInKeysAreWrittenAsDotsAndValuesAreLeftAlone() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Placement_Zone", "CN_GUANGZHOU");
        parameters.put("Signature", "ignored");

        assertThat(LegacySigner.plainText("POST", "h", "/p", parameters)).isEqualTo("POSTh/p?Placement.Zone=CN_GUANGZHOU");
    }
}
