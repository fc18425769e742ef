package io.cloudimages.core.config;

import io.cloudimages.Capability;
import io.cloudimages.CloudImages;
import io.cloudimages.CredentialsSource;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CloudConfigTest {

    private static CloudConfig parse(String yaml) {
        return CloudConfig.parse(yaml, "clouds.yaml");
    }

    @TempDir
    Path folder;

    @Test
    void aMissingFileIsNamedAsMissing() {
        Path missing = folder.resolve("nope.yaml");

        assertThatThrownBy(() -> CloudConfig.load(missing)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("the configuration file " + missing + " does not exist");
    }

    @Test
    void aFileThatIsNotTextSaysSo() throws IOException {
        Path binary = Files.write(folder.resolve("clouds.yaml"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF});

        assertThatThrownBy(() -> CloudConfig.load(binary)).hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void aDirectoryIsNotAConfigurationFile() {
        assertThatThrownBy(() -> CloudConfig.load(folder)).hasMessageContaining("it is a directory");
    }

    @Test
    void aFileOverOneMebibyteIsRefusedWithTheLimit() throws IOException {
        Path big = Files.writeString(folder.resolve("clouds.yaml"), "# padding\n".repeat(110_000)
                + "clouds:\n  gz: {provider: p, region: r}\n");

        assertThatThrownBy(() -> CloudConfig.load(big))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("cannot read the configuration file " + big + ": it is over the 1 MiB limit; is it the right file?");
    }

    @Test
    void aHugeSparseFileIsRefusedWithoutBeingRead() throws IOException {
        Path huge = folder.resolve("huge.yaml");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30);
        }

        assertThatThrownBy(() -> CloudConfig.load(huge)).hasMessageContaining("over the 1 MiB limit");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // guards against a hang, measures nothing
    void anEndlessDeviceIsRefusedAsNotARegularFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");

        assertThatThrownBy(() -> CloudConfig.load(zero))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("cannot read the configuration file /dev/zero: it is not a regular file (a device or a pipe?)");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // guards against a hang, measures nothing
    void aPipeWithNoWriterIsRefusedRatherThanWaitedOn() throws Exception {
        Path fifo = folder.resolve("clouds.fifo");
        assumeTrue(mkfifo(fifo), "a system with mkfifo");

        assertThatThrownBy(() -> CloudConfig.load(fifo)).hasMessageContaining("it is not a regular file");
    }

    @Test
    void aLineOverTheLineLimitIsRefusedByItsNumberBeforeTheYamlIsRead() {
        String yaml = "clouds:\n  gz: {provider: p, region: r}\n#" + "x".repeat(CloudConfig.MAX_LINE_CHARS) + "\n";

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("clouds.yaml: line 3 is longer than 65536 characters, the most a line may have; shorten it");
    }

    @Test
    void aLineOfExactlyTheLineLimitIsRead() {
        String yaml = "#" + "x".repeat(CloudConfig.MAX_LINE_CHARS - 1) + "\r\nclouds:\n  gz: {provider: p, region: r}\n";

        assertThat(parse(yaml).names()).containsExactly("gz");
    }

    static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aCompleteCloudBecomesSettings() {
        CloudConfig config = parse("""
                clouds:
                  tencent-gz:
                    provider: tencent-v3
                    region: ap-guangzhou
                    endpoint: https://cvm.ap-guangzhou.tencentcloudapi.com
                    credentials: {source: cli, profile: work}
                    rateLimits: {DescribeImages: 20}
                    timeouts: {connect: 5s, request: 1500ms, call: 2m}
                    maxAttempts: 4
                    properties: {site: intl, regional: true}
                """);

        CloudConfig.CloudDefinition cloud = config.cloud("tencent-gz");
        ProviderSettings settings = cloud.settings();
        assertThat(cloud.provider()).isEqualTo("tencent-v3");
        assertThat(settings.region()).isEqualTo("ap-guangzhou");
        assertThat(settings.endpoint()).hasValueSatisfying(uri -> assertThat(uri.getHost()).startsWith("cvm.ap-guangzhou"));
        assertThat(settings.credentials()).isEqualTo(CredentialsSource.cliProfile("work"));
        assertThat(settings.rateLimits()).containsEntry("DescribeImages", 20);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.callTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.maxAttempts()).isEqualTo(4);
        assertThat(settings.properties()).containsEntry("site", "intl").containsEntry("regional", "true");
    }

    @Test
    void cloudsKeepTheirFileOrder() {
        assertThat(parse("clouds:\n  b: {provider: x, region: r}\n  a: {provider: y, region: r}\n").names())
                .containsExactly("b", "a");
    }

    @Test
    void anUnknownKeyNamesTheFileTheKeyAndWhatIsAllowed() {
        assertThatThrownBy(() -> parse("clouds:\n  gz:\n    provider: tencent-v3\n    region: ap-guangzhou\n    regoin: x\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("clouds.yaml: clouds.gz.regoin: unknown key; allowed here: credentials, endpoint,");
    }

    @Test
    void aMissingRequiredKeyIsNamed() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: tencent-v3}\n"))
                .hasMessage("clouds.yaml: clouds.gz.region: is required: the region, for example ap-guangzhou or cn-bj2");
    }

    @Test
    void aBadRateLimitSaysWhatIsAllowed() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, rateLimits: {DescribeImages: fast}}\n"))
                .hasMessageContaining("clouds.gz.rateLimits.DescribeImages")
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, rateLimits: {DescribeImages: 1}}\n"))
                .hasMessageContaining("clouds.gz.rateLimits.DescribeImages")
                .hasMessageContaining("from 2 to 100000");
    }

    @Test
    void anAliasIsRefusedAtItsKeyRatherThanReadAsItsAnchorsName() {
        assertThatThrownBy(() -> parse("clouds:\n  a: {provider: p, region: &gz ap-guangzhou}\n  b: {provider: p, region: *gz}\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("clouds.yaml: clouds.b.region: is an alias (*gz) of another value; aliases are not supported,"
                        + " write the value out");
    }

    @Test
    void aTextKeyThatYamlReadsAsABooleanIsRefusedNotTakenAsFalse() {
        assertThatThrownBy(() -> parse("clouds:\n  a: {provider: p, region: no}\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("clouds.yaml: clouds.a.region: is read as the boolean false, not as text; put it in quotes to"
                        + " keep it as written");
    }

    @Test
    void aTextKeyThatYamlReadsAsAFractionIsRefusedNotShortened() {
        assertThatThrownBy(() -> parse("clouds:\n  a: {provider: p, region: 1.10}\n"))
                .hasMessageContaining("clouds.a.region: is read as the number 1.1");
    }

    @Test
    void aQuotedTextKeyIsTakenAsWritten() {
        assertThat(parse("clouds:\n  a: {provider: p, region: \"no\"}\n").cloud("a").settings().region())
                .isEqualTo("no");
    }

    @Test
    void anAliasOfAWholeCloudIsRefusedToo() {
        assertThatThrownBy(() -> parse("clouds:\n  a: &base {provider: p, region: r}\n  b: *base\n"))
                .hasMessageStartingWith("clouds.yaml: clouds.b: is an alias (*base)");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsPathRatherThanTheLastWinning() {
        assertThatThrownBy(() -> parse("clouds:\n  gz:\n    provider: p\n    region: r1\n    region: r2\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("clouds.yaml: clouds.gz.region: is given twice; give each key once");
    }

    @Test
    void aCloudNameGivenTwiceIsRefused() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r1}\n  gz: {provider: p, region: r2}\n"))
                .hasMessage("clouds.yaml: clouds.gz: is given twice; give each key once");
    }

    @Test
    void theSameKeyInTwoCloudsIsNoDuplicate() {
        assertThat(parse("clouds:\n  a: {provider: p, region: r}\n  b: {provider: p, region: r}\n").names())
                .containsExactly("a", "b");
    }

    @Test
    void maxAttemptsBeyondTheRangeOfAnIntIsRefusedNotWrappedAround() {
        // 4294967299 is 2^32 + 3: read as an int it was 3
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, maxAttempts: 4294967299}\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("clouds.yaml: clouds.gz.maxAttempts: 4294967299 is out of range; allowed: 1 to 10");
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, maxAttempts: 99999999999999999999999}\n"))
                .hasMessageContaining("clouds.gz.maxAttempts: 99999999999999999999999 is out of range");
    }

    @Test
    void aRateLimitBeyondTheRangeOfAnIntIsSaidToBeOutOfRange() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, rateLimits: {DescribeImages: 4294967299}}\n"))
                .hasMessage("clouds.yaml: clouds.gz.rateLimits.DescribeImages: 4294967299 is out of range; allowed: a whole"
                        + " number of requests per second from 2 to 100000");
    }

    // ---- every mistake of a file at once

    @Test
    void everyMistakeOfAFileIsReportedAtOnceEachAtItsKey() {
        assertThatThrownBy(() -> parse("""
                clouds:
                  gz:
                    provider: tencent-v3
                    regoin: ap-guangzhou
                    timeouts: {call: soon}
                  bj:
                    provider: ucloud
                    region: cn-bj2
                    maxAttempts: 0
                """))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("clouds.yaml: 4 mistakes:"
                        + " (1) clouds.gz.regoin: unknown key; allowed here: credentials, endpoint, maxAttempts, properties,"
                        + " provider, rateLimits, region, timeouts;"
                        + " (2) clouds.gz.region: is required: the region, for example ap-guangzhou or cn-bj2;"
                        + " (3) clouds.gz.timeouts.call: \"soon\" is not a duration; write for example 500ms, 30s, 2m or PT30S;"
                        + " (4) clouds.bj.maxAttempts: maxAttempts must be between 1 and 10, got 0");
    }

    @Test
    void aliasesAndKeysGivenTwiceAreReportedWithTheOtherMistakes() {
        assertThatThrownBy(() -> parse("""
                clouds:
                  a: {provider: p, region: &gz ap-guangzhou, maxAttempts: many}
                  b: {provider: p, region: *gz, provider: q}
                """))
                .hasMessage("clouds.yaml: 3 mistakes:"
                        + " (1) clouds.b.region: is an alias (*gz) of another value; aliases are not supported, write the"
                        + " value out;"
                        + " (2) clouds.b.provider: is given twice; give each key once;"
                        + " (3) clouds.a.maxAttempts: \"many\" is not a whole number (allowed: 1 to 10)");
    }

    @Test
    void whatYamlMadeOfAnAliasedCloudIsNotReportedAsASecondMistake() {
        // the tree holds the anchor's name, "base", where a map belongs
        assertThatThrownBy(() -> parse("clouds:\n  a: &base {provider: p, region: r}\n  b: *base\n"))
                .hasMessage("clouds.yaml: clouds.b: is an alias (*base) of another value; aliases are not supported,"
                        + " write the value out");
    }

    @Test
    void everyCredentialsKeyOfAnotherSourceIsReported() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, credentials: "
                + "{source: environment, profile: work, secretKey: x}}\n"))
                .hasMessage("clouds.yaml: 2 mistakes:"
                        + " (1) clouds.gz.credentials.secretKey: is only allowed with \"source: explicit\";"
                        + " (2) clouds.gz.credentials.profile: is only allowed with \"source: cli\"");
    }

    @Test
    void everyLineOverTheLineLimitIsReportedByItsNumber() {
        String longLine = "#" + "x".repeat(CloudConfig.MAX_LINE_CHARS);
        String yaml = "clouds:\n  gz: {provider: p, region: r}\n" + longLine + "\n\n" + longLine + "\n";

        assertThatThrownBy(() -> parse(yaml))
                .hasMessage("clouds.yaml: 2 mistakes:"
                        + " (1) line 3 is longer than 65536 characters, the most a line may have; shorten it;"
                        + " (2) line 5 is longer than 65536 characters, the most a line may have; shorten it");
    }

    @Test
    void aFileOfVeryManyMistakesListsTwentyAndCountsTheRest() {
        StringBuilder yaml = new StringBuilder("clouds:\n");
        for (int i = 1; i <= 25; i++) {
            yaml.append("  c").append(i).append(": {provider: p}\n");
        }

        assertThatThrownBy(() -> parse(yaml.toString()))
                .hasMessageStartingWith("clouds.yaml: 25 mistakes: (1) clouds.c1.region: is required")
                .hasMessageContaining("; (20) clouds.c20.region: is required")
                .hasMessageNotContaining("(21)")
                .hasMessageEndingWith("for example ap-guangzhou or cn-bj2; and 5 more");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // guards against a hang, measures nothing
    void aFileOfSixtyThousandMistakesIsReportedInOneMessage() {
        StringBuilder yaml = new StringBuilder("clouds:\n  gz:\n    provider: p\n    region: r\n");
        for (int i = 0; i < 60_000; i++) {
            yaml.append("    k").append(i).append(": 1\n");
        }

        assertThatThrownBy(() -> parse(yaml.toString()))
                .hasMessageStartingWith("clouds.yaml: 60000 mistakes: (1) clouds.gz.k0: unknown key; allowed here: ")
                .hasMessageEndingWith("; and 59980 more");
    }

    @Test
    void aBadDurationShowsTheAcceptedForms() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, timeouts: {request: soon}}\n"))
                .hasMessageContaining("clouds.gz.timeouts.request")
                .hasMessageContaining("500ms, 30s, 2m");
    }

    @Test
    void plainHttpToARemoteEndpointIsRefusedAtItsKey() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, endpoint: 'http://cvm.tencentcloudapi.com'}\n"))
                .hasMessageContaining("clouds.gz.endpoint")
                .hasMessageContaining("loopback");
    }

    @Test
    void anEndpointWithAPortOutOfRangeIsRefusedAtItsKey() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, endpoint: 'http://127.0.0.1:99999'}\n"))
                .hasMessageStartingWith("clouds.yaml: clouds.gz.endpoint: ")
                .hasMessageContaining("from 1 to 65535");
    }

    @Test
    void credentialKeysOfAnotherSourceAreRefused() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, credentials: {source: environment, secretKey: x}}\n"))
                .hasMessageContaining("clouds.gz.credentials.secretKey")
                .hasMessageContaining("source: explicit");
    }

    @Test
    void anUnknownCredentialsSourceListsTheSources() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, credentials: {source: vault}}\n"))
                .hasMessageContaining("allowed: default, environment, cli, explicit");
    }

    @Test
    void explicitCredentialsAreRead() {
        CloudConfig config = parse("clouds:\n  u: {provider: ucloud, region: cn-bj2, credentials: "
                + "{source: explicit, accessKeyId: pub, secretKey: priv, projectId: org-1}}\n");

        CredentialsSource.Static source = (CredentialsSource.Static) config.cloud("u").settings().credentials();
        assertThat(source.credentials().projectId()).isEqualTo("org-1");
    }

    @Test
    void anExplicitSecretWithALineBreakIsRefusedAtItsKeyWithoutShowingIt() {
        assertThatThrownBy(() -> parse("clouds:\n  u: {provider: ucloud, region: cn-bj2, credentials: "
                + "{source: explicit, accessKeyId: pub, secretKey: \"priv-start\\npriv-end\"}}\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("clouds.yaml: clouds.u.credentials: the secret key contains a control character (a line break?); remove it");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: [\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("clouds.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void brokenYamlNeverEchoesTheLineItBrokeOn() {
        assertThatThrownBy(() -> parse("clouds:\n  a: {provider: p, region: r, credentials: {source: explicit, secretKey: \"S3cretValue77\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("line 2")
                .hasMessageNotContaining("S3cretValue77")
                .hasNoCause();
    }

    @Test
    void anAbsurdDurationIsNamedAtItsKey() {
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, timeouts: {call: 99999999999999999999s}}\n"))
                .hasMessageContaining("clouds.gz.timeouts.call");
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, timeouts: {call: 30d}}\n"))
                .hasMessageContaining("clouds.gz.timeouts.call");
        assertThatThrownBy(() -> parse("clouds:\n  gz: {provider: p, region: r, timeouts: {call: 48h}}\n"))
                .hasMessageContaining("at most a day");
    }

    @Test
    void anEmptyFileSaysWhatItNeeds() {
        assertThatThrownBy(() -> parse("")).hasMessageContaining("clouds:");
        assertThatThrownBy(() -> parse("clouds: {}\n")).hasMessageContaining("at least one named cloud");
    }

    @Test
    void anUnknownCloudNameListsTheDefinedOnes() {
        assertThatThrownBy(() -> parse("clouds:\n  a: {provider: p, region: r}\n").cloud("b"))
                .hasMessageContaining("no cloud named \"b\"; the file defines: a");
    }

    private static final class RecordingProvider implements ImageProvider {
        final AtomicReference<ProviderSettings> opened = new AtomicReference<>();

        @Override public String id() { return "recording"; }
        @Override public String displayName() { return "recording"; }
        @Override public Set<Capability> capabilities() { return Set.of(); }
        @Override public List<Action> actions() { return List.of(Action.read("DescribeImages", 40)); }

        @Override
        public ImageService create(ProviderSettings settings) {
            opened.set(settings);
            return null;
        }
    }

    @Test
    void aProviderThatIsNotOnTheClasspathIsNamedWithTheKnownOnes() {
        CloudImages clouds = CloudImages.builder().discover(false).register(new RecordingProvider()).build();
        CloudConfig config = parse("clouds:\n  gz: {provider: tencent-v3, region: r}\n");

        assertThatThrownBy(() -> config.open("gz", clouds))
                .hasMessageContaining("clouds.yaml: clouds.gz.provider: no provider \"tencent-v3\"")
                .hasMessageContaining("known: recording");
    }

    @Test
    void aRateLimitForAnActionTheProviderLacksIsNamed() {
        CloudImages clouds = CloudImages.builder().discover(false).register(new RecordingProvider()).build();
        CloudConfig config = parse("clouds:\n  gz: {provider: recording, region: r, rateLimits: {DescribeImage: 5}}\n");

        assertThatThrownBy(() -> config.validate(clouds))
                .hasMessageContaining("clouds.gz.rateLimits.DescribeImage: provider recording has no action \"DescribeImage\" to"
                        + " set a rate limit for; its actions: DescribeImages");
    }

    @Test
    void everyCloudWhoseProviderOrActionIsUnknownIsReportedAtOnce() {
        CloudImages clouds = CloudImages.builder().discover(false).register(new RecordingProvider()).build();
        CloudConfig config = parse("""
                clouds:
                  a: {provider: nosuch, region: r}
                  b: {provider: recording, region: r, rateLimits: {DescribeImage: 5, DescribeImages: 5, ListImages: 5}}
                """);

        assertThatThrownBy(() -> config.validate(clouds))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("clouds.yaml: 3 mistakes:"
                        + " (1) clouds.a.provider: no provider \"nosuch\" is on the classpath; known: recording;"
                        + " (2) clouds.b.rateLimits.DescribeImage: provider recording has no action \"DescribeImage\" to set a"
                        + " rate limit for; its actions: DescribeImages;"
                        + " (3) clouds.b.rateLimits.ListImages: provider recording has no action \"ListImages\" to set a"
                        + " rate limit for; its actions: DescribeImages");
    }

    @Test
    void openingHandsTheSettingsToTheProvider() {
        RecordingProvider provider = new RecordingProvider();
        CloudImages clouds = CloudImages.builder().discover(false).register(provider).build();

        parse("clouds:\n  gz: {provider: recording, region: r1}\n").open("gz", clouds);

        assertThat(provider.opened.get().region()).isEqualTo("r1");
    }
}
