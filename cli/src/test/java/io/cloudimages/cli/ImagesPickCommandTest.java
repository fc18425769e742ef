package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.PickingCatalogue;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code images pick}: the rules, on one cloud and on several; the fake Tencent cloud holds the picking catalogue. */
class ImagesPickCommandTest extends AgainstFakeTencent {

    private static final List<String> IMAGE_KEYS = List.of("provider", "region", "zone", "id", "name", "description",
            "osFamily", "osName", "osVersion", "architecture", "type", "state", "createdAt", "sizeGiB", "family",
            "deprecated", "tags", "features");

    private FakeUcloud ucloud;
    private Path config;

    @BeforeEach
    void addThePickingCatalogue() {
        PickingCatalogue.addTo(tencent, "ap-guangzhou");
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
                """.formatted(tencent.endpoint(), io.cloudimages.testkit.tencent.FakeTencentCloud.TEST_SECRET_ID,
                io.cloudimages.testkit.tencent.FakeTencentCloud.TEST_SECRET_KEY, ucloud.endpoint(), FakeUcloud.TEST_PUBLIC_KEY,
                FakeUcloud.TEST_PRIVATE_KEY, ucloud.endpoint()));
    }

    @AfterEach
    void stopUcloud() {
        ucloud.close();
    }

    private CliRunner.Run pickTencent(String... more) {
        List<String> args = new ArrayList<>(List.of("images", "pick", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--endpoint", tencent.endpoint().toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private CliRunner.Run pickConfigured(String... more) {
        List<String> args = new ArrayList<>(List.of("--config", config.toString(), "images", "pick"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void theNewestAvailableBuildOfTheVersionAndArchitectureIsPicked() {
        CliRunner.Run run = pickTencent("--family", "ubuntu", "--os-version", "24.04", "--arch", "x86_64", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("name").asText()).isEqualTo(PickingCatalogue.PICKED_X86_64);
    }

    @Test
    void eachOptionChangesThePickAsTheRulesSay() {
        assertThat(pickTencent("--family", "ubuntu", "--os-version", "24.04", "-o", "json").json().get("name").asText())
                .isEqualTo(PickingCatalogue.PICKED_ANY_ARCHITECTURE);
        assertThat(pickTencent("--family", "ubuntu", "--os-version", "24.04", "--include-deprecated", "-o", "json").json()
                .get("name").asText()).isEqualTo(PickingCatalogue.PICKED_WITH_DEPRECATED);
        assertThat(pickTencent("--family", "ubuntu", "--os-version", ">=9,<24", "--type", "private", "--name-regex", "^ubuntu-",
                "-o", "json").json().get("name").asText()).isEqualTo("ubuntu-9.10-x86_64");
    }

    @Test
    void aTableShowsThePickedImageAsImagesGetDoes() {
        CliRunner.Run picked = pickTencent("--family", "ubuntu", "--os-version", "24.04", "--arch", "x86_64");
        String id = pickTencent("--family", "ubuntu", "--os-version", "24.04", "--arch", "x86_64", "-o", "json").json()
                .get("id").asText();

        CliRunner.Run got = cli.run("images", "get", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                tencent.endpoint().toString(), id);

        assertThat(picked.exitCode()).isZero();
        assertThat(picked.out()).isEqualTo(got.out()).contains(PickingCatalogue.PICKED_X86_64);
    }

    @Test
    void jsonIsOneImageObjectWithExactlyTheKeysOfImagesList() {
        JsonNode image = pickTencent("--family", "ubuntu", "-o", "json").json();

        List<String> keys = new ArrayList<>();
        image.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(IMAGE_KEYS);
    }

    @Test
    void noImageMatchingIsExit5WithOneLineOnStderrThatRepeatsTheCriteria() {
        CliRunner.Run run = pickTencent("--family", "ubuntu", "--os-version", ">=30", "--arch", "arm64", "-o", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("cloudimages: no image matches --family ubuntu --os-version '>=30' --arch arm64 in ap-guangzhou"
                        + " of tencent-v3");
    }

    @Test
    void anOsVersionThatIsNotOneIsAUsageError() {
        CliRunner.Run run = pickTencent("--os-version", "jammy");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--os-version", "jammy", ">=20.04,<24");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void versionStillPrintsTheVersionOfTheCommand() {
        CliRunner.Run run = cli.run("images", "pick", "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("cloudimages ");
    }

    @Test
    void severalCloudsGiveOneObjectPerCloudInTheOrderGiven() {
        PickingCatalogue.addTo(ucloud, FakeUcloud.REGION);

        CliRunner.Run run = pickConfigured("-c", "ucloud-bj", "-c", "tencent-gz", "--family", "ubuntu", "--os-version",
                "24.04", "--arch", "x86_64", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json()).hasSize(2);
        assertThat(run.json().get(0).get("cloud").asText()).isEqualTo("ucloud-bj");
        assertThat(run.json().get(0).get("image").get("provider").asText()).isEqualTo("ucloud");
        assertThat(run.json().get(1).get("cloud").asText()).isEqualTo("tencent-gz");
        assertThat(run.json().findValuesAsText("name")).containsOnly(PickingCatalogue.PICKED_X86_64);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aCloudWithoutAnImageIsAnErrorObjectAndTheExitCodeIsThatOfTheFirstInTheOrderGiven() {
        // UCloud's catalogue holds no Ubuntu 24.04, and ucloud-env has no credentials
        CliRunner.Run run = pickConfigured("-c", "tencent-gz", "-c", "ucloud-bj", "-c", "ucloud-env", "--family", "ubuntu",
                "--os-version", "24.04", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CLOUD_ERROR);
        JsonNode results = run.json();
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("image").get("name").asText()).isEqualTo(PickingCatalogue.PICKED_ANY_ARCHITECTURE);
        assertThat(results.get(0).has("error")).isFalse();
        assertThat(results.get(1).get("cloud").asText()).isEqualTo("ucloud-bj");
        assertThat(results.get(1).has("image")).isFalse();
        assertThat(results.get(1).get("error").get("exitCode").asInt()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(results.get(1).get("error").get("message").asText()).startsWith("no image matches --family ubuntu");
        assertThat(results.get(2).get("error").get("exitCode").asInt()).isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("cloudimages: cloud ucloud-bj: no image matches");
        assertThat(run.errLines().get(1)).startsWith("cloudimages: cloud ucloud-env: ").contains("UCLOUD_PUBLIC_KEY");

        assertThat(pickConfigured("-c", "ucloud-env", "-c", "ucloud-bj", "--family", "ubuntu", "--os-version", "24.04")
                .exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
    }

    @Test
    void aFailingCloudNeverHidesTheOthersAnswers() {
        ucloud.faults().always(Fault.status(503));

        CliRunner.Run run = pickConfigured("-c", "ucloud-bj", "-c", "tencent-gz", "--family", "ubuntu");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).startsWith("CLOUD");
        assertThat(run.outLines().get(1)).startsWith("ucloud-bj").contains("failed (exit 6)");
        assertThat(run.outLines().get(2)).startsWith("tencent-gz").contains(PickingCatalogue.PICKED_ANY_ARCHITECTURE.substring(0, 19));
        assertThat(run.outLines()).allSatisfy(line -> assertThat(Table.cells(line)).isLessThanOrEqualTo(Table.MAX_WIDTH));
        assertThat(run.errLines()).singleElement().asString().startsWith("cloudimages: cloud ucloud-bj: ");
    }

    @Test
    void aTableRowSaysWhenACloudHasNoImage() {
        CliRunner.Run run = pickConfigured("-c", "tencent-gz", "-c", "ucloud-bj", "--family", "ubuntu", "--os-version", "24.04");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(2)).startsWith("ucloud-bj").contains("no image matches");
    }

    @Test
    void oneCloudOfTheConfigurationIsPrintedAsOneCloud() {
        CliRunner.Run run = pickConfigured("-c", "tencent-gz", "--family", "ubuntu", "--os-version", "24.04", "-o", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("name").asText()).isEqualTo(PickingCatalogue.PICKED_ANY_ARCHITECTURE);
    }

    @Test
    void theSimulatedCloudsHoldThePickingCatalogue() {
        for (String[] cloud : List.of(new String[] {"tencent-v3", "ap-guangzhou"}, new String[] {"ucloud", "cn-bj2"},
                new String[] {"tencent-legacy", "gz"})) {
            CliRunner.Run run = new CliRunner(root).run("--simulate", "images", "pick", "-p", cloud[0], "-r", cloud[1],
                    "--family", "ubuntu", "--os-version", "24.04", "--arch", "x86_64", "-o", "json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.json().get("name").asText()).as(cloud[0]).isEqualTo(PickingCatalogue.PICKED_X86_64);
        }
    }
}
