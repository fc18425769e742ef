package io.cloudimages.core.internal.pipeline;

import io.cloudimages.Credentials;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.internal.ratelimit.ScriptedBackendFactory;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pipeline's use of a cluster-wide rate-limiter backend chosen by settings. */
class PipelineLeaseTest {

    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9");

    private static ProviderSettings.Builder settings(String keyPrefix) {
        return ProviderSettings.builder().region("r")
                .extension(CoreSettings.RATE_LIMITER, RateLimiterSettings.builder().backend("scripted")
                        .uri(URI.create("scripted://store:1")).keyPrefix(keyPrefix).build());
    }

    private static DefaultRequestPipeline pipeline(ProviderSettings settings) {
        return new DefaultRequestPipeline("p", settings, () -> Credentials.of("AKID", "secret"), ENDPOINT);
    }

    @Test
    void closingThePipelineReleasesTheBackendItOpened() {
        int before = ScriptedBackendFactory.OPENED.size();
        DefaultRequestPipeline pipeline = pipeline(settings("lease-close").build());
        ScriptedBackendFactory.Opened store = ScriptedBackendFactory.OPENED.get(before);

        pipeline.close();

        assertThat(store.closed).isTrue();
    }

    @Test
    void settingsRefusedWhileBuildingThePipelineOpenNoBackendToLeak() {
        int before = ScriptedBackendFactory.OPENED.size();

        assertThatThrownBy(() -> pipeline(settings("lease-refused")
                .extension(CoreSettings.RATE_LIMIT_GUARD, Duration.ofSeconds(5)).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("guard");

        assertThat(ScriptedBackendFactory.OPENED).hasSize(before);
    }
}
