package io.cloudimages;

import java.util.Objects;

/**
 * Where a provider finds its credentials. The provider knows how each source works for its cloud
 * (which environment variables, which command-line tool's files).
 */
public sealed interface CredentialsSource {

    /** The cloud's usual chain: the environment variables first, then the cloud CLI's files. */
    static CredentialsSource defaultChain() {
        return DefaultChain.INSTANCE;
    }

    /** Only the environment variables of the cloud's own tools (for example {@code TENCENTCLOUD_SECRET_ID}). */
    static CredentialsSource environment() {
        return Environment.INSTANCE;
    }

    /** Only the cloud CLI's credential files, with the given profile, or the CLI's default profile when null. */
    static CredentialsSource cliProfile(String profile) {
        return new CliProfile(profile);
    }

    /** These credentials. */
    static CredentialsSource of(Credentials credentials) {
        return new Static(credentials);
    }

    /** Credentials from your own code, asked for each request. */
    static CredentialsSource custom(CredentialsProvider provider) {
        return new Custom(provider);
    }

    /** See {@link #defaultChain()}. */
    enum DefaultChain implements CredentialsSource { INSTANCE }

    /** See {@link #environment()}. */
    enum Environment implements CredentialsSource { INSTANCE }

    /** See {@link #cliProfile(String)}; {@code profile} is null for the CLI's default. */
    record CliProfile(String profile) implements CredentialsSource { }

    /** See {@link #of(Credentials)}. */
    record Static(Credentials credentials) implements CredentialsSource {
        public Static {
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    /** See {@link #custom(CredentialsProvider)}. */
    record Custom(CredentialsProvider provider) implements CredentialsSource {
        public Custom {
            Objects.requireNonNull(provider, "provider");
        }
    }
}
