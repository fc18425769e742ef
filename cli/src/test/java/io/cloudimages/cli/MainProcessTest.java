package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudimages.core.json.Json;
import io.cloudimages.testkit.FakeResponse;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The command as a process: its exit status, and stdout kept for output while logs go to stderr. */
class MainProcessTest {

    private record Process(int exitCode, String out, String err) {
    }

    private static Process run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private static Process run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        File err = File.createTempFile("cloudimages", ".err");
        err.deleteOnExit();
        java.lang.Process process = start(environment, err, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Process(process.exitValue(), out, java.nio.file.Files.readString(err.toPath()));
    }

    /** The command in a process of its own, its stderr written to {@code err}. */
    private static java.lang.Process start(Map<String, String> environment, File err, String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("TENCENTCLOUD_") || name.startsWith("UCLOUD_"));
        builder.environment().putAll(environment);
        builder.redirectError(err);
        return builder.start();
    }

    @Test
    void ctrlCWhileWaitingStopsTheWaitSayingHowToWaitAgain(@TempDir Path folder) throws Exception {
        try (FakeTencentCloud tencent = FakeTencentCloud.withDefaultCatalogue().start()) {
            String imageId = tencent.imageIds("ap-guangzhou").get(0);
            tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING"));
            File err = folder.resolve("err").toFile();
            java.lang.Process waiting = start(Map.of("TENCENTCLOUD_SECRET_ID", FakeTencentCloud.TEST_SECRET_ID,
                    "TENCENTCLOUD_SECRET_KEY", FakeTencentCloud.TEST_SECRET_KEY), err, "images", "wait", "-p", "tencent-v3",
                    "-r", "ap-guangzhou", "--endpoint", tencent.endpoint().toString(), imageId);
            // once the cloud has been asked, the command is waiting; the next poll is two seconds away
            for (int i = 0; i < 3000 && tencent.requests(FakeTencentCloud.DESCRIBE_IMAGES).isEmpty(); i++) {
                Thread.sleep(10);
            }

            new ProcessBuilder("kill", "-INT", Long.toString(waiting.pid())).start().waitFor();

            assertThat(waiting.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(waiting.exitValue()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(new String(waiting.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
            assertThat(java.nio.file.Files.readString(err.toPath())).isEqualTo("cloudimages: stopped waiting for " + imageId
                    + "; the cloud goes on with it: wait again with: cloudimages images wait -p tencent-v3 -r ap-guangzhou"
                    + " --endpoint " + tencent.endpoint() + " " + imageId + System.lineSeparator());
        }
    }

    @Test
    void withJsonStdoutHoldsOnlyTheDocumentEvenWhenLogsAreVerbose() throws Exception {
        Process run = run("--simulate", "--verbose", "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou", "-o", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode images = new ObjectMapper().readTree(run.out());
        assertThat(images.isArray()).isTrue();
        assertThat(images.findValuesAsText("name")).contains("CentOS 7.9 64位");
        assertThat(run.err()).contains("DEBUG");
    }

    @Test
    void verboseLogsNeverShowTheSecretKey() throws Exception {
        String secret = "wrongSecretKey-never-to-be-printed";
        try (FakeTencentCloud tencent = FakeTencentCloud.withDefaultCatalogue().start()) {
            Process run = run(Map.of("TENCENTCLOUD_SECRET_ID", FakeTencentCloud.TEST_SECRET_ID, "TENCENTCLOUD_SECRET_KEY", secret),
                    "--verbose", "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint", tencent.endpoint().toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
            assertThat(run.err()).contains("DEBUG", "AuthFailure").doesNotContain(secret);
            assertThat(run.out()).doesNotContain(secret);
        }
    }

    @Test
    void verboseLogLinesQuoteTheCloudSafely() throws Exception {
        try (FakeTencentCloud tencent = FakeTencentCloud.withDefaultCatalogue().start()) {
            // the retry is logged with the refusal, which quotes the cloud's request id
            tencent.faults().forAction(FakeTencentCloud.DESCRIBE_IMAGES).next(Fault.answer(FakeResponse.json(200,
                    "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow down\"},"
                            + "\"RequestId\":" + Json.write(HostileText.REQUEST_ID) + "}}")));

            Process run = run(Map.of("TENCENTCLOUD_SECRET_ID", FakeTencentCloud.TEST_SECRET_ID, "TENCENTCLOUD_SECRET_KEY",
                    FakeTencentCloud.TEST_SECRET_KEY), "--verbose", "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou",
                    "--endpoint", tencent.endpoint().toString(), "--limit", "1");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("DEBUG", "requestId=" + HostileText.REQUEST_ID_SHOWN);
            HostileText.assertPrintedSafely(run.err());
        }
    }

    @Test
    void credentialFilesAreFoundUnderHomeAsTheCloudsClisFindThem(@TempDir Path home) throws Exception {
        Path profile = home.resolve(".tccli/default.credential");
        java.nio.file.Files.createDirectories(profile.getParent());
        java.nio.file.Files.writeString(profile, "{\"secretId\":\"" + FakeTencentCloud.TEST_SECRET_ID + "\",\"secretKey\":\""
                + FakeTencentCloud.TEST_SECRET_KEY + "\"}");
        try (FakeTencentCloud tencent = FakeTencentCloud.withDefaultCatalogue().start()) {
            Process run = run(Map.of("HOME", home.toString()), "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou",
                    "--endpoint", tencent.endpoint().toString(), "--limit", "1", "-o", "json");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(new ObjectMapper().readTree(run.out())).hasSize(1);
        }
    }

    private static Map<String, String> tencentTestKeys() {
        return Map.of("TENCENTCLOUD_SECRET_ID", FakeTencentCloud.TEST_SECRET_ID, "TENCENTCLOUD_SECRET_KEY",
                FakeTencentCloud.TEST_SECRET_KEY);
    }

    @Test
    void refusedCredentialsExitThreeWithNothingOnStdout() throws Exception {
        try (FakeTencentCloud tencent = FakeTencentCloud.withDefaultCatalogue().start()) {
            Process run = run(Map.of("TENCENTCLOUD_SECRET_ID", FakeTencentCloud.TEST_SECRET_ID, "TENCENTCLOUD_SECRET_KEY",
                    "not-the-secret-key"), "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                    tencent.endpoint().toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).singleElement().asString().startsWith("cloudimages: ");
        }
    }

    @Test
    void anUnknownRegionExitsFiveWithNothingOnStdoutAndSaysHowToListTheRegions() throws Exception {
        Process run = run("--simulate", "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhuo");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("cloudimages: no region \"ap-guangzhuo\" on tencent-v3: ").endsWith("tccli cvm DescribeRegions");
    }

    @Test
    void anUnreachableCloudExitsSixWithNothingOnStdout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Process run = run(tencentTestKeys(), "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                "http://127.0.0.1:" + closedPort);

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().startsWith("cloudimages: ");
    }

    @Test
    void withSeveralCloudsTheExitStatusIsTheFirstFailingCloudsInTheOrderGiven(@TempDir Path folder) throws Exception {
        try (FakeTencentCloud tencent = FakeTencentCloud.withDefaultCatalogue().start()) {
            Path config = folder.resolve("clouds.yaml");
            java.nio.file.Files.writeString(config, """
                    clouds:
                      refused:
                        provider: tencent-v3
                        region: ap-guangzhou
                        endpoint: %1$s
                        credentials: {source: explicit, accessKeyId: %2$s, secretKey: not-the-secret-key}
                      typo:
                        provider: tencent-v3
                        region: ap-guangzhuo
                        endpoint: %1$s
                        credentials: {source: explicit, accessKeyId: %2$s, secretKey: %3$s}
                    """.formatted(tencent.endpoint(), FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY));

            Process refusedFirst = run("--config", config.toString(), "images", "list", "-c", "refused", "-c", "typo");
            Process typoFirst = run("--config", config.toString(), "images", "list", "-c", "typo", "-c", "refused");

            assertThat(refusedFirst.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
            assertThat(typoFirst.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
            assertThat(refusedFirst.out()).isEmpty();
            assertThat(refusedFirst.err().lines()).hasSize(2);
        }
    }

    @Test
    void theExitStatusIsTheCommandsExitCode() throws Exception {
        Process run = run("images", "list", "-p", "tencent-v3");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().startsWith("cloudimages: ");
    }
}
