package io.cloudimages.cli;

import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code images list} with several {@code -c/--cloud}: listed at once, a failing cloud beside the others. */
class MultiCloudListTest {

    @TempDir
    Path root;

    private CliRunner cli;
    private FakeTencentCloud tencent;
    private FakeUcloud ucloud;
    private Path config;

    @BeforeEach
    void start() {
        cli = new CliRunner(root);
        tencent = FakeTencentCloud.withDefaultCatalogue().start();
        ucloud = FakeUcloud.withDefaultCatalogue().start();
        config = cli.file("clouds.yaml", """
                clouds:
                  tencent-gz:
                    provider: tencent-v3
                    region: ap-guangzhou
                    endpoint: %s
                    maxAttempts: 1
                    credentials: {source: explicit, accessKeyId: %s, secretKey: %s}
                  ucloud-bj:
                    provider: ucloud
                    region: cn-bj2
                    endpoint: %s
                    maxAttempts: 1
                    credentials: {source: explicit, accessKeyId: %s, secretKey: %s}
                  ucloud-env:
                    provider: ucloud
                    region: cn-bj2
                    endpoint: %s
                    credentials: {source: environment}
                  tencent-again:
                    provider: tencent-v3
                    region: ap-guangzhou
                    endpoint: %1$s
                    maxAttempts: 1
                    credentials: {source: explicit, accessKeyId: %2$s, secretKey: %3$s}
                  tencent-refused:
                    provider: tencent-v3
                    region: ap-guangzhou
                    endpoint: %1$s
                    maxAttempts: 1
                    credentials: {source: explicit, accessKeyId: %2$s, secretKey: not-the-secret-key}
                """.formatted(tencent.endpoint(), FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY,
                ucloud.endpoint(), FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY, ucloud.endpoint()));
    }

    @AfterEach
    void stop() {
        tencent.close();
        ucloud.close();
    }

    private int catalogueSize() {
        return tencent.imageIds("ap-guangzhou").size() + ucloud.imageIds().size();
    }

    @Test
    void everyCloudsImagesArePrinted() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "ucloud-bj",
                "--include-deprecated", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json()).hasSize(catalogueSize());
        assertThat(run.json().findValuesAsText("provider")).contains("tencent-v3", "ucloud");
    }

    @Test
    void inJsonEachImageNamesItsCloudFirst() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "ucloud-bj",
                "--include-deprecated", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json()).allSatisfy(image -> {
            assertThat(image.fieldNames().next()).isEqualTo("cloud");
            assertThat(image.size()).isEqualTo(19);
        });
        assertThat(run.json().findValuesAsText("cloud")).containsOnly("tencent-gz", "ucloud-bj");
    }

    @Test
    void twoCloudsOfOneProviderAreToldApartInJson() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "tencent-again",
                "--include-deprecated", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        int each = tencent.imageIds("ap-guangzhou").size();
        assertThat(run.json().findValuesAsText("cloud").stream().filter("tencent-gz"::equals)).hasSize(each);
        assertThat(run.json().findValuesAsText("cloud").stream().filter("tencent-again"::equals)).hasSize(each);
    }

    @Test
    void theExitCodeIsThatOfTheFirstFailingCloudInTheOrderGivenWhicheverFailedFirst() {
        // the first cloud given is the slower to fail, so that the order in time is the other one
        ucloud.latency(Duration.ofMillis(300));
        ucloud.faults().always(Fault.status(503));

        CliRunner.Run unavailableFirst = cli.run("--config", config.toString(), "images", "list", "-c", "ucloud-bj",
                "-c", "tencent-refused", "-o", "json");
        CliRunner.Run refusedFirst = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-refused",
                "-c", "ucloud-bj", "-o", "json");

        assertThat(unavailableFirst.exitCode()).as(unavailableFirst.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(refusedFirst.exitCode()).as(refusedFirst.toString()).isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(unavailableFirst.errLines()).hasSize(2);
    }

    @Test
    void whenEveryCloudFailsTheTableHasNoHeader() {
        ucloud.faults().always(Fault.status(503));

        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "ucloud-bj", "-c", "tencent-refused");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2);
    }

    @Test
    void theTableHasAZoneColumnWhenACloudsImagesHaveZones() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "ucloud-bj",
                "--include-deprecated");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(0)).startsWith("CLOUD").contains(" ZONE ");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("ucloud-bj").contains(" cn-bj2-04 "));
        assertThat(run.outLines()).allSatisfy(line -> assertThat(Table.cells(line)).isLessThanOrEqualTo(Table.MAX_WIDTH));
    }

    @Test
    void theTableNamesEachRowsCloud() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "ucloud-bj",
                "--include-deprecated");

        assertThat(run.outLines().get(0)).startsWith("CLOUD");
        assertThat(run.outLines()).hasSize(catalogueSize() + 1);
        assertThat(run.outLines().stream().skip(1).map(line -> line.split(" ")[0])).contains("tencent-gz", "ucloud-bj");
        assertThat(run.outLines()).allSatisfy(line -> assertThat(Table.cells(line)).isLessThanOrEqualTo(Table.MAX_WIDTH));
    }

    @Test
    void aFailingCloudIsReportedBesideTheOthersImages() {
        ucloud.faults().always(Fault.status(503));

        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "ucloud-bj",
                "--include-deprecated", "-o", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.json()).hasSize(tencent.imageIds("ap-guangzhou").size());
        assertThat(run.errLines()).singleElement().asString().startsWith("cloudimages: cloud ucloud-bj: ");
    }

    @Test
    void aCloudWithoutCredentialsIsReportedAndTheOthersAreStillListed() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "ucloud-env", "-c", "tencent-gz",
                "--include-deprecated", "-o", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(run.json()).hasSize(tencent.imageIds("ap-guangzhou").size());
        assertThat(run.err()).contains("cloud ucloud-env", "UCLOUD_PUBLIC_KEY");
    }

    @Test
    void theLimitCountsImagesOfEveryCloud() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "ucloud-bj",
                "--limit", "7", "-o", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json()).hasSize(7);
    }

    @Test
    void aCloudNamedTwiceIsRefused() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "tencent-gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\"tencent-gz\" is given twice");
    }

    @Test
    void anUnknownCloudNameIsRefusedWithTheNamesTheFileDefinesAndNothingIsSent() {
        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "tencent-gz", "-c", "aws");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no cloud named \"aws\"", "tencent-gz, ucloud-bj, ucloud-env");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void oneEndpointCannotServeSeveralClouds() {
        CliRunner.Run run = cli.run("--config", config.toString(), "--endpoint", tencent.endpoint().toString(),
                "images", "list", "-c", "tencent-gz", "-c", "ucloud-bj");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--endpoint applies to one cloud");
    }

    @Test
    void simulatedCloudsReplaceTheConfiguredEndpointsAndCredentials() {
        Path elsewhere = cli.file("real.yaml", """
                clouds:
                  gz: {provider: tencent-v3, region: ap-guangzhou}
                  bj: {provider: ucloud, region: cn-bj2}
                  legacy: {provider: tencent-legacy, region: gz}
                """);

        CliRunner.Run run = cli.run("--simulate", "--config", elsewhere.toString(), "images", "list",
                "-c", "gz", "-c", "bj", "-c", "legacy", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().findValuesAsText("provider")).contains("tencent-v3", "ucloud", "tencent-legacy");
    }
}
