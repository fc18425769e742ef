package io.cloudimages.core.http;

import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An answer as it came off the wire, for a provider's decoder.
 *
 * @param status  the HTTP status
 * @param headers header names in lower case to their values
 * @param body    the body bytes, at most the configured size cap
 */
public record WireResponse(int status, Map<String, List<String>> headers, byte[] body) {

    private static final int SHOWN_BODY_CHARACTERS = 200;

    /** Header names are lower-cased here, once, whoever built the answer. */
    public WireResponse {
        Map<String, List<String>> lowerCase = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (name != null) {
                lowerCase.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values);
            }
        });
        lowerCase.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(lowerCase);
        body = body == null ? new byte[0] : body;
    }

    /**
     * Checks the HTTP status before a provider reads the body, the same way for every cloud: 401
     * is rejected credentials, 403 a permission denied, 429 throttling (with the gateway's
     * {@code Retry-After}, if any), 5xx the cloud being unavailable, any other non-2xx a cloud
     * error; each shows the start of the body. A cloud that answers errors with 200 and a code in
     * the body (Tencent, UCloud) is read by its provider after this check.
     *
     * @return this answer, when its status is 2xx
     */
    public WireResponse requireSuccess(ErrorContext context) {
        if (status == 429) {
            throw new ThrottledException("HTTP 429 Too Many Requests from the gateway", context, retryAfter().orElse(null), null);
        }
        if (status >= 500) {
            throw new ServiceUnavailableException("HTTP " + status + " from the gateway", context);
        }
        if (status == 401) {
            throw new AuthenticationException("HTTP 401 from the gateway" + shownBody(), context);
        }
        if (status == 403) {
            throw new PermissionDeniedException("HTTP 403 from the gateway" + shownBody(), context);
        }
        if (!isSuccess()) {
            throw new CloudServiceException("HTTP " + status + " from the gateway" + shownBody(), context);
        }
        return this;
    }

    /** ": " and the start of the body on one line, or nothing for an empty body. */
    private String shownBody() {
        String text = bodyText().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : ": " + (text.length() <= SHOWN_BODY_CHARACTERS ? text
                : text.substring(0, SHOWN_BODY_CHARACTERS) + "...");
    }

    /**
     * The {@code Retry-After} header: delta-seconds or an HTTP date (RFC 9110 section 10.2.3);
     * empty when absent or unreadable.
     */
    public Optional<Duration> retryAfter() {
        return header("retry-after").map(String::strip).flatMap(value -> {
            try {
                Duration wait;
                if (value.chars().allMatch(Character::isDigit)) {
                    wait = Duration.ofSeconds(Long.parseLong(value));
                } else {
                    wait = Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                }
                return Optional.of(wait);
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** The first value of a header, by name in any case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "WireResponse[status=" + status + ", " + body.length + " bytes]";
    }
}
