package io.cloudimages.testkit.pipeline;

import io.cloudimages.Credentials;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.spi.Action;
import io.cloudimages.core.pipeline.RequestPipeline;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.testkit.example.ExampleCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteActionsTest {

    private final ExampleCloud fake = ExampleCloud.withCatalogue(1).start();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void anActionThatChangesSomethingIsNeverSentAsAGetBecauseTheJdkClientResendsGets() {
        RequestPipeline pipeline = RequestPipeline.builder("example")
                .settings(ProviderSettings.builder().region("r")
                        .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal()).build())
                .credentials(() -> Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET))
                .endpoint(fake.endpoint())
                .build();

        assertThatThrownBy(() -> pipeline.execute(Action.write("ImportImage", 10),
                (credentials, now) -> WireRequest.get(fake.endpoint(), Map.of()), (response, context) -> response))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POST");
        assertThat(fake.requests()).isEmpty();
    }
}
