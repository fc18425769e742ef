package io.cloudimages.cli;

import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A region the cloud does not have, mistyped most likely: the simulated clouds refuse it as the real ones do. */
class UnknownRegionTest {

    @TempDir
    Path root;

    private CliRunner.Run simulate(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--simulate";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CliRunner(root).run(all);
    }

    @Test
    void aRegionTencentDoesNotHaveIsNamedWithHowToListTheRegions() {
        CliRunner.Run run = simulate("images", "list", "-p", "tencent-v3", "-r", "ap-guangzhuo");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("cloudimages: no region \"ap-guangzhuo\" on tencent-v3: ")
                .contains("code=UnsupportedRegion")
                .endsWith("; list its regions with: tccli cvm DescribeRegions");
    }

    @Test
    void aRegionUcloudDoesNotHaveIsNamedWithHowToListTheRegions() {
        CliRunner.Run run = simulate("images", "list", "-p", "ucloud", "-r", "cn-bj9", "-o", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("cloudimages: no region \"cn-bj9\" on ucloud: ")
                .contains("Params [Region] not available", "code=230")
                .endsWith("; list its regions with: ucloud region list");
    }

    @Test
    void everyCommandNamesTheRegion() {
        CliRunner.Run run = simulate("os-support", "-p", "tencent-v3", "-r", "eu-paris");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.errLines()).singleElement().asString().startsWith("cloudimages: no region \"eu-paris\" on tencent-v3: ");
    }

    @Test
    void withSeveralCloudsTheLineNamesTheCloudAndItsRegion() {
        Path config = new CliRunner(root).file("clouds.yaml", """
                clouds:
                  gz: {provider: tencent-v3, region: ap-guangzhou}
                  typo: {provider: tencent-v3, region: ap-shangai}
                """);

        CliRunner.Run run = simulate("--config", config.toString(), "images", "list", "-c", "gz", "-c", "typo", "-o", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.json()).isNotEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("cloudimages: cloud typo: no region \"ap-shangai\" on tencent-v3: ");
    }

    @Test
    void theSimulatedCloudsServeEveryRegionTheCloudsHave() {
        for (String region : FakeTencentCloud.REGIONS) {
            CliRunner.Run run = simulate("images", "list", "-p", "tencent-v3", "-r", region, "--limit", "1", "-o", "json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.json()).hasSize(1);
        }
        for (String region : FakeUcloud.REGIONS.keySet()) {
            CliRunner.Run run = simulate("images", "list", "-p", "ucloud", "-r", region, "--limit", "1", "-o", "json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.json()).hasSize(1);
        }
    }

    @Test
    void aSimulatedUcloudRegionHasUcloudsZones() {
        CliRunner.Run run = simulate("images", "list", "-p", "ucloud", "-r", "hk", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().findValuesAsText("zone")).containsOnly("hk-02", "hk-03");
    }
}
