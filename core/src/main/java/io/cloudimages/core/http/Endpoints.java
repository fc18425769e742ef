package io.cloudimages.core.http;

import io.cloudimages.ApplicationApi;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** The one rule for where requests may go: {@code https://} anywhere, {@code http://} only to loopback. */
@ApplicationApi
public final class Endpoints {

    private static final int MAX_PORT = 65535;

    private Endpoints() {
    }

    /**
     * Checks an endpoint. Plain HTTP would send signed requests and tokens in clear text, so it is
     * only for tests and the simulator on this machine: {@code localhost}, {@code 127.0.0.0/8} and
     * {@code ::1}. Names are not resolved, so no DNS answer can make a remote host look local. A port
     * must be from 1 to 65535: one beyond would only fail when sent, and be retried as a network error.
     *
     * @return the endpoint
     * @throws InvalidRequestException when the endpoint is not allowed
     */
    public static URI requireAllowed(URI endpoint) {
        if (endpoint != null && endpoint.isAbsolute() && endpoint.getHost() == null && endpoint.getRawAuthority() != null) {
            // java.net.URI reads an authority it cannot split into host and port as "registry-based"
            throw new InvalidRequestException("the endpoint \"" + endpoint + "\" has no host and port that can be read:"
                    + " a host is made of letters, digits, '-' and '.' (no '_'), and a port is a number from 1 to "
                    + MAX_PORT, ErrorContext.none());
        }
        if (endpoint == null || !endpoint.isAbsolute() || endpoint.getHost() == null) {
            throw new InvalidRequestException("the endpoint \"" + endpoint + "\" is not an absolute URL with a host,"
                    + " such as https://cvm.tencentcloudapi.com", ErrorContext.none());
        }
        // -1: no port given, the scheme's own; java.net.URI accepts any number of digits
        if (endpoint.getPort() != -1 && (endpoint.getPort() < 1 || endpoint.getPort() > MAX_PORT)) {
            throw new InvalidRequestException("the endpoint " + endpoint + " has the port " + endpoint.getPort()
                    + "; a port is a number from 1 to " + MAX_PORT, ErrorContext.none());
        }
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return endpoint;
        }
        if (scheme.equals("http")) {
            if (isLoopback(endpoint.getHost())) {
                return endpoint;
            }
            throw new InvalidRequestException("the endpoint " + endpoint + " uses plain http, which is allowed only for"
                    + " loopback addresses (localhost, 127.0.0.1, ::1); use https://", ErrorContext.none());
        }
        throw new InvalidRequestException("the endpoint " + endpoint + " has the scheme \"" + scheme
                + "\"; use https://", ErrorContext.none());
    }

    /** Parses and checks an endpoint written as text. */
    public static URI parse(String text) {
        try {
            return requireAllowed(URI.create(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("the endpoint \"" + text + "\" is not a valid URL: " + e.getMessage(),
                    ErrorContext.none());
        }
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!isIpLiteral(bare)) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isIpLiteral(String host) {
        return host.matches("[0-9.]+") || (host.contains(":") && host.matches("[0-9a-fA-F:.]+"));
    }
}
