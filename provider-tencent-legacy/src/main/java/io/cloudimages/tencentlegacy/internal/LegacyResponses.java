package io.cloudimages.tencentlegacy.internal;

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
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Reads v2 answers: {@code {"code": 0, "message": "", ...}}, a non-zero {@code code} being an
 * error (reference/tencent.md section 8.2). These answers carry no request id.
 */
final class LegacyResponses {

    private LegacyResponses() {
    }

    static JsonNode decode(WireResponse response, ErrorContext context) {
        response.requireSuccess(context);
        JsonNode answer = Json.readTree(response.body(), context);
        if (!answer.isObject()) {
            throw new ProtocolException("the answer is not a JSON object", context);
        }
        BigInteger code = JsonFields.code(answer, "code", context);
        if (code.signum() == 0) {
            return answer;
        }
        throw toException(code, Objects.requireNonNullElse(JsonFields.text(answer, "message"), ""),
                context.withCloudError(code.toString(), null));
    }

    /** The common v2 codes and the signature's sub-codes; any code that is not exactly 0 is an error. */
    static CloudImagesException toException(BigInteger code, String message, ErrorContext context) {
        String detail = message.isBlank() ? "error " + code : message;
        if (code.bitLength() >= Integer.SIZE) {
            return new CloudServiceException(detail, context);
        }
        return switch (code.intValue()) {
            case 4000, 4600 -> new InvalidRequestException(detail, context);
            case 4100, 4104 -> new AuthenticationException(detail, context);
            case 4200 -> new AuthenticationException(detail + " (the request expired: check this machine's clock)", context);
            case 4500 -> new AuthenticationException(detail + " (refused as a replay: a repeated Nonce, or a Timestamp"
                    + " more than 2 hours off; check this machine's clock)", context);
            case 4101, 4102, 4103, 4110, 4300 -> new PermissionDeniedException(detail, context);
            case 4400 -> new ThrottledException(detail, context);
            case 6000, 6200 -> new ServiceUnavailableException(detail, context);
            default -> new CloudServiceException(detail, context);
        };
    }
}
