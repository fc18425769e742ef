package io.cloudimages.ucloud.internal;

import io.cloudimages.core.http.WireResponse;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UcloudResponsesTest {

    private static final ErrorContext AT = ErrorContext.of("ucloud", "DescribeImage");

    private static WireResponse answer(String body) {
        return new WireResponse(200, Map.of("x-ucloud-request-uuid", List.of("4b2f-req")), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The common RetCodes of reference/ucloud.md section 2.3 and UHost's image codes. */
    @ParameterizedTest(name = "RetCode {0} is {1}")
    @CsvSource({
            "110, ServiceUnavailableException", "130, ServiceUnavailableException", "150, ServiceUnavailableException",
            "153, ThrottledException", "160, InvalidRequestException", "161, InvalidRequestException",
            "170, AuthenticationException", "171, AuthenticationException", "172, AuthenticationException",
            "174, AuthenticationException", "230, InvalidRequestException", "292, InvalidRequestException",
            "293, PermissionDeniedException", "294, PermissionDeniedException", "295, PermissionDeniedException",
            "299, PermissionDeniedException", "8095, QuotaExceededException", "8874, ServiceUnavailableException",
            "8889, ServiceUnavailableException", "8301, CloudServiceException", "8956, CloudServiceException"})
    void eachRetCodeBecomesItsTypeWithTheCodeAndTheRequestId(int code, String type) {
        for (String written : new String[] {Integer.toString(code), "\"" + code + "\""}) {
            assertThatThrownBy(() -> UcloudResponses.decode(answer("{\"Action\":\"DescribeImageResponse\",\"RetCode\":"
                    + written + ",\"Message\":\"m\"}"), AT))
                    .isInstanceOfSatisfying(CloudImagesException.class, e -> {
                        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
                        assertThat(e.errorCode()).isEqualTo(Integer.toString(code));
                        assertThat(e.requestId()).isEqualTo("4b2f-req");
                    });
        }
    }

    /** A RetCode is the cloud's refusal, so nothing was performed; a server error leaves that open, and may pass. */
    @ParameterizedTest(name = "RetCode {0}: refused {1}, retryable {2}")
    @CsvSource({"160, true, false", "171, true, false", "293, true, false", "8095, true, false", "8301, true, false",
            "153, true, true", "110, false, true"})
    void aRetCodeSaysWhetherTheCloudRefusedTheRequest(int code, boolean refused, boolean retryable) {
        assertThatThrownBy(() -> UcloudResponses.decode(answer("{\"RetCode\":" + code + ",\"Message\":\"m\"}"), AT))
                .isInstanceOfSatisfying(CloudImagesException.class, e -> {
                    assertThat(e.requestSent()).isTrue();
                    assertThat(e.cloudRefused()).isEqualTo(refused);
                    assertThat(e.retryable()).isEqualTo(retryable);
                });
    }

    @Test
    void retCodeZeroIsTheAnswerEvenWhenSentAsText() {
        assertThat(UcloudResponses.decode(answer("{\"RetCode\":\"0\",\"TotalCount\":4}"), AT).path("TotalCount").asInt()).isEqualTo(4);
    }

    @Test
    void aProjectThatDoesNotExistPointsAtTheSetting() {
        assertThatThrownBy(() -> UcloudResponses.decode(answer("{\"RetCode\":292,\"Message\":\"Project [org-x/Name] not exists\"}"), AT))
                .hasMessageContaining("projectId");
    }

    @Test
    void anAnswerWithoutRetCodeIsAProtocolError() {
        assertThatThrownBy(() -> UcloudResponses.decode(answer("{\"TotalCount\":4}"), AT))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.requestId()).isEqualTo("4b2f-req"));
    }
}
