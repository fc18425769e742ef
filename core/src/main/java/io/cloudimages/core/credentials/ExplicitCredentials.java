package io.cloudimages.core.credentials;

import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.CredentialsSource;

import java.util.Optional;

/** The two credential sources that need no lookup, handled the same way by every provider. */
public final class ExplicitCredentials {

    private ExplicitCredentials() {
    }

    /**
     * Given credentials are used as they are, and a custom provider is asked for each request.
     *
     * @return the provider, or empty when the source must be looked up the cloud's way
     *         (environment, CLI files)
     */
    public static Optional<CredentialsProvider> of(CredentialsSource source) {
        if (source instanceof CredentialsSource.Static fixed) {
            Credentials credentials = fixed.credentials();
            return Optional.of(() -> credentials);
        }
        if (source instanceof CredentialsSource.Custom custom) {
            return Optional.of(custom.provider());
        }
        return Optional.empty();
    }
}
