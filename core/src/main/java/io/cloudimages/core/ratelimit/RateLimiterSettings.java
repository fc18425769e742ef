package io.cloudimages.core.ratelimit;

import io.cloudimages.ApplicationApi;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which backend keeps the request-rate limits, chosen by configuration: {@code local} (this JVM,
 * the default) or a cluster-wide backend found on the classpath by its id, such as {@code redis}
 * from {@code cloudimages-ratelimit-redis}. The same as the {@code rateLimiter:} section of a
 * configuration file:
 *
 * <pre>{@code
 * RateLimiterSettings.builder()
 *     .backend("redis")
 *     .uri(URI.create("redis://127.0.0.1:6379"))
 *     .onUnavailable(RateLimiterSettings.OnUnavailable.LOCAL)
 *     .build();
 * }</pre>
 *
 * <p>Services opened with equal settings share one backend and its connections; the last of them
 * to close closes it. Equal settings are equal values.
 */
@ApplicationApi
public final class RateLimiterSettings {

    /** The id of the in-process backend. */
    public static final String LOCAL = "local";
    public static final String DEFAULT_KEY_PREFIX = "cloudimages";
    public static final int DEFAULT_EXPECTED_REPLICAS = 4;
    public static final int MAX_EXPECTED_REPLICAS = 1000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(300);
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final RateLimiterSettings LOCAL_SETTINGS = new Builder().build();

    /** What a cluster-wide backend does while its store does not answer. */
    public enum OnUnavailable {
        /** Calls fail with {@link io.cloudimages.exception.ServiceUnavailableException}; nothing is sent. */
        FAIL,
        /**
         * Calls go on under a limit of this JVM's own, the published limit divided by the
         * expected number of replicas, until the store answers again.
         */
        LOCAL;

        /** As written in configuration files: {@code fail}, {@code local}. */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String backend;
    private final URI uri;
    private final String keyPrefix;
    private final OnUnavailable onUnavailable;
    private final int expectedReplicas;
    private final Duration timeout;

    private RateLimiterSettings(Builder b) {
        this.backend = b.backend;
        this.uri = b.uri;
        this.keyPrefix = b.keyPrefix;
        this.onUnavailable = b.onUnavailable;
        this.expectedReplicas = b.expectedReplicas;
        this.timeout = b.timeout;
    }

