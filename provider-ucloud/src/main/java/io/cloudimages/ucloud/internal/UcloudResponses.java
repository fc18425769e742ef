package io.cloudimages.ucloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.http.WireResponse;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.QuotaExceededException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;

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
        JsonNode code = answer.get("RetCode");
        if (code == null || !(code.isNumber() || code.asText().matches("-?\\d+"))) {
            throw new ProtocolException("the answer has no numeric RetCode", at);
        }
        int value = code.asInt();
        if (value == 0) {
            return answer;
        }
        throw toException(value, answer.path("Message").asText(""), context.withCloudError(Integer.toString(value), requestId));
    }

    /** The common RetCodes of section 2.3 and UHost's image codes. */
    static CloudImagesException toException(int code, String message, ErrorContext context) {
        String detail = message.isBlank() ? "RetCode " + code : message;
        return switch (code) {
            case 110, 130, 150, 8874, 8889 -> new ServiceUnavailableException(detail, context);
            case 153 -> new ThrottledException(detail, context);
            case 170, 171, 172, 174 -> new AuthenticationException(detail, context);
            case 292 -> new InvalidRequestException(detail + " (check the projectId)", context);
            case 293, 294, 295, 299 -> new PermissionDeniedException(detail, context);
            case 8095 -> new QuotaExceededException(detail, context);
            default -> code < 2000 ? new InvalidRequestException(detail, context) : new CloudServiceException(detail, context);
        };
    }
}
