package io.cloudimages.core.pipeline;

import io.cloudimages.core.http.WireResponse;
import io.cloudimages.exception.ErrorContext;

/**
 * Reads a cloud's answer: returns the result, or throws the typed exception for the cloud's
 * error, with the context completed by the cloud's error code and request id (which is what
 * makes an {@link io.cloudimages.exception.InvalidRequestException} or an
 * {@link io.cloudimages.exception.AuthenticationException} the cloud's refusal). The pipeline
 * decides retries from what the exception answers, so choose the type by what it says:
 * {@link io.cloudimages.exception.ThrottledException} for rate limiting,
 * {@link io.cloudimages.exception.ServiceUnavailableException} for server-side failures,
 * {@link io.cloudimages.exception.ProtocolException} for an answer that cannot be read; every
 * other kind is the cloud's final refusal.
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
    T decode(WireResponse response, ErrorContext context);
}
