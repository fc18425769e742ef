package io.cloudimages.exception;

import java.io.Serializable;

/**
 * Where an error happened and what the cloud said about it. Every field may be null: an error
 * found before anything was sent has no error code and no request id.
 *
 * @param provider  the provider id, for example {@code tencent-v3}
 * @param action    the cloud action, for example {@code ImportImage}
 * @param errorCode the cloud's error code exactly as it sent it, for example
 *                  {@code InvalidImageName.Duplicate} or {@code 153}
 * @param requestId the cloud's id for the request, which its support needs to find it
 */
public record ErrorContext(String provider, String action, String errorCode, String requestId) implements Serializable {

    private static final ErrorContext NONE = new ErrorContext(null, null, null, null);
    /** What is kept of a code or request id; a cloud's answer may be of any length. */
    static final int MAX_CLOUD_TEXT = 200;

    /** Blank codes and request ids are none; longer than {@value #MAX_CLOUD_TEXT} characters they are cut. */
    public ErrorContext {
        errorCode = cloudText(errorCode);
        requestId = cloudText(requestId);
    }

    /** No context: the error is not tied to a provider or an action. */
    public static ErrorContext none() {
        return NONE;
    }

    /** A provider and an action, before the cloud has answered. */
    public static ErrorContext of(String provider, String action) {
        return new ErrorContext(provider, action, null, null);
    }

    /** The same provider and action with what the cloud answered. */
    public ErrorContext withCloudError(String errorCode, String requestId) {
        return new ErrorContext(provider, action, errorCode, requestId);
    }

    /** The same context with another action. */
    public ErrorContext withAction(String action) {
        return new ErrorContext(provider, action, errorCode, requestId);
    }

    private static String cloudText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() <= MAX_CLOUD_TEXT ? text : text.substring(0, MAX_CLOUD_TEXT) + "...";
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        append(out, "provider", provider);
        append(out, "action", action);
        append(out, "code", errorCode);
        append(out, "requestId", requestId);
        return out.length() == 0 ? "" : " [" + out + "]";
    }

    private static void append(StringBuilder out, String label, String value) {
        if (value != null) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(label).append('=').append(value);
        }
    }
}
