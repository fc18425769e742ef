package io.cloudimages.tencentlegacy.internal;

import io.cloudimages.core.signing.Digests;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The qcloud v2 signature (also API 3.0's "signature v1"), exactly as reference/tencent.md
 * section 2.1 gives it:
 *
 * <ol>
 *   <li>every parameter but {@code Signature}, with {@code _} in keys written {@code .};</li>
 *   <li>sorted by name in byte order, so upper-case common parameters come before lower-case v2
 *       ones ({@code Timestamp} before {@code imageIds.0});</li>
 *   <li>joined as {@code name=value} with {@code &}, the values raw, not URL-encoded;</li>
 *   <li>prefixed with the method, the host and the path, then {@code ?};</li>
 *   <li>Base64 of HmacSHA256 when {@code SignatureMethod=HmacSHA256}, otherwise HmacSHA1.</li>
 * </ol>
 * On the wire every value, the signature included, is URL-encoded exactly once.
 */
public final class LegacySigner {

    public static final String HMAC_SHA1 = "HmacSHA1";
    public static final String HMAC_SHA256 = "HmacSHA256";

    private LegacySigner() {
    }

    /** The parameters as signed and sent: {@code _} in keys becomes {@code .}, sorted by byte order. */
    static TreeMap<String, String> canonicalParameters(Map<String, String> parameters) {
        TreeMap<String, String> sorted = new TreeMap<>(LegacySigner::compareBytes);
        parameters.forEach((key, value) -> {
            if (!key.equals("Signature")) {
                sorted.put(key.replace('_', '.'), value);
            }
        });
        return sorted;
    }

    /** {@code GETcvm.api.qcloud.com/v2/index.php?Action=...&Nonce=...}. */
    static String plainText(String method, String host, String path, Map<String, String> parameters) {
        return method + host + path + "?" + canonicalParameters(parameters).entrySet().stream()
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining("&"));
    }

    /** The signature: HmacSHA256 when the parameters say so, HmacSHA1 otherwise. */
    public static String sign(String method, String host, String path, Map<String, String> parameters, String secretKey) {
        String algorithm = HMAC_SHA256.equals(parameters.get("SignatureMethod")) ? HMAC_SHA256 : HMAC_SHA1;
        return Digests.hmacBase64(algorithm, secretKey.getBytes(StandardCharsets.UTF_8),
                plainText(method, host, path, parameters));
    }

    /** Byte order of the UTF-8 text, as the SDKs' sorts give it (and for ASCII, as {@link String#compareTo}). */
    private static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            int d = Byte.toUnsignedInt(x[i]) - Byte.toUnsignedInt(y[i]);
            if (d != 0) {
                return d;
            }
        }
        return x.length - y.length;
    }
}
