package io.cloudimages;

/**
 * Supplies credentials when a request is signed. Called for every request, so an implementation
 * that fetches keys from elsewhere (a vault, an STS endpoint) should cache and refresh them itself.
 */
@FunctionalInterface
public interface CredentialsProvider {

    /**
     * @return the credentials to sign the next request with
     * @throws io.cloudimages.exception.AuthenticationException when none can be found
     */
    Credentials resolveCredentials();
}
