package io.cloudimages.testkit.tencent;

import io.cloudimages.core.signing.Digests;
import io.cloudimages.testkit.RecordedRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's own check of a TC3-HMAC-SHA256 signature, recomputed from the request exactly as
 * received (the raw body bytes and header values), the way the cloud does; it shares no code with
 * the provider's signer.
 */
final class Tc3Verifier {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "TC3-HMAC-SHA256 Credential=([^/\\s]+)/(\\d{4}-\\d{2}-\\d{2})/([^/\\s]+)/tc3_request,"
                    + " SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
    private static final long MAX_SKEW_SECONDS = 300;

    /** Why a request was refused: the cloud's error code and message. */
    record Refusal(String code, String message) {
    }

    private Tc3Verifier() {
    }

    /**
     * @param secrets    SecretId to SecretKey
     * @param tokens     SecretId to the token its temporary key requires (absent for permanent keys)
     * @return the refusal, or empty when the signature is right
     */
    static Optional<Refusal> verify(RecordedRequest request, Map<String, String> secrets, Map<String, String> tokens, Instant now) {
        Matcher auth = AUTHORIZATION.matcher(request.header("authorization").orElse(""));
        if (!auth.matches()) {
            return refuse("AuthFailure.InvalidAuthorization", "The Authorization header is missing or malformed.");
        }
        String secretId = auth.group(1);
        String secretKey = secrets.get(secretId);
        if (secretKey == null) {
            return refuse("AuthFailure.SecretIdNotFound", "The SecretId is not found, please ensure that your SecretId is correct.");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(request.header("x-tc-timestamp").orElse(""));
        } catch (NumberFormatException e) {
            return refuse("AuthFailure.InvalidAuthorization", "X-TC-Timestamp is missing or not a number.");
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > MAX_SKEW_SECONDS) {
            return refuse("AuthFailure.SignatureExpire", "Signature expired. Timestamp and server time cannot differ by more than 5 minutes.");
        }
        String expectedToken = tokens.get(secretId);
        String sentToken = request.header("x-tc-token").orElse(null);
        if (expectedToken != null ? !expectedToken.equals(sentToken) : sentToken != null) {
            return refuse("AuthFailure.TokenFailure", "The token is invalid or expired.");
        }
        String date = Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString();
        String signedHeaders = auth.group(4);
        if (!auth.group(2).equals(date) || !auth.group(3).equals("cvm")
                || !(";" + signedHeaders + ";").contains(";content-type;") || !(";" + signedHeaders + ";").contains(";host;")) {
            return refuse("AuthFailure.SignatureFailure", "The provided credentials could not be validated.");
        }
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n').append("/\n")
                .append(request.uri().getRawQuery() == null ? "" : request.uri().getRawQuery()).append('\n');
        for (String name : signedHeaders.split(";")) {
            Optional<String> value = request.header(name);
            if (value.isEmpty()) {
                return refuse("AuthFailure.SignatureFailure", "A signed header was not sent.");
            }
            canonical.append(name).append(':').append(value.get().trim().toLowerCase(java.util.Locale.ROOT)).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(Digests.sha256Hex(request.body()));
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date + "/cvm/tc3_request\n"
                + Digests.sha256Hex(canonical.toString());
        byte[] key = Digests.hmacSha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = Digests.hmacSha256(key, "cvm");
        key = Digests.hmacSha256(key, "tc3_request");
        if (!Digests.hmacSha256Hex(key, stringToSign).equals(auth.group(5))) {
            return refuse("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct.");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
