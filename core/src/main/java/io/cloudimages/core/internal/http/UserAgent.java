package io.cloudimages.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library's version and the {@code User-Agent} it sends: {@code cloudimages/<version>}. */
final class UserAgent {

    private static final String VERSION = readVersion();

    private UserAgent() {
    }

    static String version() {
        return VERSION;
    }

    static String value() {
        return "cloudimages/" + VERSION;
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
