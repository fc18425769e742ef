package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OsSupportCommandTest {

    @TempDir
    Path root;

    @Test
    void jsonGivesNamesAndVersionsExactlyAsTheCloudReturnedThem() {
        CliRunner.Run run = new CliRunner(root).run("--simulate", "os-support", "-p", "tencent-v3", "-r", "ap-guangzhou", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode document = run.json();
        List<String> keys = new ArrayList<>();
        document.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("provider", "region", "os");
        assertThat(document.get("provider").asText()).isEqualTo("tencent-v3");
        assertThat(document.get("region").asText()).isEqualTo("ap-guangzhou");
        JsonNode redhat = find(document, "Redhat");
        assertThat(redhat.get("type").asText()).isEqualTo("linux");
        assertThat(redhat.get("family").asText()).isEqualTo("rhel");
        assertThat(redhat.get("versions").toString()).isEqualTo("[\"5\",\"6\",\"7\"]");
        assertThat(redhat.get("architectures").toString()).isEqualTo("[\"x86_64\",\"i386\"]");
        JsonNode windows = find(document, "Windows Server 2016");
        assertThat(windows.get("type").asText()).isEqualTo("windows");
        assertThat(windows.get("versions").toString()).isEqualTo("[\"-\"]");
        assertThat(find(document, "Other Linux").get("family").asText()).isEqualTo("linux");
    }

    private static JsonNode find(JsonNode document, String name) {
        for (JsonNode entry : document.get("os")) {
            if (entry.get("name").asText().equals(name)) {
                return entry;
            }
        }
        throw new AssertionError("no entry named " + name + " in " + document);
    }

    @Test
    void tableListsEveryEntry() {
        CliRunner.Run run = new CliRunner(root).run("--simulate", "os-support", "-p", "tencent-v3", "-r", "ap-guangzhou");

        assertThat(run.outLines().get(0)).startsWith("NAME").contains("TYPE", "FAMILY", "VERSIONS", "ARCHITECTURES");
        assertThat(run.outLines()).hasSize(13)
                .anySatisfy(line -> assertThat(line).startsWith("Redhat").contains("rhel", "5, 6, 7", "x86_64, i386"));
    }

    @Test
    void ucloudsImportListIsAvailableToo() {
        CliRunner.Run run = new CliRunner(root).run("--simulate", "os-support", "-p", "ucloud", "-r", "cn-bj2", "-o", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("os").findValuesAsText("name")).contains("CentOS", "Ubuntu", "Windows");
    }

    @Test
    void aProviderWithoutItIsAUsageErrorThatNamesOneWithIt() {
        CliRunner.Run run = new CliRunner(root).run("--simulate", "os-support", "-p", "tencent-legacy", "-r", "gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("tencent-v3");
    }
}
