package io.cloudimages.tencentv3.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pinned by the published vectors of reference/tencent.md section 1.3 and its appendix. */
class Tc3SignerTest {

    private static final String EXAMPLE_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private static final String EXAMPLE_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    // these are the exact bytes: "\u672a" is six ASCII characters, not the decoded text
    private static final byte[] VECTOR_PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
                    .getBytes(StandardCharsets.UTF_8);

    private static Tc3Signer.Request vector(String contentType, boolean signAction) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Host", "cvm.tencentcloudapi.com");
        if (signAction) {
            headers.put("X-TC-Action", "DescribeInstances");
        }
        return new Tc3Signer.Request("POST", "", headers, VECTOR_PAYLOAD, "cvm", 1551113065L);
    }

    @Test
    void vectorA_theOlderDocRevisionSigningContentTypeAndHost() {
        Tc3Signer.Request request = vector("application/json; charset=utf-8", false);

        assertThat(Tc3Signer.canonicalRequest(request)).endsWith("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(Tc3Signer.stringToSign(request))
                .isEqualTo("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                        + "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        assertThat(Tc3Signer.authorization(request, EXAMPLE_ID, EXAMPLE_KEY)).isEqualTo("TC3-HMAC-SHA256 Credential="
                + "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host,"
                + " Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }

    @Test
    void vectorA_withoutTheCharsetSignsDifferentlySoTheSentContentTypeMustBeTheSignedOne() {
        assertThat(Tc3Signer.signature(vector("application/json", false), EXAMPLE_KEY))
                .isEqualTo("683bd0b53659853c39699162253251192320a09b3937e27bf8e08a559b1465b8");
    }

    @Test
    void vectorB_theCurrentDocRevisionAlsoSigningTheActionWithItsValueLowerCased() {
        Tc3Signer.Request request = vector("application/json; charset=utf-8", true);

        assertThat(Tc3Signer.canonicalRequest(request))
                .contains("host:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n");
        assertThat(Tc3Signer.stringToSign(request))
                .endsWith("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
        assertThat(Tc3Signer.signature(request, "*".repeat(32)))
                .isEqualTo("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
        assertThat(Tc3Signer.authorization(request, "AKID" + "*".repeat(32), "*".repeat(32)))
                .contains("SignedHeaders=content-type;host;x-tc-action,");
    }

    @Test
    void vectorB_withTheExampleKey() {
        assertThat(Tc3Signer.signature(vector("application/json; charset=utf-8", true), EXAMPLE_KEY))
                .isEqualTo("644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26");
    }

    @Test
    void tecoCoreVector_postOfAnEmptyObject() {
        Tc3Signer.Request request = new Tc3Signer.Request("POST", "",
                Map.of("content-type", "application/json", "host", "cvm.tencentcloudapi.com"),
                "{}".getBytes(StandardCharsets.UTF_8), "cvm", 1_000_000_000L);

        assertThat(Tc3Signer.signature(request, "MY_TC_SECRET_KEY"))
                .isEqualTo("2c0b761dcdeacac29ac9d135f9f22b0fa52d4536d8b7727a8a515935c47eaea7");
    }

    @Test
    void tecoCoreVector_getWithAQueryString() {
        Tc3Signer.Request request = new Tc3Signer.Request("GET", "InstanceIds.0=ins-000000&InstanceIds.1=ins-000001",
                Map.of("content-type", "application/x-www-form-urlencoded", "host", "cvm.tencentcloudapi.com"),
                new byte[0], "cvm", 1_000_000_000L);

        assertThat(Tc3Signer.signature(request, "MY_TC_SECRET_KEY"))
                .isEqualTo("a4315b91798a181a6e5fb0353590040a399edad4a003ef5688d71fb34366c471");
    }

    @Test
    void theScopeDateIsTheUtcDateJustAfterAndJustBeforeMidnight() {
        long justAfter = Instant.parse("2024-03-01T00:00:05Z").getEpochSecond();
        long justBefore = Instant.parse("2024-02-29T23:59:59Z").getEpochSecond();

        assertThat(Tc3Signer.date(justAfter)).isEqualTo("2024-03-01");
        assertThat(Tc3Signer.date(justBefore)).isEqualTo("2024-02-29");
    }

    @Test
    void aTimestampJustAfterMidnightUtcSignsWithThatDaysKey() {
        long justAfter = Instant.parse("2024-03-01T00:00:05Z").getEpochSecond();
        Tc3Signer.Request request = new Tc3Signer.Request("POST", "",
                Map.of("content-type", "application/json", "host", "cvm.tencentcloudapi.com"), "{}".getBytes(), "cvm", justAfter);

        assertThat(Tc3Signer.authorization(request, "AKID", "key")).contains("/2024-03-01/cvm/tc3_request,");
    }
}
