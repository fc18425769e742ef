package io.cloudimages.ucloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.http.WireResponse;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.json.JsonFields;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.QuotaExceededException;
import io.cloudimages.exception.RegionNotSupportedException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Reads UCloud answers (reference/ucloud.md section 2): {@code RetCode} 0 is success (sometimes
 * sent as a string), anything else an error with its {@code Message}; the request id is the
 * {@code X-UCLOUD-REQUEST-UUID} header.
 */
final class UcloudResponses {

    static final String REQUEST_ID_HEADER = "X-UCLOUD-REQUEST-UUID";

    private UcloudResponses() {
    }

    static JsonNode decode(WireResponse response, ErrorContext context) {
        String requestId = response.header(REQUEST_ID_HEADER).orElse(null);
        ErrorContext at = context.withCloudError(null, requestId);
        response.requireSuccess(at);
        JsonNode answer = Json.readTree(response.body(), at);
        if (!answer.isObject()) {
            throw new ProtocolException("the answer is not a JSON object", at);
        }
        BigInteger code = JsonFields.code(answer, "RetCode", at);
        if (code.signum() == 0) {
            return answer;
        }
        throw toException(code, Objects.requireNonNullElse(JsonFields.text(answer, "Message"), ""),
                context.withCloudError(code.toString(), requestId));
    }

    /** The common RetCodes of section 2.3 and UHost's image codes; any code that is not exactly 0 is an error. */
    static CloudImagesException toException(BigInteger code, String message, ErrorContext context) {
        String detail = message.isBlank() ? "RetCode " + code : message;
        if (code.bitLength() >= Integer.SIZE) {
            return new CloudServiceException(detail, context);
        }
        return switch (code.intValue()) {
            case 110, 130, 150, 8874, 8889 -> new ServiceUnavailableException(detail, context);
            case 153 -> new ThrottledException(detail, context);
            // 230 is "Params [X] not available"; naming the region, it is a region UCloud does not have
            case 230 -> message.contains("[Region]") ? new RegionNotSupportedException(detail, context)
                    : new InvalidRequestException(detail, context);
            case 170, 171, 172, 174 -> new AuthenticationException(detail, context);
            case 292 -> new InvalidRequestException(detail + " (check the projectId)", context);
            case 293, 294, 295, 299 -> new PermissionDeniedException(detail, context);
            case 8095 -> new QuotaExceededException(detail, context);
            default -> code.intValue() > 0 && code.intValue() < 2000 ? new InvalidRequestException(detail, context)
                    : new CloudServiceException(detail, context);
        };
    }
}
