package io.cloudimages.core.http;

import java.nio.charset.StandardCharsets;
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

    public WireResponse {
        headers = Collections.unmodifiableMap(new TreeMap<>(headers));
        body = body == null ? new byte[0] : body;
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
