package io.cloudimages.tencentv3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.http.WireResponse;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.json.JsonFields;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.NameConflictException;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.QuotaExceededException;
import io.cloudimages.exception.RegionNotSupportedException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.exception.UnsupportedOsException;

import java.util.Objects;

/**
 * Reads API 3.0 answers (reference/tencent.md section 4): {@code {"Response": {..., "RequestId"}}},
 * or {@code {"Response": {"Error": {"Code", "Message"}, "RequestId"}}} with HTTP 200, and maps every
 * error code to its typed exception.
 */
final class TencentResponses {

    /** The code with which the cloud says that a dry run would succeed. */
    static final String DRY_RUN_OPERATION = "DryRunOperation";

    private TencentResponses() {
    }

    /**
     * @return the {@code Response} object; for a {@code DryRunOperation} answer too, so the
     *         caller can tell a successful dry run by its {@code Error.Code}
     */
    static JsonNode decode(WireResponse response, ErrorContext context) {
        response.requireSuccess(context);
        JsonNode answer = Json.readTree(response.body(), context).get("Response");
        if (answer == null || !answer.isObject()) {
            throw new ProtocolException("the answer has no \"Response\" object", context);
        }
        String requestId = JsonFields.text(answer, "RequestId");
        JsonNode error = answer.get("Error");
        if (error == null || error.isNull()) {
            if (requestId == null) {
                throw new ProtocolException("the answer has no RequestId", context);
            }
            return answer;
        }
        if (!error.isObject()) {
            throw new ProtocolException("the answer's \"Error\" is not an object", context.withCloudError(null, requestId));
        }
        String code = JsonFields.text(error, "Code");
        String message = Objects.requireNonNullElse(JsonFields.text(error, "Message"), "");
        if (code == null) {
            throw new ProtocolException("the cloud reported an error without a code" + (message.isEmpty() ? "" : ": " + message),
                    context.withCloudError(null, requestId));
        }
        if (code.equals(DRY_RUN_OPERATION)) {
            return answer;
        }
        throw toException(code, message, context.withCloudError(code, requestId));
    }

    /** The typed exception of an error code: the seeds' ImportImage codes and the common API 3.0 codes. */
    static CloudImagesException toException(String code, String message, ErrorContext context) {
        String detail = message.isBlank() ? code : message;
        if (code.equals("AuthFailure.UnauthorizedOperation") || code.startsWith("UnauthorizedOperation")
                || code.startsWith("OperationDenied") || code.equals("IpInBlacklist") || code.equals("IpNotInWhitelist")) {
            return new PermissionDeniedException(detail, context);
        }
        if (code.startsWith("AuthFailure")) {
            String hint = code.equals("AuthFailure.SignatureExpire")
                    ? " (this machine's clock is more than 5 minutes off; fix it, then try again)" : "";
            return new AuthenticationException(detail + hint, context);
        }
        if (code.startsWith("RequestLimitExceeded")) {
            return new ThrottledException(detail, context);
        }
        if (code.equals("InvalidImageName.Duplicate")) {
            return new NameConflictException(detail, context);
        }
        if (code.equals("ImageQuotaLimitExceeded") || code.startsWith("LimitExceeded")) {
            return new QuotaExceededException(detail, context);
        }
        if (code.equals("InvalidImageOsType.Unsupported") || code.equals("InvalidImageOsVersion.Unsupported")) {
            return new UnsupportedOsException(detail + " (see importOsSupport() for what this region accepts)", context);
        }
        if (code.startsWith("RegionAbilityLimit") || code.equals("UnsupportedRegion") || code.startsWith("InvalidRegion")) {
            return new RegionNotSupportedException(detail, context);
        }
        if (code.startsWith("InternalError") || code.startsWith("ServiceUnavailable")) {
            return new ServiceUnavailableException(detail, context);
        }
        if (code.startsWith("InvalidParameter") || code.startsWith("InvalidFilter") || code.startsWith("InvalidImageId")
                || code.startsWith("InvalidInstanceType") || code.startsWith("InvalidZone") || code.equals("MissingParameter")
                || code.equals("UnknownParameter") || code.equals("InvalidAction") || code.equals("NoSuchVersion")
                || code.equals("NoSuchProduct") || code.equals("UnsupportedProtocol") || code.equals("InvalidRequest")
                || code.equals("RequestSizeLimitExceeded")) {
            return new InvalidRequestException(detail, context);
        }
        return new CloudServiceException(detail, context);
    }
}
