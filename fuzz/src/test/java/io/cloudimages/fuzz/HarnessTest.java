package io.cloudimages.fuzz;

import io.cloudimages.fuzz.AnswerScript.Answer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fuzz harness itself: what it reads from an input, and how it bounds an execution. */
class HarnessTest {

    @Test
    void everyByteStringIsAScriptAndTheEmptyOneAnswers200WithNothing() {
        AnswerScript empty = AnswerScript.parse(new byte[0]);

        assertThat(empty.operation()).isZero();
        assertThat(empty.answerTo(0).status()).isEqualTo(200);
        assertThat(empty.answerTo(0).body()).isEmpty();
        assertThat(AnswerScript.parse(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x00}).answers()).hasSize(2);
    }

    @Test
    void aScriptReadsBackAsTheAnswersItWasWrittenFrom() {
        Answer throttled = new Answer(429, Map.of("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT",
                "Content-Type", "text/plain"), "slow down".getBytes(StandardCharsets.UTF_8), AnswerScript.CHUNKED);
        Answer page = new Answer(200, Map.of(), "{\"RetCode\":0}".getBytes(StandardCharsets.UTF_8), AnswerScript.TRUNCATED);

        AnswerScript script = AnswerScript.parse(AnswerScript.encode(3, List.of(throttled, page)));

        assertThat(script.operation()).isEqualTo(3);
        assertThat(script.answers()).hasSize(2);
        assertThat(script.answerTo(0).status()).isEqualTo(429);
        assertThat(script.answerTo(0).headers()).isEqualTo(throttled.headers());
        assertThat(script.answerTo(0).bodyText()).isEqualTo("slow down");
        assertThat(script.answerTo(0).chunked()).isTrue();
        assertThat(script.answerTo(1).truncated()).isTrue();
        assertThat(script.answerTo(7).bodyText()).as("the last answer answers the rest").isEqualTo("{\"RetCode\":0}");
    }

    @Test
    void workThatDoesNotEndIsReportedWithWhereItWas() {
        assertThatThrownBy(() -> Deadline.run(Duration.ofMillis(200), () -> Thread.sleep(Long.MAX_VALUE)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("did not end within")
                .cause().isInstanceOf(Deadline.StillRunning.class)
                .satisfies(where -> assertThat(where.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("sleep")));
    }

    @Test
    void whatTheWorkThrowsIsHandedBackAsItIs() {
        StackOverflowError deep = new StackOverflowError();

        assertThat(Deadline.run(Duration.ofSeconds(5), () -> {
            throw deep;
        })).isSameAs(deep);
        assertThat(Deadline.run(Duration.ofSeconds(5), () -> { })).isNull();
    }

    @Test
    void aRunAnswersNoMoreThanItsLimitAndRecordsWhoAskedPastIt() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ScriptedCloud.Run run = ScriptedCloud.shared().play(AnswerScript.parse("a0@{}".getBytes(StandardCharsets.UTF_8)))) {
            run.client(Thread.currentThread());
            HttpRequest request = HttpRequest.newBuilder(run.endpoint()).POST(HttpRequest.BodyPublishers.noBody()).build();
            for (int i = 0; i < ScriptedCloud.MAX_REQUESTS; i++) {
                assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("{}");
            }
            assertThat(run.clientAtLimit()).isNull();

            assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
            assertThat(run.clientAtLimit()).isNotNull();
            assertThat(run.clientAtLimit().getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals("aRunAnswersNoMoreThanItsLimitAndRecordsWhoAskedPastIt"));
        }
        HttpRequest late = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ScriptedCloud.shared().port() + "/run-0"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThatThrownBy(() -> client.send(late, HttpResponse.BodyHandlers.ofString()))
                .as("a run that is over answers nothing").isInstanceOf(java.io.IOException.class);
    }
}
