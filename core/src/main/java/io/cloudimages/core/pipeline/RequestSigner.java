package io.cloudimages.core.pipeline;

import io.cloudimages.Credentials;
import io.cloudimages.core.http.WireRequest;

import java.time.Instant;

/**
 * Builds and signs the request of one attempt. Called again for every attempt, with the current
 * credentials and time, so that no retry goes out with a stale timestamp, nonce or token.
 */
@FunctionalInterface
public interface RequestSigner {
    WireRequest sign(Credentials credentials, Instant now);
}
