package io.cloudimages.cli;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalOptionsAndExitCodesTest extends AgainstFakeTencent {

    private Path oneAttemptConfig(String credentials) {
        return cli.oneAttemptTencentConfig(tencent.endpoint(), credentials);
    }

    private CliRunner.Run listOnce(String... globalOptions) {
        Path config = oneAttemptConfig("{source: environment}");
        String[] args = new String[globalOptions.length + 6];
        System.arraycopy(globalOptions, 0, args, 0, globalOptions.length);
        System.arraycopy(new String[] {"--config", config.toString(), "images", "list", "-c", "gz"}, 0, args, globalOptions.length, 6);
        return cli.run(args);
    }

    @Test
    void globalOptionsWorkBeforeOrAfterTheSubcommand() {
        CliRunner.Run before = cli.run("--endpoint", tencent.endpoint().toString(), "--timeout", "5", "images", "list",
                "-p", "tencent-v3", "-r", "ap-guangzhou", "-o", "json");
        CliRunner.Run after = cli.run("images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou", "-o", "json",
                "--endpoint", tencent.endpoint().toString(), "--timeout", "5");

        assertThat(before.exitCode()).as(before.toString()).isZero();
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(after.json()).isEqualTo(before.json());
    }

    @Test
    void credentialsComeFromTheCloudsEnvironmentVariables() {
        try (FakeUcloud ucloud = FakeUcloud.withDefaultCatalogue().start()) {
            CliRunner.Run run = cli.withUcloudTestKeys().env("UCLOUD_PROJECT_ID", FakeUcloud.PROJECT)
                    .run("images", "list", "-p", "ucloud", "-r", "cn-bj2", "--endpoint", ucloud.endpoint().toString(), "-o", "json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(ucloud.requests()).allSatisfy(request -> assertThat(request.bodyText())
                    .contains("\"PublicKey\":\"" + FakeUcloud.TEST_PUBLIC_KEY + "\"", "\"ProjectId\":\"" + FakeUcloud.PROJECT + "\""));
        }
    }

    @Test
    void simulateNeedsNoAccount() {
        CliRunner.Run run = new CliRunner(root).run("--simulate", "images", "list", "-p", "tencent-v3", "-r", "ap-shanghai", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json()).isNotEmpty();
        assertThat(run.json().findValuesAsText("region")).containsOnly("ap-shanghai");
    }

    @Test
    void aFlagGivenBeforeAndAfterTheSubcommandStaysOn() {
        CliRunner.Run run = new CliRunner(root).run("--simulate", "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--simulate", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json()).isNotEmpty();
    }

    @Test
    void verboseGivenBeforeAndAfterTheSubcommandIsStillVerbose() {
        tencent.faults().always(Fault.drop());

        CliRunner.Run run = cli.run("--verbose", "--config", oneAttemptConfig("{source: environment}").toString(),
                "images", "list", "-c", "gz", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err()).contains("caused by:");
    }

    @Test
    void everySubcommandHasHelp() {
        CliRunner.Run help = cli.run("images", "list", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--name-regex", "--limit", "--config", "--simulate", "--timeout", "Exit codes:");
    }

    @ParameterizedTest
    @CsvSource({"images get", "images import", "images wait", "os-support"})
    void theHelpOfACommandOfOneCloudOffersOneCloudName(String command) {
        CliRunner.Run help = cli.run((command + " --help").split(" "));

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("[-c=NAME]").doesNotContain("[-c=NAME]...");
    }

    @ParameterizedTest
    @CsvSource({"images list", "images pick"})
    void theHelpOfACommandOfSeveralCloudsOffersSeveralCloudNames(String command) {
        CliRunner.Run help = cli.run((command + " --help").split(" "));

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("[-c=NAME]...");
    }

    @Test
    void versionNamesTheBuild() {
        CliRunner.Run version = cli.run("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("cloudimages ");
    }

    @Test
    void theHelpsDefaultTimeoutIsTheLibrarys() {
        assertThat(java.time.Duration.ofSeconds(RootCommand.DEFAULT_TIMEOUT_SECONDS))
                .isEqualTo(io.cloudimages.ProviderSettings.DEFAULT_REQUEST_TIMEOUT);
    }

    @Test
    void globalOptionsAreCheckedForEveryCommand() {
        CliRunner.Run run = cli.run("--timeout", "0", "providers");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingConfigFileIsNamedAsMissing() {
        CliRunner.Run run = cli.run("--config", root.resolve("nope.yaml").toString(), "images", "list", "-c", "gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("nope.yaml does not exist");
    }

    @Test
    void anEndlessDeviceAsTheConfigFileIsAUsageErrorNotAnOutOfMemoryError() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");

        CliRunner.Run run = cli.run("--config", "/dev/zero", "images", "list", "-c", "gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("/dev/zero", "not a regular file");
    }

    @Test
    void anUnexpectedErrorExitsOneAndPointsToVerbose() {
        CliRunner.Run run = cli.withProvider(new ScriptedProvider(() -> new IllegalStateException("boom")))
                .run("images", "list", "-p", ScriptedProvider.ID, "-r", "anywhere");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.errLines()).last().asString().contains("unexpected error", "boom", "--verbose");
    }

    /** A provider that fails with an {@link Error} when a service is opened, as when the machine runs out of memory. */
    private static ImageProvider failingWith(Error error) {
        return new ImageProvider() {
            @Override public String id() { return "failing"; }
            @Override public String displayName() { return "fails to open"; }
            @Override public Set<Capability> capabilities() { return Set.of(Capability.LIST_IMAGES); }
            @Override public List<Action> actions() { return List.of(); }
            @Override public ImageService create(ProviderSettings settings) { throw error; }
        };
    }

    @Test
    void anErrorSuchAsOutOfMemoryEndsAsOneLineAndExitsOne() {
        CliRunner.Run run = cli.withProvider(failingWith(new OutOfMemoryError("Java heap space")))
                .run("images", "list", "-p", "failing", "-r", "anywhere");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("cloudimages: unexpected error: java.lang.OutOfMemoryError: Java heap space")
                .contains("--verbose");
    }

    @Test
    void anErrorWithVerboseAddsItsStackTrace() {
        CliRunner.Run run = cli.withProvider(failingWith(new StackOverflowError()))
                .run("--verbose", "images", "list", "-p", "failing", "-r", "anywhere");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.errLines().get(0)).startsWith("cloudimages: unexpected error: java.lang.StackOverflowError");
        // a stack trace's tabs are printed as spaces, like every control character a line carries
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith(" at io.cloudimages."));
    }

    @Test
    void aMissingPermissionExitsThree() {
        CliRunner.Run run = cli.withProvider(new ScriptedProvider(() -> new PermissionDeniedException(
                        "the key may not call DescribeImages", ErrorContext.of(ScriptedProvider.ID, "DescribeImages")
                        .withCloudError("UnauthorizedOperation", "req-1"))))
                .run("images", "get", "-p", ScriptedProvider.ID, "-r", "anywhere", "img-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(run.errLines()).singleElement().asString().contains("UnauthorizedOperation", "its permissions");
    }

    @Test
    void whenStdoutCannotBeWrittenTheListingStopsAndSaysWhy() {
        tencent.addGeneratedImages("ap-guangzhou", 300);
        tencent.clearRequests();

        CliRunner.Run run = cli.withFailingStdout(new IOException("No space left on device")).run("images", "list",
                "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint", tencent.endpoint().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.errLines()).singleElement().asString().contains("could not write the output to stdout: No space left on device");
        assertThat(tencent.requests(FakeTencentCloud.DESCRIBE_IMAGES)).hasSize(1);
    }

    @Test
    void aReaderThatClosedThePipeEndsTheListingQuietly() {
        tencent.addGeneratedImages("ap-guangzhou", 300);
        tencent.clearRequests();

        CliRunner.Run run = cli.withFailingStdout(new IOException("Broken pipe")).run("images", "list",
                "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint", tencent.endpoint().toString(), "-o", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(tencent.requests(FakeTencentCloud.DESCRIBE_IMAGES)).hasSize(1);
    }

    @Test
    void noCommandIsAUsageError() {
        CliRunner.Run run = cli.run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("choose a command");
    }

    @Test
    void aMistypedOptionIsOneLineWithASuggestion() {
        CliRunner.Run run = cli.run("images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou", "--limt", "3");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("--limt", "did you mean --limit");
    }

    @Test
    void aMissingRegionIsAUsageError() {
        CliRunner.Run run = cli.run("images", "list", "-p", "tencent-v3");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("-r/--region");
    }

    @Test
    void anUnknownProviderIsAUsageErrorNamingTheKnownOnes() {
        CliRunner.Run run = cli.run("images", "list", "-p", "aws", "-r", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\"aws\"", "tencent-legacy, tencent-v3, ucloud");
    }

    @Test
    void aCloudNameNeedsAConfigFile() {
        CliRunner.Run run = cli.run("images", "list", "-c", "gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--config FILE");
    }

    @Test
    void aCloudNameAndAProviderCannotBeMixed() {
        CliRunner.Run run = cli.run("--config", oneAttemptConfig("{source: environment}").toString(), "images", "list",
                "-c", "gz", "-p", "tencent-v3");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("not both");
    }

    @Test
    void aBrokenConfigFileIsAUsageErrorNamingTheFileAndKey() {
        Path config = cli.file("bad.yaml", "clouds:\n  gz: {provider: tencent-v3, region: ap-guangzhou, maxAttempt: 2}\n");

        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("bad.yaml", "maxAttempt");
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedAndNothingIsSent() {
        CliRunner.Run run = cli.run("--endpoint", "http://cvm.tencentcloudapi.com", "images", "list", "-p", "tencent-v3",
                "-r", "ap-guangzhou");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("plain http", "loopback", "https://");
    }

    @Test
    void anEndpointPortOutOfRangeIsAUsageErrorFoundBeforeAnyAttempt() {
        CliRunner.Run run = cli.run("--endpoint", "http://127.0.0.1:99999", "images", "list", "-p", "tencent-v3",
                "-r", "ap-guangzhou");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("99999", "port", "from 1 to 65535");
    }

    @Test
    void simulateAndEndpointCannotBeCombined() {
        CliRunner.Run run = cli.run("--simulate", "--endpoint", tencent.endpoint().toString(), "images", "list",
                "-p", "tencent-v3", "-r", "ap-guangzhou");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--simulate chooses the endpoint itself");
    }

    @Test
    void aTimeoutBelowOneSecondIsAUsageError() {
        CliRunner.Run run = cli.run("--timeout", "0", "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--timeout is in seconds");
    }

    @Test
    void theTimeoutIsTheDeadlineOfEachRequest() {
        tencent.faults().forAction(FakeTencentCloud.DESCRIBE_IMAGES).always(Fault.delay(java.time.Duration.ofSeconds(5)));

        CliRunner.Run run = listOnce("--timeout", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err()).contains("within 1 s");
    }

    @Test
    void missingCredentialsExitThreeAndSayWhereTheyWereLookedFor() {
        CliRunner.Run run = new CliRunner(root).run("images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--endpoint", tencent.endpoint().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(run.errLines()).singleElement().asString().contains("TENCENTCLOUD_SECRET_ID", ".tccli");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void refusedCredentialsExitThreeAndNoSecretIsPrintedEvenVerbosely() {
        String secret = "not-the-secret-key-4711";
        CliRunner.Run run = cli.env("TENCENTCLOUD_SECRET_KEY", secret).run("--verbose", "--config",
                oneAttemptConfig("{source: environment}").toString(), "images", "list", "-c", "gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(run.err()).contains("AuthFailure").doesNotContain(secret);
        assertThat(run.out()).doesNotContain(secret);
    }

    @Test
    void throttlingAfterRetriesExitsFour() {
        tencent.faults().always(Fault.throttle());

        CliRunner.Run run = listOnce();

        assertThat(run.exitCode()).isEqualTo(ExitCode.THROTTLED);
        assertThat(run.errLines()).singleElement().asString().contains("RequestLimitExceeded", "retry later");
    }

    @Test
    void throttlingByThisClientsOwnLimiterExitsFourWithoutBlamingOtherClients() {
        ErrorContext at = ErrorContext.of(ScriptedProvider.ID, "DescribeImages");
        CliRunner.Run run = cli.withProvider(new ScriptedProvider(() -> ThrottledException.byClient(
                        "no rate-limit permit for DescribeImages within the call deadline", at, null)))
                .run("images", "get", "-p", ScriptedProvider.ID, "-r", "anywhere", "img-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.THROTTLED);
        assertThat(run.errLines()).singleElement().asString().contains("retry later").doesNotContain("other clients");
    }

    @Test
    void aConnectionThatCannotBeMadeExitsSixAndVerboseNamesAPublicErrorType() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path config = cli.oneAttemptTencentConfig(URI.create("http://127.0.0.1:" + closedPort), "{source: environment}");

        CliRunner.Run run = cli.run("--verbose", "--config", config.toString(), "images", "list", "-c", "gz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.errLines()).contains("  error: io.cloudimages.exception.ServiceUnavailableException");
    }

    @Test
    void anUnreachableCloudExitsSix() {
        tencent.faults().always(Fault.status(503));

        CliRunner.Run run = listOnce();

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.errLines()).singleElement().asString().contains("check the network");
    }

    @Test
    void aCloudErrorExitsFiveWithItsCodeAndRequestId() {
        CliRunner.Run run = cli.run("images", "get", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                tencent.endpoint().toString(), "img-MALFORMED!");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.errLines()).singleElement().asString().contains("code=InvalidImageId.Malformed", "requestId=");
    }

    @Test
    void verboseAddsTheCausesOfAnError() {
        tencent.faults().always(Fault.drop());

        CliRunner.Run quiet = listOnce();
        CliRunner.Run verbose = listOnce("--verbose");

        assertThat(quiet.errLines()).hasSize(1);
        assertThat(verbose.errLines()).hasSizeGreaterThan(1);
        assertThat(verbose.err()).contains("error: io.cloudimages.exception.ServiceUnavailableException", "caused by:");
    }

    @Test
    void aTokenWithALineBreakExitsThreeNamingTheVariableAndShowsNoneOfItEvenVerbosely() {
        CliRunner.Run run = cli.env("TENCENTCLOUD_TOKEN", "token-start\ntoken-end").run("--verbose", "images", "list",
                "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint", tencent.endpoint().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(run.errLines()).first().asString().contains("TENCENTCLOUD_TOKEN", "control character");
        assertThat(run.err()).doesNotContain("token-start").doesNotContain("token-end");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void aSecretIdWithALineBreakIsRefusedBeforeAnyAuthorizationHeaderIsBuilt() {
        CliRunner.Run run = cli.env("TENCENTCLOUD_SECRET_ID", FakeTencentCloud.TEST_SECRET_ID + "\nAKIDtail").run("--verbose",
                "images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint", tencent.endpoint().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(run.err()).contains("the access key id contains a control character")
                .doesNotContain("AKIDtail").doesNotContain("Authorization").doesNotContain("TC3-HMAC-SHA256");
        assertThat(tencent.requests()).isEmpty();
    }
}
