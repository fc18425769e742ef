package io.cloudimages.tencentv3.internal;

import io.cloudimages.core.signing.Digests;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * TC3-HMAC-SHA256, Tencent Cloud API 3.0's signature, exactly as
 * https://cloud.tencent.com/document/api/213/30654 defines it (reference/tencent.md section 1.1):
 *
 * <ol>
 *   <li>canonical request: method, "/", query (empty for POST), the signed headers as
 *       {@code name:value\n} with name and value lower-cased and trimmed, sorted by name, the
 *       signed header names joined by ";", and the hex SHA-256 of the exact body bytes;</li>
 *   <li>string to sign: "TC3-HMAC-SHA256", the timestamp, the credential scope
 *       {@code <UTC date>/<service>/tc3_request}, the hex SHA-256 of the canonical request;</li>
 *   <li>key: HMAC chain "TC3"+secret, date, service, "tc3_request"; signature: hex HMAC.</li>
 * </ol>
 *
 * The credential scope's date is the UTC date of the timestamp, never a local date.
 */
public final class Tc3Signer {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final DateTimeFormatter UTC_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Tc3Signer() {
    }

    /**
     * What is signed.
     *
     * @param method         {@code POST} or {@code GET}
     * @param canonicalQuery the query string as sent (empty for POST)
     * @param signedHeaders  header names to the values sent; must include content-type and host
     * @param payload        the exact body bytes
     * @param service        the credential scope's service, {@code cvm}
     * @param timestamp      the {@code X-TC-Timestamp} value
     */
    public record Request(String method, String canonicalQuery, Map<String, String> signedHeaders, byte[] payload,
                          String service, long timestamp) {
    }

    /** The value of the {@code Authorization} header. */
    public static String authorization(Request request, String secretId, String secretKey) {
        return ALGORITHM + " Credential=" + secretId + "/" + credentialScope(request)
                + ", SignedHeaders=" + signedHeaderNames(request) + ", Signature=" + signature(request, secretKey);
    }

    static String signature(Request request, String secretKey) {
        String date = date(request.timestamp());
        byte[] secretDate = Digests.hmacSha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = Digests.hmacSha256(secretDate, request.service());
        byte[] secretSigning = Digests.hmacSha256(secretService, "tc3_request");
        return Digests.hmacSha256Hex(secretSigning, stringToSign(request));
    }

    static String stringToSign(Request request) {
        return ALGORITHM + "\n" + request.timestamp() + "\n" + credentialScope(request) + "\n"
                + Digests.sha256Hex(canonicalRequest(request));
    }

    static String canonicalRequest(Request request) {
        Map<String, String> headers = canonicalHeaders(request);
        String canonicalHeaders = headers.entrySet().stream()
                .map(h -> h.getKey() + ":" + h.getValue() + "\n")
                .collect(Collectors.joining());
        return request.method().toUpperCase(Locale.ROOT) + "\n/\n" + request.canonicalQuery() + "\n" + canonicalHeaders
                + "\n" + String.join(";", headers.keySet()) + "\n" + Digests.sha256Hex(request.payload());
    }

    static String credentialScope(Request request) {
        return date(request.timestamp()) + "/" + request.service() + "/tc3_request";
    }

    static String date(long timestamp) {
        return UTC_DATE.format(Instant.ofEpochSecond(timestamp));
    }

    private static String signedHeaderNames(Request request) {
        return String.join(";", canonicalHeaders(request).keySet());
    }

    private static Map<String, String> canonicalHeaders(Request request) {
        Map<String, String> sorted = new TreeMap<>();
        request.signedHeaders().forEach((name, value) ->
                sorted.put(name.strip().toLowerCase(Locale.ROOT), value.strip().toLowerCase(Locale.ROOT)));
        if (!sorted.containsKey("content-type") || !sorted.containsKey("host")) {
            throw new IllegalArgumentException("TC3 requires content-type and host among the signed headers");
        }
        return sorted;
    }
}
