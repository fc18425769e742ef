package io.cloudimages;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.internal.Text;

import java.util.Objects;

/**
 * A cloud API key pair, with an optional temporary-credentials token and, for clouds whose keys
 * work within a project (UCloud), a project id.
 *
 * <p>{@link #toString()} never shows the secret or the token, and shows only the ends of the key
 * id, so a credentials object can be logged by mistake without leaking anything.
 *
 * <p>Every field must be printable ASCII, as the clouds issue them: a line break or a character
 * beyond ASCII is refused here, by the field's name alone, because the JDK's HTTP client refuses
 * such a header value by quoting it whole, {@code Authorization} and {@code X-TC-Token} included.
 */
public final class Credentials {

    private final String accessKeyId;
    private final String secretKey;
    private final String sessionToken;
    private final String projectId;

    private Credentials(String accessKeyId, String secretKey, String sessionToken, String projectId) {
        this.accessKeyId = requireText(accessKeyId, "access key id");
        this.secretKey = requireText(secretKey, "secret key");
        this.sessionToken = Text.blankToNull(requirePrintable(sessionToken, "session token"));
        this.projectId = Text.blankToNull(requirePrintable(projectId, "project id"));
    }

    /** Long-lived keys: Tencent's SecretId and SecretKey, UCloud's PublicKey and PrivateKey. */
    public static Credentials of(String accessKeyId, String secretKey) {
        return new Credentials(accessKeyId, secretKey, null, null);
    }

    /** Temporary keys with their token (Tencent's {@code X-TC-Token}, UCloud's {@code SecurityToken}). */
    public static Credentials of(String accessKeyId, String secretKey, String sessionToken) {
        return new Credentials(accessKeyId, secretKey, sessionToken, null);
    }

    /** The same keys, scoped to a project (UCloud's {@code ProjectId}). */
    public Credentials withProjectId(String projectId) {
        return new Credentials(accessKeyId, secretKey, sessionToken, projectId);
    }

    /** The key id; not secret, but identifies the account. */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** The secret. Hand it only to a signer. */
    public String secretKey() {
        return secretKey;
    }

    /** The temporary-credentials token, or null. */
    public String sessionToken() {
        return sessionToken;
    }

    /** The project the keys work in, or null when the cloud has no such notion or none was given. */
    public String projectId() {
        return projectId;
    }

    /** The key id with all but its first four and last four characters hidden. */
    public String maskedAccessKeyId() {
        if (accessKeyId.length() <= 8) {
            return "****";
        }
        return accessKeyId.substring(0, 4) + "****" + accessKeyId.substring(accessKeyId.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials other
                && accessKeyId.equals(other.accessKeyId)
                && secretKey.equals(other.secretKey)
                && Objects.equals(sessionToken, other.sessionToken)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, secretKey, sessionToken, projectId);
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + maskedAccessKeyId() + ", secretKey=****"
                + (sessionToken == null ? "" : ", sessionToken=****")
                + (projectId == null ? "" : ", projectId=" + projectId) + "]";
    }

    private static String requireText(String value, String what) {
        requirePrintable(value, what);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("the " + what + " is missing or blank", ErrorContext.none());
        }
        if (!value.equals(value.strip())) {
            // the clouds reject keys with surrounding blanks with a confusing "key not found"
            throw new InvalidRequestException("the " + what + " has blanks around it; remove them", ErrorContext.none());
        }
        return value;
    }

    /** The messages name the field only: any character of a key, even a stray one, would leak part of it. */
    private static String requirePrintable(String value, String what) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidRequestException("the " + what + " contains a control character (a line break?); remove it",
                        ErrorContext.none());
            }
            if (c > '~') {
                throw new InvalidRequestException("the " + what + " contains a character that is not ASCII; the clouds'"
                        + " keys, tokens and project ids are ASCII, so copy it again from the console", ErrorContext.none());
            }
        }
        return value;
    }
}
