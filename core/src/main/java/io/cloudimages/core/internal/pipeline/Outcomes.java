package io.cloudimages.core.internal.pipeline;

import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.NameConflictException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.QuotaExceededException;
import io.cloudimages.exception.RegionNotSupportedException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.exception.UnsupportedCapabilityException;
import io.cloudimages.exception.UnsupportedOsException;

/** The bounded set of outcome names used in metric tags and logs. */
final class Outcomes {

    static final String SUCCESS = "success";
    /** A call the endpoint's open circuit failed before any attempt. */
    static final String CIRCUIT_OPEN = "circuit_open";
    /** An attempt held back because the cluster-wide store of the rate limits did not answer. */
    static final String LIMIT_STORE_UNAVAILABLE = "ratelimit_store_unavailable";

    private Outcomes() {
    }

    /** Each kind by its own name: the kinds of invalid request before {@link InvalidRequestException} itself. */
    static String of(Throwable error) {
        if (error instanceof ThrottledException) return "throttled";
        if (error instanceof ServiceUnavailableException) return "unavailable";
        if (error instanceof ProtocolException) return "protocol_error";
        if (error instanceof OutcomeUnknownException) return "outcome_unknown";
        if (error instanceof AuthenticationException) return "authentication";
        if (error instanceof PermissionDeniedException) return "permission_denied";
        if (error instanceof QuotaExceededException) return "quota_exceeded";
        if (error instanceof NameConflictException) return "name_conflict";
        if (error instanceof UnsupportedOsException) return "unsupported_os";
        if (error instanceof RegionNotSupportedException) return "region_not_supported";
        if (error instanceof UnsupportedCapabilityException) return "unsupported_capability";
        if (error instanceof InvalidRequestException) return "invalid_request";
        if (error instanceof CloudImagesException) return "cloud_error";
        return "client_failure";
    }
}
