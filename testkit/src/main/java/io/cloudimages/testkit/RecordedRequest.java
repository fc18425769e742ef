package io.cloudimages.testkit;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request exactly as a fake cloud received it, for the fake's own checks and for tests.
 *
 * @param sequence    1 for the first request the fake received, and so on
 * @param arrivalNanos {@link System#nanoTime()} at arrival, for rate checks
 * @param arrivedAt   wall-clock time at arrival
 * @param method      the HTTP method
 * @param uri         the request URI as sent (path and raw query)
 * @param headers     header names in lower case to their values
 * @param body        the body bytes
 */
public record RecordedRequest(long sequence, long arrivalNanos, Instant arrivedAt, String method, URI uri,
                              Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, by name in any case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The query string's parameters, decoded; for GET requests and form bodies use {@link #formParameters()}. */
    public Map<String, String> queryParameters() {
        return decodeForm(uri.getRawQuery());
    }

    /** The parameters of a GET query string or an {@code application/x-www-form-urlencoded} body. */
    public Map<String, String> formParameters() {
        Map<String, String> all = new LinkedHashMap<>(queryParameters());
        if (header("content-type").map(t -> t.startsWith("application/x-www-form-urlencoded")).orElse(false)) {
            all.putAll(decodeForm(bodyText()));
        }
        return all;
    }

    /** Decodes {@code a=1&b=2}; a key without {@code =} maps to "". */
    public static Map<String, String> decodeForm(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            out.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public String toString() {
        // the query of a GET-signed request holds its signature and token
        return "#" + sequence + " " + method + " " + uri.getRawPath();
    }
}
