package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProvidersCommandTest {

    @TempDir
    Path root;

    @Test
    void listsEveryProviderWithWhatItCanDoAndItsRateLimits() {
        CliRunner.Run run = new CliRunner(root).run("providers");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).startsWith("ID").contains("NAME", "COMMANDS", "ACTION", "LIMIT/S");
        assertThat(run.out()).contains("tencent-legacy", "tencent-v3", "ucloud", "DescribeImportImageOs  288");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("tencent-v3")
                .contains("list, get, import, os-support", "DescribeImages", "40"));
    }

    @Test
    void aProviderThatDeclaresNoRateLimitsIsStillListed() {
        CliRunner.Run run = new CliRunner(root).withProvider(new ScriptedProvider(IllegalStateException::new)).run("providers");

        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith(ScriptedProvider.ID).contains("list, get"));
    }

    @Test
    void jsonGivesCapabilitiesAndRateLimits() {
        JsonNode providers = new CliRunner(root).run("providers", "-o", "json").json();

        assertThat(providers.findValuesAsText("id")).containsExactly("tencent-legacy", "tencent-v3", "ucloud");
        JsonNode v3 = providers.get(1);
        assertThat(v3.get("capabilities").toString()).isEqualTo("[\"list\",\"get\",\"import\",\"os-support\"]");
        assertThat(v3.get("rateLimits").get("ImportImage").asInt()).isEqualTo(10);
        assertThat(v3.get("rateLimits").get("DescribeImportImageOs").asInt()).isEqualTo(288);
    }
}
