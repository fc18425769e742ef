package io.cloudimages.cli;

import io.cloudimages.testkit.FakeClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code --simulate} serves is the same from run to run. */
class SimulatedCloudsTest {

    @TempDir
    Path root;

    private CliRunner.Run listAt(String time, String provider, String region) {
        return new CliRunner(root).withClock(new FakeClock(Instant.parse(time)))
                .run("--simulate", "images", "list", "-p", provider, "-r", region, "--include-deprecated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tencent-v3 ap-guangzhou", "tencent-legacy gz", "ucloud cn-bj2"})
    void aListingReadsTheSameWhateverTheTimeOfTheRun(String cloud) {
        String[] providerAndRegion = cloud.split(" ");

        CliRunner.Run earlier = listAt("2030-01-01T00:00:00Z", providerAndRegion[0], providerAndRegion[1]);
        CliRunner.Run later = listAt("2031-06-15T12:34:56Z", providerAndRegion[0], providerAndRegion[1]);

        assertThat(earlier.exitCode()).as(earlier.toString()).isZero();
        assertThat(later.out()).isEqualTo(earlier.out()).doesNotContain("2030-", "2031-");
    }
}
