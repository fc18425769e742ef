package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesGetCommandTest {

    @TempDir
    Path root;

    private CliRunner.Run get(String... args) {
        List<String> all = new ArrayList<>(List.of("--simulate", "images", "get"));
        all.addAll(List.of(args));
        return new CliRunner(root).run(all.toArray(String[]::new));
    }

    @Test
    void jsonIsOneImageObjectWithTheContractsKeys() {
        CliRunner.Run run = get("-p", "tencent-legacy", "-r", "gz", "img-1234test", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode image = run.json();
        assertThat(image.isObject()).isTrue();
        assertThat(image.get("id").asText()).isEqualTo("img-1234test");
        assertThat(image.get("region").asText()).isEqualTo("gz");
        assertThat(image.get("osFamily").asText()).isEqualTo("ubuntu");
        assertThat(image.get("type").asText()).isEqualTo("private");
        assertThat(image.size()).isEqualTo(18);
    }

    @Test
    void tableShowsEachFieldOnALineOfItsOwn() {
        CliRunner.Run run = get("-p", "tencent-legacy", "-r", "gz", "img-1234test");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("ID             img-1234test", "OS FAMILY      ubuntu", "ZONE           -",
                "CREATED        2014-09-27T02:11:00Z");
        assertThat(run.outLines()).allSatisfy(line -> assertThat(Table.cells(line)).isLessThanOrEqualTo(Table.MAX_WIDTH));
    }

    @Test
    void theCloudsOwnStateIsShownWhenItSaysMore() {
        String imageId = new CliRunner(root).run("--simulate", "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--type", "public", "--limit", "1", "-o", "json").json().get(0).get("id").asText();

        CliRunner.Run run = get("-p", "tencent-v3", "-r", "ap-guangzhou", imageId);

        assertThat(run.outLines()).contains("STATE          available (NORMAL)");
    }

    @Test
    void theCloudsOwnStateIsLeftOutWhenItIsTheSameWord() {
        String imageId = new CliRunner(root).run("--simulate", "images", "list", "-p", "ucloud", "-r", "cn-bj2",
                "--type", "public", "--limit", "1", "-o", "json").json().get(0).get("id").asText();

        CliRunner.Run run = get("-p", "ucloud", "-r", "cn-bj2", imageId);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).contains("STATE          available");
    }

    @Test
    void anImageThatDoesNotExistExitsFiveAndSaysSo() {
        CliRunner.Run run = get("-p", "tencent-v3", "-r", "ap-guangzhou", "img-00000000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .contains("no image \"img-00000000\" in ap-guangzhou of tencent-v3", "cloudimages images list -p tencent-v3");
    }

    @Test
    void anImageIdWithABlankIsRefusedBeforeAnythingIsSent() {
        CliRunner.Run run = get("-p", "tencent-v3", "-r", "ap-guangzhou", "img 1234");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("has a blank in it");
    }

    @Test
    void aConfiguredCloudIsNamedWithDashC() {
        Path config = new CliRunner(root).file("clouds.yaml", "clouds:\n  legacy: {provider: tencent-legacy, region: gz}\n");

        CliRunner.Run run = get("--config", config.toString(), "-c", "legacy", "img-1234test", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("id").asText()).isEqualTo("img-1234test");
    }

    @Test
    void aBlankImageIdIsAUsageError() {
        CliRunner.Run run = get("-p", "tencent-v3", "-r", "ap-guangzhou", " ");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("IMAGE_ID is empty");
    }

    @Test
    void theImageIdIsRequired() {
        CliRunner.Run run = get("-p", "tencent-v3", "-r", "ap-guangzhou");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("IMAGE_ID");
    }

    @Test
    void severalCloudsAreRefused() {
        CliRunner.Run run = get("-c", "a", "-c", "b", "img-1234test");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'--cloud' (NAME) should be specified only once");
    }

    @Test
    void aLongValueWrapsUnderItself() {
        List<String> lines = ImagesGetCommand.wrap("word ".repeat(60));

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(Table.cells(line)).isLessThanOrEqualTo(Table.MAX_WIDTH - 15));
        assertThat(String.join(" ", lines)).isEqualTo("word ".repeat(60).strip());
    }
}
