package io.cloudimages;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.internal.Copies;
import io.cloudimages.spi.Action;
import io.cloudimages.internal.Text;

import java.net.URI;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to open an {@link ImageService}: the region, where the credentials come from, and how the
 * client behaves (deadlines, retries, rate-limit overrides). Immutable; build one with
 * {@link #builder()}.
 */
public final class ProviderSettings {

    /** How long to wait for a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The deadline of one request: from sending it to the last byte of the answer. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The deadline of one call, including rate-limit waits, retries and their back-off. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
    /** Attempts per call, the first one included. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The most attempts a call may be configured with. */
    public static final int MAX_ATTEMPTS_LIMIT = 10;

    private final String region;
    private final URI endpoint;
    private final CredentialsSource credentials;
    private final Map<String, Integer> rateLimits;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration callTimeout;
    private final int maxAttempts;
    private final Map<String, String> properties;
    private final Map<SettingKey<?>, Object> extensions;

    private ProviderSettings(Builder b) {
        this.region = b.region;
        this.endpoint = b.endpoint;
        this.credentials = b.credentials;
        this.rateLimits = Copies.map(b.rateLimits);
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.callTimeout = b.callTimeout;
        this.maxAttempts = b.maxAttempts;
        this.properties = Copies.map(b.properties);
        this.extensions = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(b.extensions));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The region, for example {@code ap-guangzhou} or {@code cn-bj2}; null when not set. */
    public String region() {
        return region;
    }

    /** The endpoint that replaces the provider's own, when set. */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    public CredentialsSource credentials() {
        return credentials;
    }

    /** Requests per second per action that replace the provider's published limits, by action name. */
    public Map<String, Integer> rateLimits() {
        return rateLimits;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Provider-specific options, by name; each provider documents the ones it reads. */
    public Map<String, String> properties() {
        return properties;
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** The value set for a key defined by another module, if any. */
    public <T> Optional<T> extension(SettingKey<T> key) {
        return Optional.ofNullable(key.type().cast(extensions.get(key)));
    }

    @Override
    public String toString() {
        // credentials are described by their source only: a Static source would print masked keys anyway
        return "ProviderSettings[region=" + region + ", endpoint=" + endpoint
                + ", credentials=" + credentials.getClass().getSimpleName()
                + ", rateLimits=" + rateLimits + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", callTimeout=" + callTimeout
                + ", maxAttempts=" + maxAttempts + ", properties=" + properties.keySet()
                + ", extensions=" + extensions.keySet() + "]";
    }

    /** Builds {@link ProviderSettings}. Every field has a default except the region. */
    public static final class Builder {
        private String region;
        private URI endpoint;
        private CredentialsSource credentials = CredentialsSource.defaultChain();
        private final Map<String, Integer> rateLimits = new LinkedHashMap<>();
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<SettingKey<?>, Object> extensions = new IdentityHashMap<>();

        private Builder() {
        }

        private Builder(ProviderSettings s) {
            region = s.region;
            endpoint = s.endpoint;
            credentials = s.credentials;
            rateLimits.putAll(s.rateLimits);
            connectTimeout = s.connectTimeout;
            requestTimeout = s.requestTimeout;
            callTimeout = s.callTimeout;
            maxAttempts = s.maxAttempts;
            properties.putAll(s.properties);
            extensions.putAll(s.extensions);
        }

        public Builder region(String region) {
            this.region = Text.blankToNull(region);
            return this;
        }

        /** Replaces the provider's endpoint; {@code http://} is accepted for loopback addresses only. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder credentials(CredentialsSource credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Shortcut for {@code credentials(CredentialsSource.of(credentials))}. */
        public Builder credentials(Credentials credentials) {
            return credentials(CredentialsSource.of(credentials));
        }

        /**
         * Replaces the published limit of one action, in requests per second; the action must be one
         * of the provider's ({@link io.cloudimages.spi.ImageProvider#actions()}), checked when a
         * service is opened.
         *
         * @throws io.cloudimages.exception.InvalidRequestException when the limit is out of range
         */
        public Builder rateLimit(String action, int requestsPerSecond) {
            Objects.requireNonNull(action, "action");
            rateLimits.put(action, Action.requireValidLimit(requestsPerSecond, "rate limit for " + action));
            return this;
        }

        public Builder rateLimits(Map<String, Integer> limits) {
            rateLimits.clear();
            limits.forEach(this::rateLimit);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return this;
        }

        /** Attempts per call, the first included: 1 turns retries off. */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1 || attempts > MAX_ATTEMPTS_LIMIT) {
                throw invalid("maxAttempts must be between 1 and " + MAX_ATTEMPTS_LIMIT + ", got " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        public Builder property(String name, String value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder properties(Map<String, String> values) {
            properties.clear();
            values.forEach(this::property);
            return this;
        }

        public <T> Builder extension(SettingKey<T> key, T value) {
            extensions.put(Objects.requireNonNull(key, "key"), key.type().cast(Objects.requireNonNull(value, "value")));
            return this;
        }

        public ProviderSettings build() {
            return new ProviderSettings(this);
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw invalid(name + " must be a positive duration, got " + value);
            }
            return value;
        }

        private static InvalidRequestException invalid(String detail) {
            return new InvalidRequestException(detail, ErrorContext.none());
        }
    }
}
