package io.cloudimages.core.internal.credentials;

import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tries credential sources in order and keeps the first that has credentials. A source that is
 * present but broken (one variable of a pair, an unreadable file) is an error, not a skip: a
 * half-configured machine should say so rather than quietly use other keys.
 */
public final class CredentialChain {

    private final String cloud;
    private final List<Link> links = new ArrayList<>();

    public CredentialChain(String cloud) {
        this.cloud = cloud;
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
        return Optional.of(Credentials.of(id.get(), secret.get(),
                tokenVariable == null ? null : host.variable(tokenVariable).orElse(null)));
    }

    /** Resolves now and returns a provider of the result. */
    public CredentialsProvider resolve() {
        List<String> tried = new ArrayList<>();
        for (Link link : links) {
            Optional<Credentials> found;
            try {
                found = link.lookup.get();
            } catch (InvalidRequestException e) {
                throw new AuthenticationException(link.description + ": " + e.detail(), ErrorContext.none(), e);
            }
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
