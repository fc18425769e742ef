package io.cloudimages.core.credentials;

import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tries credential sources in order and keeps the first that has credentials, for a provider's
 * {@link io.cloudimages.CredentialsSource.DefaultChain}. A source that is present but broken (one
 * variable of a pair, an unreadable file) is an error, not a skip: a half-configured machine
 * should say so rather than quietly use other keys. When nothing is found, the error lists every
 * place looked in.
 *
 * <pre>{@code
 * HostEnvironment host = HostEnvironment.of(settings);
 * CredentialsProvider credentials = CredentialChain.forCloud("Acme Cloud")
 *         .then("environment variables ACME_KEY_ID and ACME_SECRET",
 *               () -> CredentialChain.fromVariables(host, "ACME_KEY_ID", "ACME_SECRET", null))
 *         .then("~/.acme/credentials", () -> CredentialFiles.readJson(host.homeDirectory().resolve(".acme/credentials"))
 *               .map(json -> Credentials.of(...)))
 *         .resolve();
 * }</pre>
 */
public final class CredentialChain {

    private final String cloud;
    private final List<Link> links = new ArrayList<>();

    private CredentialChain(String cloud) {
        this.cloud = cloud;
    }

    /** @param cloud the cloud's name, for the message when nothing is found ("no Acme Cloud credentials found") */
    public static CredentialChain forCloud(String cloud) {
        return new CredentialChain(cloud);
    }

    /**
     * @param description what the source is, for the message when nothing is found
     * @param lookup      the credentials, or empty when the source has none
     */
    public CredentialChain then(String description, Supplier<Optional<Credentials>> lookup) {
        links.add(new Link(description, lookup));
        return this;
    }

    /**
     * A key pair from two environment variables (and a token from a third, when named). One set
     * without the other is an error.
     */
    public static Optional<Credentials> fromVariables(HostEnvironment host, String idVariable, String secretVariable,
                                                     String tokenVariable) {
        Optional<String> id = host.variable(idVariable);
        Optional<String> secret = host.variable(secretVariable);
        if (id.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        if (id.isEmpty() || secret.isEmpty()) {
            String set = id.isEmpty() ? secretVariable : idVariable;
            String unset = id.isEmpty() ? idVariable : secretVariable;
            throw new AuthenticationException(set + " is set but " + unset + " is not; set both", ErrorContext.none());
        }
        Credentials keys = Credentials.of(id.get(), secret.get());
        Optional<String> token = tokenVariable == null ? Optional.empty() : host.variable(tokenVariable);
        if (token.isEmpty()) {
            return Optional.of(keys);
        }
        // the keys passed, so a refusal now is the token's: name its variable, not the pair's
        return Optional.of(from("environment variable " + tokenVariable, () -> Credentials.of(id.get(), secret.get(), token.get())));
    }

    /**
     * Runs a step that takes its values from one source, so that a value the library refuses is
     * reported with that source (the refusal names the field, never its value).
     */
    public static <T> T from(String source, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidRequestException e) {
            throw new AuthenticationException(source + ": " + e.detail(), ErrorContext.none(), e);
        }
    }

    /** Resolves now and returns a provider of the result. */
    public CredentialsProvider resolve() {
        List<String> tried = new ArrayList<>();
        for (Link link : links) {
            Optional<Credentials> found = from(link.description, link.lookup);
            if (found.isPresent()) {
                Credentials credentials = found.get();
                return () -> credentials;
            }
            tried.add(link.description);
        }
        throw new AuthenticationException("no " + cloud + " credentials found; looked in: " + String.join("; ", tried),
                ErrorContext.none());
    }

    private record Link(String description, Supplier<Optional<Credentials>> lookup) {
    }
}
