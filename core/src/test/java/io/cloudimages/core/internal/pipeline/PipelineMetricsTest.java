package io.cloudimages.core.internal.pipeline;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineMetricsTest {

    @Test
    void withoutARegistryTheMetersAreTheNoOpOnes() {
        assertThat(PipelineMetrics.of(null)).isSameAs(PipelineMetrics.NONE);
    }

    @Test
    void errorCodesBeyondTheHundredthDistinctOneBecomeOther() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PipelineMetrics metrics = PipelineMetrics.of(registry);
        for (int i = 0; i < 150; i++) {
            metrics.request("p", "A", "cloud_error", "Code" + i, 1);
        }

        assertThat(registry.find("cloudimages.requests").tag("error.code", "OTHER").timer().count()).isEqualTo(50);
        assertThat(registry.getMeters()).hasSize(101);
    }

    @Test
    void somethingThatDoesNotLookLikeACodeIsNeverATag() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PipelineMetrics.of(registry).request("p", "A", "cloud_error", "img-abc def/ghi?x=1", 1);

        assertThat(registry.find("cloudimages.requests").tag("error.code", "OTHER").timer()).isNotNull();
    }
}
