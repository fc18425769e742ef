package io.cloudimages.core.pipeline;

import io.cloudimages.CredentialsProvider;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.internal.pipeline.DefaultRequestPipeline;
import io.cloudimages.spi.Action;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * The road every request of a provider takes:
 *
 * <pre>
 * circuit breaker of the endpoint, once per call (fails fast while open)
 *   -> attempts (bounded in number and by the call deadline; back-off with jitter), each:
 *        admission for (provider, account, endpoint, action): the cloud's Retry-After hold,
 *          the adapted rate after throttling, the slow start, the rate-limit permit
 *        -> sign (afresh) -> send (deadline, size cap) -> decode
 *   -> metrics for each attempt
 * </pre>
 *
 * <p>Providers declare their {@link Action}s and hand each call a signer and a decoder; they
 * never touch HTTP clients, rate limiters or meters themselves. A non-idempotent action whose
 * request may have been performed but whose answer was lost fails with
 * {@link io.cloudimages.exception.OutcomeUnknownException}, for the provider to reconcile.
 *
 * <p>Thread-safe. One pipeline serves one endpoint.
 */
public interface RequestPipeline extends AutoCloseable {

    /**
     * Performs one call of an action: rate-limited, retried as the action allows, within the
     * call deadline.
     *
     * @return what the decoder returned
     * @throws io.cloudimages.exception.CloudImagesException the decoder's typed error after
     *         retries, a transport failure, or a client-side throttling
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    <T> T execute(Action action, RequestSigner signer, ResponseDecoder<T> decoder);

    /** The time signers should use: the clock from settings, or the system clock. */
    Instant now();

    /** The endpoint requests go to. */
    URI endpoint();

    /**
     * Releases what this pipeline holds of what services share: its use of a cluster-wide
     * rate-limiter backend, whose connections close with the last pipeline using them. A service
     * closes its pipeline when it is closed.
     */
    @Override
    void close();

    static Builder builder(String provider) {
        return new Builder(provider);
    }

    /** Builds a {@link RequestPipeline}. Settings, credentials and the endpoint are required. */
    final class Builder {
        private final String provider;
        private ProviderSettings settings;
        private CredentialsProvider credentials;
        private URI endpoint;

        private Builder(String provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
        }

        public Builder settings(ProviderSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder credentials(CredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Where requests go; {@code http://} only for loopback addresses. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /**
         * @throws io.cloudimages.exception.InvalidRequestException when the endpoint or a
         *         rate-limit override is not allowed
         */
        public RequestPipeline build() {
            return new DefaultRequestPipeline(provider, Objects.requireNonNull(settings, "settings"),
                    Objects.requireNonNull(credentials, "credentials"), Objects.requireNonNull(endpoint, "endpoint"));
        }
    }
}
