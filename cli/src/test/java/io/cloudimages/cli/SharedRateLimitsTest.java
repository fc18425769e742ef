package io.cloudimages.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command honours a configuration file's {@code rateLimiter:} section. */
class SharedRateLimitsTest {

    @TempDir
    Path root;

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(root);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aRedisThatDoesNotAnswerFailsTheCommandAsUnavailableAndNamesIt() throws IOException {
        int port = closedPort();
        Path config = cli.file("clouds.yaml", """
                clouds:
                  gz: {provider: tencent-v3, region: ap-guangzhou}
                rateLimiter: {backend: redis, uri: "redis://:hunter2@127.0.0.1:%d", onUnavailable: fail}
                """.formatted(port));

        CliRunner.Run run = cli.run("--simulate", "--config", config.toString(), "images", "list", "-c", "gz");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err()).contains("redis://127.0.0.1:" + port).contains("nothing was sent").doesNotContain("hunter2");
        assertThat(run.out()).doesNotContain("img-");
    }

    @Test
    void aWrongValueIsReportedWithTheFileTheKeyAndWhatIsAllowed() {
        Path config = cli.file("clouds.yaml", """
                clouds:
                  gz: {provider: tencent-v3, region: ap-guangzhou}
                rateLimiter: {backend: redis, uri: "redis://127.0.0.1:6379", onUnavailable: retry}
                """);

        CliRunner.Run run = cli.run("--simulate", "--config", config.toString(), "images", "list", "-c", "gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("clouds.yaml: rateLimiter.onUnavailable: \"retry\" is not allowed; allowed: fail");
    }
}
