package io.cloudimages.ucloud.internal;

import io.cloudimages.core.signing.Digests;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * UCloud's API signature (reference/ucloud.md section 1.1): every parameter but
 * {@code Signature}, {@code PublicKey} and a {@code SecurityToken} included, lists already
 * flattened to {@code Name.N}, sorted by name in byte order; each name followed by its value with
 * no separator; the private key appended; the lower-case hex SHA-1 of the UTF-8 bytes.
 *
 * <p>Values are written as they are sent: booleans {@code true}/{@code false}, whole numbers in
 * plain decimal, other numbers without trailing zeros or exponent ({@code 35.0} is {@code 35}).
 */
public final class UcloudSigner {

    private UcloudSigner() {
    }

    /** The text that is hashed, the private key last. */
    static String stringToSign(Map<String, ?> parameters, String privateKey) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("Signature") && value != null) {
                text.append(name).append(text(value));
            }
        });
        return text.append(privateKey).toString();
    }

    public static String sign(Map<String, ?> parameters, String privateKey) {
        return Digests.sha1Hex(stringToSign(parameters, privateKey));
    }

    /** A value as it is signed, and as a form body sends it. */
    public static String text(Object value) {
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof String) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        throw new IllegalArgumentException("UCloud parameters are text, numbers or true/false, not " + value.getClass());
    }
}
