package io.cloudimages.core.internal.ratelimit;

import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.exception.InvalidRequestException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedBackendsTest {

    private static RateLimiterSettings scripted(String prefix) {
        return RateLimiterSettings.builder().backend("scripted").uri(URI.create("scripted://store:1")).keyPrefix(prefix).build();
    }

    @Test
    void servicesWithEqualSettingsShareOneBackendThatTheLastOfThemCloses() {
        int before = ScriptedBackendFactory.OPENED.size();
        SharedBackends.Lease first = SharedBackends.lease(scripted("share"), null);
        SharedBackends.Lease second = SharedBackends.lease(scripted("share"), null);

        assertThat(second.backend()).isSameAs(first.backend());
        assertThat(ScriptedBackendFactory.OPENED).hasSize(before + 1);
        ScriptedBackendFactory.Opened store = ScriptedBackendFactory.OPENED.get(before);

        first.close();
        first.close(); // a second close of one lease does not count twice
        assertThat(store.closed).isFalse();
        second.close();
        assertThat(store.closed).isTrue();
    }

    @Test
    void differentSettingsOpenDifferentBackends() {
        try (SharedBackends.Lease a = SharedBackends.lease(scripted("a"), null);
             SharedBackends.Lease b = SharedBackends.lease(scripted("b"), null)) {
            assertThat(a.backend()).isNotSameAs(b.backend());
        }
    }

    @Test
    void aBackendNotOnTheClasspathIsNamedWithTheKnownOnesAndTheArtifactThatBringsIt() {
        RateLimiterSettings redis = RateLimiterSettings.builder().backend("redis").uri(URI.create("redis://h:6379")).build();

        assertThatThrownBy(() -> SharedBackends.lease(redis, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no rate-limiter backend \"redis\" is on the classpath (known: local, scripted)")
                .hasMessageContaining("io.cloudimages:cloudimages-ratelimit-redis");
    }

    @Test
    void theMeterShowsWhereTheLimitsAreKept() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (SharedBackends.Lease lease = SharedBackends.lease(scripted("meter"), registry)) {
            assertThat(registry.get(SharedBackends.METER).tag("backend", "scripted").tag("state", "shared").gauge().value())
                    .isEqualTo(1.0);
            assertThat(registry.get(SharedBackends.METER).tag("state", "local").gauge().value()).isZero();
            assertThat(registry.get(SharedBackends.METER).tag("state", "unavailable").gauge().value()).isZero();
        }
    }
}
