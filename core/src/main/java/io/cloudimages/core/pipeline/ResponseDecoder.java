package io.cloudimages.core.pipeline;

import io.cloudimages.core.http.WireResponse;
import io.cloudimages.exception.ErrorContext;

/**
 * Reads a cloud's answer: returns the result, or throws the typed exception for the cloud's
 * error, with the context completed by the cloud's error code and request id. The pipeline
 * decides retries from the exception's type:
 * {@link io.cloudimages.exception.ThrottledException} for rate limiting,
 * {@link io.cloudimages.exception.ServiceUnavailableException} for server-side failures,
 * {@link io.cloudimages.exception.ProtocolException} for an answer that cannot be read; every
 * other type is final.
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
    T decode(WireResponse response, ErrorContext context);
}
