package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudimages.CloudImages;
import io.cloudimages.ImageWaiter;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.FakeClock;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the command in this JVM as a user would from a shell: its stdout and stderr captured, its
 * environment variables and home directory given by the test (never the machine's).
 */
final class CliRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Map<String, String> variables = new HashMap<>();
    private final List<ImageProvider> extraProviders = new ArrayList<>();
    private boolean terminal;
    private boolean oneTerminal;
    private Clock clock = Clock.systemUTC();
    private ImageWaiter.Sleeper sleeper = ImageWaiter.Sleeper.SYSTEM;
    private IOException stdoutFailure;

    CliRunner(Path root) {
        this.root = root;
    }

    CliRunner env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** The environment variables tccli reads, with the fake Tencent clouds' keys. */
    CliRunner withTencentTestKeys() {
        return env("TENCENTCLOUD_SECRET_ID", FakeTencentCloud.TEST_SECRET_ID).env("TENCENTCLOUD_SECRET_KEY", FakeTencentCloud.TEST_SECRET_KEY);
    }

    /** The same variables with the fake legacy API's keys. */
    CliRunner withLegacyTestKeys() {
        return env("TENCENTCLOUD_SECRET_ID", FakeQcloudLegacy.TEST_SECRET_ID).env("TENCENTCLOUD_SECRET_KEY", FakeQcloudLegacy.TEST_SECRET_KEY);
    }

    /** The environment variables the ucloud CLI reads, with the fake UCloud's keys. */
    CliRunner withUcloudTestKeys() {
        return env("UCLOUD_PUBLIC_KEY", FakeUcloud.TEST_PUBLIC_KEY).env("UCLOUD_PRIVATE_KEY", FakeUcloud.TEST_PRIVATE_KEY);
    }

    /**
     * A configuration file with one tencent-v3 cloud named {@code gz} on this endpoint, making one
     * attempt per call so that failures come fast.
     */
    Path oneAttemptTencentConfig(URI endpoint, String credentials) {
        return file("clouds.yaml", """
                clouds:
                  gz:
                    provider: tencent-v3
                    region: ap-guangzhou
                    endpoint: %s
                    maxAttempts: 1
                    credentials: %s
                """.formatted(endpoint, credentials));
    }

    /** Runs as if stderr were a terminal and stdout were not: progress is drawn. */
    CliRunner onTerminal() {
        terminal = true;
        return this;
    }

    /** Runs as if stdout and stderr were one terminal: a wait draws its progress, a listing does not. */
    CliRunner onOneTerminal() {
        oneTerminal = true;
        return this;
    }

    /** Runs on this clock, which signs requests and measures waits, and whose sleeps take no time. */
    CliRunner withClock(FakeClock clock) {
        return withClock(clock, clock);
    }

    /** Runs on this clock, pausing waits with this sleeper. */
    CliRunner withClock(Clock clock, ImageWaiter.Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
        return this;
    }

    /** Runs with this provider on the classpath beside the built-in ones. */
    CliRunner withProvider(ImageProvider provider) {
        extraProviders.add(provider);
        return this;
    }

    /** Runs with a stdout whose every write fails, like a full disk or a closed pipe. */
    CliRunner withFailingStdout(IOException failure) {
        stdoutFailure = failure;
        return this;
    }

    /** Writes a file under the test folder and answers its path. */
    Path file(String name, String content) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HostEnvironment host = HostEnvironment.of(Map.copyOf(variables), root.resolve("home"), root);
        IOException failure = stdoutFailure;
        Writer stdout = failure == null ? out : new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw failure;
            }

            @Override
            public void flush() throws IOException {
                throw failure;
            }

            @Override
            public void close() {
            }
        };
        List<ImageProvider> extra = List.copyOf(extraProviders);
        Supplier<CloudImages> providers = () -> {
            CloudImages.Builder builder = CloudImages.builder();
            extra.forEach(builder::register);
            return builder.build();
        };
        int exitCode = Cli.execute(new CliEnvironment(new PrintWriter(stdout), new PrintWriter(err), host, terminal, providers,
                () -> Optional.ofNullable(failure), terminal || oneTerminal, clock, sleeper), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** What a run printed, and how it ended. */
    record Run(int exitCode, String out, String err) {

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not one JSON document: " + e.getMessage() + "\n" + out, e);
            }
        }

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
