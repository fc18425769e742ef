package io.cloudimages.tencentlegacy.internal;

import io.cloudimages.core.http.WireResponse;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.ServiceUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegacyResponsesTest {

    private static final ErrorContext AT = ErrorContext.of("tencent-legacy", "DescribeImages");

    private static WireResponse answer(String body) {
        return new WireResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The common codes of reference/tencent.md section 8.2; a code may come as a number or as text. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "4000, InvalidRequestException", "4100, AuthenticationException", "4101, PermissionDeniedException",
            "4102, PermissionDeniedException", "4103, PermissionDeniedException", "4104, AuthenticationException",
            "4110, PermissionDeniedException", "4200, AuthenticationException", "4300, PermissionDeniedException",
            "4400, ThrottledException", "4500, AuthenticationException", "4600, InvalidRequestException",
            "5000, CloudServiceException", "5100, CloudServiceException", "5400, CloudServiceException",
            "6000, ServiceUnavailableException", "6100, CloudServiceException", "6200, ServiceUnavailableException"})
    void eachCodeBecomesItsTypeWithTheCode(String code, String type) {
        for (String written : new String[] {code, "\"" + code + "\""}) {
            assertThatThrownBy(() -> LegacyResponses.decode(answer("{\"code\":" + written + ",\"message\":\"(100004) incorrect projectId\"}"), AT))
                    .isInstanceOfSatisfying(CloudImagesException.class, e -> {
                        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
                        assertThat(e.errorCode()).isEqualTo(code);
                        assertThat(e.detail()).contains("(100004) incorrect projectId");
                    });
        }
    }

    /** A code is the cloud's refusal even without a request id; a server error leaves that open, and may pass. */
    @ParameterizedTest(name = "{0}: refused {1}, retryable {2}")
    @CsvSource({"4000, true, false", "4100, true, false", "4101, true, false", "5000, true, false",
            "4400, true, true", "6000, false, true"})
    void aCodeSaysWhetherTheCloudRefusedTheRequest(String code, boolean refused, boolean retryable) {
        assertThatThrownBy(() -> LegacyResponses.decode(answer("{\"code\":" + code + ",\"message\":\"m\"}"), AT))
                .isInstanceOfSatisfying(CloudImagesException.class, e -> {
                    assertThat(e.requestSent()).isTrue();
                    assertThat(e.cloudRefused()).isEqualTo(refused);
                    assertThat(e.retryable()).isEqualTo(retryable);
                });
    }

    @Test
    void codeZeroIsTheAnswer() {
        assertThat(LegacyResponses.decode(answer("{\"code\":0,\"message\":\"\",\"totalCount\":3}"), AT)
                .path("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void aReplayRefusalPointsAtTheClock() {
        assertThatThrownBy(() -> LegacyResponses.decode(answer("{\"code\":4500,\"message\":\"\"}"), AT))
                .hasMessageContaining("clock");
    }

    @Test
    void anAnswerWithoutACodeIsAProtocolError() {
        assertThatThrownBy(() -> LegacyResponses.decode(answer("{\"totalCount\":3}"), AT)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> LegacyResponses.decode(new WireResponse(503, Map.of(), new byte[0]), AT))
                .isInstanceOf(ServiceUnavailableException.class);
    }
}
