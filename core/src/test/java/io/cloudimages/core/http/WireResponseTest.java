package io.cloudimages.core.http;

import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireResponseTest {

    private static final ErrorContext CONTEXT = ErrorContext.of("p", "Action");

    private static WireResponse answer(int status, Map<String, List<String>> headers, String body) {
        return new WireResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerNamesAreFoundInAnyCaseWhoeverBuiltTheAnswer() {
        WireResponse response = answer(200, Map.of("X-UCloud-Request-UUID", List.of("abc")), "");

        assertThat(response.header("x-ucloud-request-uuid")).contains("abc");
        assertThat(response.headers()).containsOnlyKeys("x-ucloud-request-uuid");
    }

    @Test
    void a2xxAnswerPasses() {
        WireResponse response = answer(200, Map.of(), "{}");

        assertThat(response.requireSuccess(CONTEXT)).isSameAs(response);
    }

    @Test
    void a429IsThrottlingWithTheGatewaysRetryAfterInSeconds() {
        assertThatThrownBy(() -> answer(429, Map.of("Retry-After", List.of("7")), "").requireSuccess(CONTEXT))
                .isInstanceOfSatisfying(ThrottledException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    /** A gateway's refusal performed nothing, even without a code; its server error leaves that open. */
    @ParameterizedTest(name = "HTTP {0}: refused {1}, retryable {2}")
    @CsvSource({"429, true, true", "403, true, false", "404, true, false", "500, false, true", "502, false, true"})
    void aGatewaysStatusSaysWhetherTheCloudRefusedTheRequest(int status, boolean refused, boolean retryable) {
        assertThatThrownBy(() -> answer(status, Map.of(), "").requireSuccess(CONTEXT))
                .isInstanceOfSatisfying(CloudImagesException.class, e -> {
                    assertThat(e.requestSent()).isTrue();
                    assertThat(e.cloudRefused()).isEqualTo(refused);
                    assertThat(e.retryable()).isEqualTo(retryable);
                });
    }

    @Test
    void aRetryAfterDateIsTheTimeUntilThen() {
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));

        Duration wait = answer(429, Map.of("retry-after", List.of(inAMinute)), "").retryAfter().orElseThrow();

        assertThat(wait).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
    }

    @Test
    void anUnreadableRetryAfterIsNoHint() {
        assertThat(answer(429, Map.of("retry-after", List.of("soon")), "").retryAfter()).isEmpty();
    }

    @Test
    void a5xxIsTheCloudBeingUnavailable() {
        assertThatThrownBy(() -> answer(503, Map.of(), "").requireSuccess(CONTEXT))
                .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void anyOtherStatusIsACloudErrorShowingTheStartOfTheBody() {
        assertThatThrownBy(() -> answer(404, Map.of(), "not\nfound  here " + "x".repeat(500)).requireSuccess(CONTEXT))
                .isInstanceOf(CloudServiceException.class)
                .hasMessageContaining("HTTP 404 from the gateway: not found here x")
                .hasMessageNotContaining("x".repeat(300));
    }

    @Test
    void a401IsRejectedCredentials() {
        assertThatThrownBy(() -> answer(401, Map.of(), "bad signature").requireSuccess(CONTEXT))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("HTTP 401 from the gateway: bad signature");
    }

    @Test
    void a403IsAPermissionDenied() {
        assertThatThrownBy(() -> answer(403, Map.of(), "forbidden by policy").requireSuccess(CONTEXT))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("HTTP 403 from the gateway: forbidden by policy");
    }
}
