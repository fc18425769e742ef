package io.cloudimages.testkit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FakeCloudTest {

    /** A fake whose action is the path, that answers "ok" and counts the work it did. */
    static final class EchoCloud extends FakeCloud {
        int performed;

        EchoCloud(Map<String, Integer> limits) {
            super("echo", limits);
        }

        @Override
        protected String actionOf(RecordedRequest request) {
            return request.uri().getPath().substring(1);
        }

        @Override
        protected synchronized FakeResponse handle(String action, RecordedRequest request) {
            performed++;
            return FakeResponse.json(200, "{\"ok\":true,\"action\":\"" + action + "\"}");
        }

        @Override
        protected FakeResponse throttledAnswer(String action, RecordedRequest request) {
            return FakeResponse.json(200, "{\"throttled\":true}");
        }
    }

    private final EchoCloud fake = new EchoCloud(Map.of("Limited", 3));
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        fake.close();
    }

    private HttpResponse<String> post(String action) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(fake.endpoint() + "/" + action))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("a=1&b=x%20y"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void itListensOnLoopbackOnly() {
        fake.start();

        assertThat(fake.endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void everyRequestIsRecordedAsReceived() throws Exception {
        fake.start();
        post("Anything");

        RecordedRequest recorded = fake.requests().get(0);
        assertThat(recorded.sequence()).isEqualTo(1);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(recorded.formParameters()).containsEntry("a", "1").containsEntry("b", "x y");
        assertThat(fake.requests("Anything")).hasSize(1);
    }

    @Test
    void theLimitCountsArrivalsOverASlidingWindow() throws Exception {
        fake.start();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(post("Limited").body());
        }

        assertThat(answers.subList(0, 3)).allMatch(a -> a.contains("\"ok\""));
        assertThat(answers.subList(3, 5)).allMatch(a -> a.contains("throttled"));
        assertThat(fake.throttledAnswers("Limited")).isEqualTo(2);
        assertThat(fake.maxArrivalsInAnyWindow("Limited")).isEqualTo(5);
    }

    @Test
    void theWindowSlides() throws Exception {
        fake.window(Duration.ofMillis(200));
        fake.start();
        for (int i = 0; i < 3; i++) {
            post("Limited");
        }
        Thread.sleep(250);

        assertThat(post("Limited").body()).contains("\"ok\"");
        assertThat(fake.throttledAnswers()).isZero();
    }

    @Test
    void latencyHoldsEveryAnswerAndTheLimitsStillCount() throws Exception {
        fake.latency(Duration.ofMillis(50));
        fake.start();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(post("Limited").body());
        }

        List<Long> arrivals = fake.requests().stream().map(RecordedRequest::arrivalNanos).toList();
        for (int i = 1; i < arrivals.size(); i++) {
            // each request was sent only after the previous answer came back
            assertThat(arrivals.get(i) - arrivals.get(i - 1)).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
        }
        assertThat(answers.subList(3, 5)).allMatch(a -> a.contains("throttled"));
        assertThat(fake.throttledAnswers("Limited")).isEqualTo(2);
    }

    @Test
    void theNthRequestFromNowFailsAndTheOthersPass() throws Exception {
        fake.start();
        fake.faults().nth(2, Fault.status(503));

        assertThat(post("A").statusCode()).isEqualTo(200);
        assertThat(post("A").statusCode()).isEqualTo(503);
        assertThat(post("A").statusCode()).isEqualTo(200);
        assertThat(fake.performed).isEqualTo(2);
    }

    @Test
    void aFaultForOneActionLeavesTheOthersAlone() throws Exception {
        fake.start();
        fake.faults().forAction("B").next(Fault.status(502));

        assertThat(post("A").statusCode()).isEqualTo(200);
        assertThat(post("B").statusCode()).isEqualTo(502);
    }

    @Test
    void aDroppedConnectionAnswersNothingAndPerformsNothing() throws Exception {
        fake.start();
        fake.faults().next(Fault.drop());

        assertThatThrownBy(() -> post("A")).isInstanceOf(IOException.class);
        assertThat(fake.performed).isZero();
    }

    @Test
    void aConnectionDroppedAfterProcessingHasDoneTheWork() throws Exception {
        fake.start();
        fake.faults().next(Fault.dropAfterProcessing());

        assertThatThrownBy(() -> post("A")).isInstanceOf(IOException.class);
        assertThat(fake.performed).isEqualTo(1);
    }

    @Test
    void aTruncatedAnswerIsHalfTheRealOne() throws Exception {
        fake.start();
        fake.faults().next(Fault.truncatedJson());

        String body = post("A").body();
        assertThat(body).startsWith("{\"ok\"").doesNotEndWith("}");
    }

    @Test
    void aShareOfRequestsFailsTheSameWayOnEveryRunWithTheSameSeed() throws Exception {
        List<Integer> first = statuses(42);
        List<Integer> second = statuses(42);

        assertThat(first).isEqualTo(second).contains(200, 503);
    }

    private List<Integer> statuses(long seed) throws Exception {
        EchoCloud cloud = new EchoCloud(Map.of());
        cloud.start();
        try {
            cloud.faults().share(0.5, seed, Fault.status(503));
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(client.send(HttpRequest.newBuilder(URI.create(cloud.endpoint() + "/A"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            return statuses;
        } finally {
            cloud.close();
        }
    }
}