    /** Limits kept in this JVM: the default. */
    public static RateLimiterSettings local() {
        return LOCAL_SETTINGS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The backend's id: {@code local} or the id of a backend on the classpath. */
    public String backend() {
        return backend;
    }

    public boolean isLocal() {
        return backend.equals(LOCAL);
    }

    /** Where a cluster-wide backend keeps its limits; null for the local backend. */
    public URI uri() {
        return uri;
    }

    /** Prepended to every key a cluster-wide backend writes, so several applications can share a store. */
    public String keyPrefix() {
        return keyPrefix;
    }

    public OnUnavailable onUnavailable() {
        return onUnavailable;
    }

    /** How many JVMs share the account: while the store is down each takes this share of a limit. */
    public int expectedReplicas() {
        return expectedReplicas;
    }

    /** The longest one call to the store may take before it counts as unavailable. */
    public Duration timeout() {
        return timeout;
    }

    /** A URI of the store without its password, for messages and logs. */
    public String describeStore() {
        if (uri == null) {
            return "this JVM";
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + host + port + path;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateLimiterSettings s && backend.equals(s.backend) && Objects.equals(uri, s.uri)
                && keyPrefix.equals(s.keyPrefix) && onUnavailable == s.onUnavailable
                && expectedReplicas == s.expectedReplicas && timeout.equals(s.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backend, uri, keyPrefix, onUnavailable, expectedReplicas, timeout);
    }

    @Override
    public String toString() {
        return isLocal() ? "RateLimiterSettings[local]" : "RateLimiterSettings[" + backend + " at " + describeStore()
                + ", keyPrefix=" + keyPrefix + ", onUnavailable=" + onUnavailable.configName() + ", expectedReplicas="
                + expectedReplicas + ", timeout=" + timeout.toMillis() + "ms]";
    }

    /** Builds {@link RateLimiterSettings}; each value is checked as it is set. */
    public static final class Builder {
        private String backend = LOCAL;
        private URI uri;
        private String keyPrefix = DEFAULT_KEY_PREFIX;
        private OnUnavailable onUnavailable = OnUnavailable.FAIL;
        private int expectedReplicas = DEFAULT_EXPECTED_REPLICAS;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder() {
        }

        /** {@code local} (the default) or the id of a cluster-wide backend, such as {@code redis}. */
        public Builder backend(String backend) {
            Objects.requireNonNull(backend, "backend");
            if (!ID.matcher(backend).matches()) {
                throw invalid("\"" + backend + "\" is not a backend id; write local, or the id of a backend on the"
                        + " classpath such as redis");
            }
            this.backend = backend;
            return this;
        }

        /** Where the limits are kept, for example {@code redis://127.0.0.1:6379}; required by cluster-wide backends. */
        public Builder uri(URI uri) {
            Objects.requireNonNull(uri, "uri");
            if (uri.getScheme() == null || uri.getHost() == null) {
                // the URI is not repeated: it may hold a password
                throw invalid("the store's URI needs a scheme and a host, for example redis://127.0.0.1:6379");
            }
            this.uri = uri;
            return this;
        }

        /** 1 to 64 letters, digits or {@code _ . : -}; {@value #DEFAULT_KEY_PREFIX} by default. */
        public Builder keyPrefix(String keyPrefix) {
            Objects.requireNonNull(keyPrefix, "keyPrefix");
            if (!KEY_PREFIX.matcher(keyPrefix).matches()) {
                throw invalid("\"" + keyPrefix + "\" is not a key prefix; use 1 to 64 letters, digits or _ . : -");
            }
            this.keyPrefix = keyPrefix;
            return this;
        }

        /** {@link OnUnavailable#FAIL} by default: never more than the shared limit. */
        public Builder onUnavailable(OnUnavailable onUnavailable) {
            this.onUnavailable = Objects.requireNonNull(onUnavailable, "onUnavailable");
            return this;
        }

        /** 1 to {@value #MAX_EXPECTED_REPLICAS}; {@value #DEFAULT_EXPECTED_REPLICAS} by default. */
        public Builder expectedReplicas(int expectedReplicas) {
            if (expectedReplicas < 1 || expectedReplicas > MAX_EXPECTED_REPLICAS) {
                throw invalid(expectedReplicas + " replicas is out of range; allowed: 1 to " + MAX_EXPECTED_REPLICAS);
            }
            this.expectedReplicas = expectedReplicas;
            return this;
        }

        /** Above zero and at most 10 s; 300 ms by default. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw invalid("a store timeout must be above zero and at most " + MAX_TIMEOUT.toSeconds() + " s, got "
                        + timeout.toMillis() + " ms");
            }
            this.timeout = timeout;
            return this;
        }

        /** @throws InvalidRequestException when a cluster-wide backend has no URI */
        public RateLimiterSettings build() {
            if (!backend.equals(LOCAL) && uri == null) {
                throw invalid("the " + backend + " rate-limiter backend needs the URI of its store, for example"
                        + " redis://127.0.0.1:6379");
            }
            if (backend.equals(LOCAL) && uri != null) {
                throw invalid("the local rate-limiter backend keeps its limits in this JVM and takes no URI;"
                        + " choose a cluster-wide backend such as redis, or leave the URI out");
            }
            return new RateLimiterSettings(this);
        }

        private static InvalidRequestException invalid(String detail) {
            return new InvalidRequestException(detail, ErrorContext.none());
        }
    }
}
