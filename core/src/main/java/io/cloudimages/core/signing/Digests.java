package io.cloudimages.core.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/** The hashes and MACs the clouds' signatures are built from; hex output is lower case. */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();

    private Digests() {
    }

    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(digest("SHA-256", bytes));
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha1Hex(String text) {
        return HEX.formatHex(digest("SHA-1", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** HMAC-SHA256 of UTF-8 text. */
    public static byte[] hmacSha256(byte[] key, String message) {
        return hmac("HmacSHA256", key, message);
    }

    public static String hmacSha256Hex(byte[] key, String message) {
        return HEX.formatHex(hmacSha256(key, message));
    }

    /** Base64 of an HMAC ({@code HmacSHA1} or {@code HmacSHA256}) of UTF-8 text. */
    public static String hmacBase64(String algorithm, byte[] key, String message) {
        return Base64.getEncoder().encodeToString(hmac(algorithm, key, message));
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(String algorithm, byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }
}
