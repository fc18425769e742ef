package io.cloudimages.tencentv3.internal;

import io.cloudimages.core.http.WireResponse;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TencentResponsesTest {

    private static final ErrorContext AT = ErrorContext.of("tencent-v3", "ImportImage");

    private static WireResponse answer(int status, String body) {
        return new WireResponse(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static WireResponse error(String code) {
        return answer(200, "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"m\"},\"RequestId\":\"req-1\"}}");
    }

    /** Every business error code of seeds 001 and 002, and the common codes. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "ImageQuotaLimitExceeded, QuotaExceededException",
            "InvalidImageName.Duplicate, NameConflictException",
            "InvalidImageOsType.Unsupported, UnsupportedOsException",
            "InvalidImageOsVersion.Unsupported, UnsupportedOsException",
            "InvalidParameter.InvalidParameterUrlError, InvalidRequestException",
            "InvalidParameterValue.ISOMustImportByForce, InvalidRequestException",
            "InvalidParameterValue.InvalidAppIdFormat, InvalidRequestException",
            "InvalidParameterValue.InvalidBootMode, InvalidRequestException",
            "InvalidParameterValue.InvalidImageFamily, InvalidRequestException",
            "InvalidParameterValue.InvalidLicenseType, InvalidRequestException",
            "InvalidParameterValue.TagKeyNotFound, InvalidRequestException",
            "InvalidParameterValue.TooLarge, InvalidRequestException",
            "OperationDenied.InnerUserProhibitAction, PermissionDeniedException",
            "RegionAbilityLimit.UnsupportedToImportImage, RegionNotSupportedException",
            "AuthFailure.SignatureFailure, AuthenticationException",
            "AuthFailure.SecretIdNotFound, AuthenticationException",
            "AuthFailure.SignatureExpire, AuthenticationException",
            "AuthFailure.TokenFailure, AuthenticationException",
            "AuthFailure.UnauthorizedOperation, PermissionDeniedException",
            "UnauthorizedOperation.PermissionDenied, PermissionDeniedException",
            "RequestLimitExceeded, ThrottledException",
            "RequestLimitExceeded.UinLimitExceeded, ThrottledException",
            "RequestLimitExceeded.GlobalRegionUinLimitExceeded, ThrottledException",
            "RequestLimitExceeded.IPLimitExceeded, ThrottledException",
            "InternalError, ServiceUnavailableException",
            "ServiceUnavailable, ServiceUnavailableException",
            "InvalidParameter.InvalidParameterCoexistImageIdsFilters, InvalidRequestException",
            "InvalidFilter, InvalidRequestException",
            "InvalidFilterValue.LimitExceeded, InvalidRequestException",
            "InvalidImageId.Malformed, InvalidRequestException",
            "InvalidInstanceType.Malformed, InvalidRequestException",
            "MissingParameter, InvalidRequestException",
            "UnsupportedRegion, RegionNotSupportedException",
            "InvalidRegion.NotFound, RegionNotSupportedException",
            "LimitExceeded, QuotaExceededException",
            "ResourceNotFound, CloudServiceException",
            "UnsupportedOperation, CloudServiceException",
            "IpNotInWhitelist, PermissionDeniedException",
    })
    void eachErrorCodeBecomesItsTypeWithTheCodeAndRequestId(String code, String type) {
        assertThatThrownBy(() -> TencentResponses.decode(error(code), AT))
                .isInstanceOfSatisfying(CloudImagesException.class, e -> {
                    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
                    assertThat(e.errorCode()).isEqualTo(code);
                    assertThat(e.requestId()).isEqualTo("req-1");
                    assertThat(e.provider()).isEqualTo("tencent-v3");
                    assertThat(e.action()).isEqualTo("ImportImage");
                });
    }

    /** A code is the cloud's refusal, so nothing was performed; a server error leaves that open, and may pass. */
    @ParameterizedTest(name = "{0}: refused {1}, retryable {2}")
    @CsvSource({
            "InvalidImageName.Duplicate, true, false",
            "InvalidImageOsType.Unsupported, true, false",
            "UnsupportedRegion, true, false",
            "InvalidParameterValue.TooLarge, true, false",
            "AuthFailure.SignatureFailure, true, false",
            "ResourceNotFound, true, false",
            "RequestLimitExceeded, true, true",
            "InternalError, false, true",
    })
    void anErrorCodeSaysWhetherTheCloudRefusedTheRequest(String code, boolean refused, boolean retryable) {
        assertThatThrownBy(() -> TencentResponses.decode(error(code), AT))
                .isInstanceOfSatisfying(CloudImagesException.class, e -> {
                    assertThat(e.requestSent()).isTrue();
                    assertThat(e.cloudRefused()).isEqualTo(refused);
                    assertThat(e.retryable()).isEqualTo(retryable);
                });
    }

    @Test
    void aClockSkewErrorSaysWhatToFix() {
        assertThatThrownBy(() -> TencentResponses.decode(error("AuthFailure.SignatureExpire"), AT))
                .hasMessageContaining("clock");
    }

    @Test
    void aDryRunAnswerIsReturnedForTheCallerToRecognise() {
        assertThat(TencentResponses.decode(error("DryRunOperation"), AT).path("Error").path("Code").asText())
                .isEqualTo("DryRunOperation");
    }

    @Test
    void aSuccessIsTheResponseObject() {
        assertThat(TencentResponses.decode(answer(200, "{\"Response\":{\"TotalCount\":0,\"RequestId\":\"r\"}}"), AT)
                .path("TotalCount").asInt()).isZero();
    }

    @Test
    void gatewayFailuresAreTypedByStatus() {
        assertThatThrownBy(() -> TencentResponses.decode(answer(502, "<html>Bad Gateway</html>"), AT))
                .isInstanceOf(ServiceUnavailableException.class);
        assertThatThrownBy(() -> TencentResponses.decode(answer(429, ""), AT)).isInstanceOf(ThrottledException.class);
        assertThatThrownBy(() -> TencentResponses.decode(answer(403, "<html>Forbidden</html>"), AT))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("HTTP 403");
        assertThatThrownBy(() -> TencentResponses.decode(answer(404, "<html>Not Found</html>"), AT))
                .isInstanceOf(CloudServiceException.class).hasMessageContaining("HTTP 404");
    }

    @Test
    void answersWithoutTheEnvelopeOrRequestIdAreProtocolErrors() {
        assertThatThrownBy(() -> TencentResponses.decode(answer(200, "{\"TotalCount\":1}"), AT))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> TencentResponses.decode(answer(200, "{\"Response\":{\"TotalCount\":1}}"), AT))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("RequestId");
        assertThatThrownBy(() -> TencentResponses.decode(answer(200, "{\"Response\":{\"Image"), AT))
                .isInstanceOf(ProtocolException.class);
    }
}
