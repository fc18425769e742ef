package io.cloudimages.core.ratelimit;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterSettingsTest {

    @Test
    void theDefaultKeepsLimitsInThisJvm() {
        RateLimiterSettings settings = RateLimiterSettings.local();

        assertThat(settings.isLocal()).isTrue();
        assertThat(settings.uri()).isNull();
        assertThat(settings.onUnavailable()).isEqualTo(RateLimiterSettings.OnUnavailable.FAIL);
        assertThat(settings.expectedReplicas()).isEqualTo(4);
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(settings.keyPrefix()).isEqualTo("cloudimages");
    }

    @Test
    void aClusterWideBackendNeedsTheUriOfItsStore() {
        assertThatThrownBy(() -> RateLimiterSettings.builder().backend("redis").build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("needs the URI of its store, for example redis://127.0.0.1:6379");
    }

    @Test
    void theLocalBackendTakesNoUri() {
        assertThatThrownBy(() -> RateLimiterSettings.builder().uri(URI.create("redis://h:6379")).build())
                .hasMessageContaining("takes no URI");
    }

    @Test
    void aPasswordInTheUriIsNeverShown() {
        RateLimiterSettings settings = RateLimiterSettings.builder().backend("redis")
                .uri(URI.create("rediss://:S3cret@cache.internal:6380/2")).build();

        assertThat(settings.describeStore()).isEqualTo("rediss://cache.internal:6380/2");
        assertThat(settings.toString()).doesNotContain("S3cret");
        assertThatThrownBy(() -> RateLimiterSettings.builder().uri(URI.create("redis://:S3cret@/nohost")))
                .hasMessageNotContaining("S3cret");
    }

    @Test
    void eachValueIsCheckedAsItIsSetAndTheMessageSaysWhatIsAllowed() {
        RateLimiterSettings.Builder builder = RateLimiterSettings.builder();

        assertThatThrownBy(() -> builder.backend("Redis!")).hasMessageContaining("not a backend id");
        assertThatThrownBy(() -> builder.keyPrefix("has space")).hasMessageContaining("1 to 64 letters, digits or _ . : -");
        assertThatThrownBy(() -> builder.expectedReplicas(0)).hasMessageContaining("allowed: 1 to 1000");
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).hasMessageContaining("above zero and at most 10 s");
        assertThatThrownBy(() -> builder.timeout(Duration.ofSeconds(11))).hasMessageContaining("at most 10 s");
    }

    @Test
    void equalSettingsAreEqualValues() {
        URI uri = URI.create("redis://h:6379");
        assertThat(RateLimiterSettings.builder().backend("redis").uri(uri).build())
                .isEqualTo(RateLimiterSettings.builder().backend("redis").uri(uri).build())
                .hasSameHashCodeAs(RateLimiterSettings.builder().backend("redis").uri(uri).build())
                .isNotEqualTo(RateLimiterSettings.builder().backend("redis").uri(uri).keyPrefix("other").build());
    }
}
