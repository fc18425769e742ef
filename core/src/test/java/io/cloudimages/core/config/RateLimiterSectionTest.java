package io.cloudimages.core.config;

import io.cloudimages.CloudImages;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code rateLimiter:} section of a configuration file. */
class RateLimiterSectionTest {

    private static CloudConfig parse(String yaml) {
        return CloudConfig.parse(yaml, "clouds.yaml");
    }

    @Test
    void everyKeyOfTheSectionBecomesASettingThatEveryCloudOfTheFileUses() {
        CloudConfig config = parse("""
                clouds:
                  gz: {provider: tencent-v3, region: ap-guangzhou}
                  bj: {provider: ucloud, region: cn-bj2}
                rateLimiter:
                  backend: redis
                  uri: redis://:pw@cache.internal:6379/1
                  keyPrefix: platform-a
                  onUnavailable: local
                  expectedReplicas: 6
                  timeout: 150ms
                """);

        RateLimiterSettings expected = RateLimiterSettings.builder().backend("redis")
                .uri(URI.create("redis://:pw@cache.internal:6379/1")).keyPrefix("platform-a")
                .onUnavailable(RateLimiterSettings.OnUnavailable.LOCAL).expectedReplicas(6)
                .timeout(Duration.ofMillis(150)).build();
        assertThat(config.rateLimiter()).isEqualTo(expected);
        assertThat(config.cloud("gz").settings().extension(CoreSettings.RATE_LIMITER)).contains(expected);
        assertThat(config.cloud("bj").settings().extension(CoreSettings.RATE_LIMITER)).contains(expected);
    }

    @Test
    void withoutTheSectionLimitsAreKeptInThisJvm() {
        CloudConfig config = parse("clouds:\n  gz: {provider: tencent-v3, region: ap-guangzhou}\n");

        assertThat(config.rateLimiter().isLocal()).isTrue();
        assertThat(config.cloud("gz").settings().extension(CoreSettings.RATE_LIMITER)).isEmpty();
    }

    @Test
    void everyMistakeOfTheSectionIsReportedAtItsKeyWithWhatIsAllowed() {
        assertThatThrownBy(() -> parse("""
                clouds:
                  gz: {provider: tencent-v3, region: ap-guangzhou}
                rateLimiter:
                  backend: redis
                  uri: "redis://bad host:6379"
                  keyPrefix: "a b"
                  onUnavailable: ignore
                  expectedReplicas: 0
                  timeout: 30s
                  retries: 3
                """))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("clouds.yaml: 7 mistakes")
                .hasMessageContaining("rateLimiter.uri: is not a URI")
                .hasMessageContaining("rateLimiter.keyPrefix: \"a b\" is not a key prefix")
                .hasMessageContaining("rateLimiter.onUnavailable: \"ignore\" is not allowed; allowed: fail")
                .hasMessageContaining("rateLimiter.expectedReplicas: 0 replicas is out of range; allowed: 1 to 1000")
                .hasMessageContaining("rateLimiter.timeout: a store timeout must be above zero and at most 10 s")
                .hasMessageContaining("rateLimiter.retries: unknown key; allowed here: backend, expectedReplicas,"
                        + " keyPrefix, onUnavailable, timeout, uri");
    }

    @Test
    void aClusterWideBackendWithoutAUriIsAMistakeOfTheSection() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r}\nrateLimiter: {backend: redis}\n"))
                .hasMessageContaining("rateLimiter: the redis rate-limiter backend needs the URI of its store");
    }

    @Test
    void aBackendThatIsNotOnTheClasspathIsNamedAtItsKey() {
        CloudConfig config = parse("clouds:\n  gz: {provider: p, region: r}\nrateLimiter: {backend: memcached, uri: \"memcached://h:1\"}\n");

        assertThatThrownBy(() -> config.validate(CloudImages.builder().discover(false).build()))
                .hasMessageContaining("rateLimiter.backend: no rate-limiter backend \"memcached\" is on the classpath"
                        + " (known: local, scripted)");
    }

    @Test
    void settingsTheBackendRefusesAreReportedBeforeAnythingIsOpened() {
        CloudConfig config = parse("clouds:\n  gz: {provider: p, region: r}\nrateLimiter: {backend: scripted, uri: \"redis://h:1\"}\n");

        assertThatThrownBy(() -> config.validate(CloudImages.builder().discover(false).build()))
                .hasMessageContaining("rateLimiter: the scripted backend takes scripted:// URIs");
    }
}
