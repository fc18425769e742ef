package io.cloudimages.core.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A signed request, exactly as it will go on the wire: a signer produces it, the pipeline sends
 * it. The {@code Host} header is not listed: it is the URI's authority (host, and the port when
 * the URI names one), which is what signers must sign.
 *
 * <p>{@link #toString()} shows the method and URI only: headers and bodies may carry signatures
 * and tokens.
 *
 * @param method  {@code GET} or {@code POST}
 * @param uri     the full URI, query string included
 * @param headers header names to values, in the order to send them
 * @param body    the body bytes (empty for none)
 */
public record WireRequest(String method, URI uri, Map<String, String> headers, byte[] body) {

    public WireRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(uri, "uri");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
        for (String name : headers.keySet()) {
            if (name.equalsIgnoreCase("host") || name.equalsIgnoreCase("content-length")) {
                throw new IllegalArgumentException("the " + name + " header comes from the URI and body; do not set it");
            }
        }
    }

    public static WireRequest post(URI uri, Map<String, String> headers, byte[] body) {
        return new WireRequest("POST", uri, headers, body);
    }

    public static WireRequest get(URI uri, Map<String, String> headers) {
        return new WireRequest("GET", uri, headers, new byte[0]);
    }

    /** The Host header the transport sends: the URI's host, with its port when the URI names one. */
    public String host() {
        return hostOf(uri);
    }

    /**
     * The Host header value for a URI, as the JDK's client sends it and so as signers must sign it:
     * the host as written in the URI, with the port only when it is not the scheme's default.
     */
    public static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("the URI " + uri + " has no host");
        }
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = uri.getPort();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        boolean defaultPort = port == -1 || (secure && port == 443) || (!secure && port == 80);
        return defaultPort ? host : host + ":" + port;
    }

    /** A copy with one more header. */
    public WireRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new WireRequest(method, uri, copy, body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WireRequest other && method.equals(other.method) && uri.equals(other.uri)
                && headers.equals(other.headers) && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return method + " " + uri.getScheme() + "://" + host() + uri.getRawPath();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
