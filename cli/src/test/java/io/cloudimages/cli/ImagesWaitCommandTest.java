package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.testkit.FakeClock;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code images wait}, on a clock the test moves: waits of half an hour take no time. */
class ImagesWaitCommandTest extends AgainstFakeTencent {

    private final FakeClock clock = new FakeClock();
    private String imageId;
    private Instant start;

    @BeforeEach
    void onTheTestsClock() {
        tencent.clock(clock);
        cli.withClock(clock);
        imageId = tencent.imageIds("ap-guangzhou").get(0);
        start = clock.instant();
    }

    private CliRunner.Run waitFor(String id, String... more) {
        List<String> args = new ArrayList<>(List.of("images", "wait", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--endpoint", tencent.endpoint().toString(), id));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private Duration waited() {
        return Duration.between(start, clock.instant());
    }

    @Test
    void anImageThatBecomesAvailableIsPrintedAsImagesGetPrintsIt() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING").then(Duration.ofMinutes(2), "NORMAL"));

        CliRunner.Run run = waitFor(imageId);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(cli.run("images", "get", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                tencent.endpoint().toString(), imageId).out());
        assertThat(run.out()).contains("available (NORMAL)");
        assertThat(run.err()).isEmpty();
        assertThat(waited()).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void jsonIsTheImageAsImagesGetWritesIt() {
        CliRunner.Run run = waitFor(imageId, "-o", "json");

        JsonNode image = run.json();
        assertThat(image.get("id").asText()).isEqualTo(imageId);
        assertThat(image.get("state").asText()).isEqualTo("available");
    }

    @Test
    void aFailedImageExitsFiveWithItsStateAsTheCloudWroteIt() {
        tencent.timeline(imageId, ImageTimeline.startingAs("CREATING").then(Duration.ofMinutes(1), "CREATEFAILED"));

        CliRunner.Run run = waitFor(imageId);

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains(imageId + " failed", "failed (CREATEFAILED)");
    }

    @Test
    void anImageDeletedDuringTheWaitExitsFive() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING").thenRemoved(Duration.ofMinutes(1)));

        CliRunner.Run run = waitFor(imageId);

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.errLines()).singleElement().asString().contains(imageId + " is gone");
    }

    @Test
    void anIdTheCloudDoesNotKnowExitsFiveAtOnce() {
        CliRunner.Run run = waitFor("img-n0tthere");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.errLines()).singleElement().asString().contains("no image img-n0tthere in ap-guangzhou");
        assertThat(waited()).isZero();
    }

    @Test
    void stillNotAvailableAtTheTimeoutExitsEightSayingHowToWaitAgain() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING"));

        CliRunner.Run run = waitFor(imageId, "--wait-timeout", "10m");

        assertThat(run.exitCode()).isEqualTo(ExitCode.WAIT_TIMED_OUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .contains(imageId + " is still syncing after 10m; the cloud goes on with it: wait again with: "
                        + "cloudimages images wait -p tencent-v3 -r ap-guangzhou --endpoint " + tencent.endpoint() + " "
                        + imageId + " --wait-timeout 10m");
        assertThat(waited()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theWaitLastsThirtyMinutesUnlessTold() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING"));

        CliRunner.Run run = waitFor(imageId);

        assertThat(run.exitCode()).isEqualTo(ExitCode.WAIT_TIMED_OUT);
        assertThat(waited()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theTimeoutMayBeWrittenInSeconds() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING"));

        CliRunner.Run run = waitFor(imageId, "--wait-timeout", "90s");

        assertThat(run.exitCode()).isEqualTo(ExitCode.WAIT_TIMED_OUT);
        assertThat(run.err()).contains("after 1m30s", "--wait-timeout 1m30s");
        assertThat(waited()).isEqualTo(Duration.ofSeconds(90));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5x", "0s", "25h", "-1m", "10", "PT10M", "m"})
    void aTimeoutThatIsNotOneIsRefusedBeforeAnythingIsSent(String written) {
        CliRunner.Run run = waitFor(imageId, "--wait-timeout", written);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("--wait-timeout", "90s, 10m, 1h");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void onATerminalOneLineOnStderrShowsTheStateAndTheTimeWaited() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING").then(Duration.ofSeconds(30), "NORMAL"));

        CliRunner.Run run = cli.onOneTerminal().run("images", "wait", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                tencent.endpoint().toString(), imageId, "-o", "json");

        assertThat(run.json().get("state").asText()).isEqualTo("available");
        assertThat(run.err()).contains("\r\033[Kwaiting for " + imageId + ": syncing, 0s",
                "\r\033[Kwaiting for " + imageId + ": syncing, 5s").endsWith("\r\033[K");
        assertThat(run.err()).doesNotContain("\n");
    }

    @Test
    void offATerminalNothingIsDrawn() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING").then(Duration.ofSeconds(30), "NORMAL"));

        assertThat(waitFor(imageId).err()).isEmpty();
    }

    @Test
    void ctrlCStopsTheWaitAndSaysHowToWaitAgain() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING"));
        cli.withClock(clock, duration -> {
            throw new InterruptedException("Ctrl-C");
        });

        CliRunner.Run run = waitFor(imageId);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().isEqualTo("cloudimages: stopped waiting for " + imageId
                + "; the cloud goes on with it: wait again with: cloudimages images wait -p tencent-v3 -r ap-guangzhou"
                + " --endpoint " + tencent.endpoint() + " " + imageId);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void pollsAreTheCloudsDescribeImagesWithinItsLimit() {
        tencent.timeline(imageId, ImageTimeline.startingAs("SYNCING").then(Duration.ofMinutes(5), "NORMAL"));

        waitFor(imageId);

        assertThat(tencent.requests(FakeTencentCloud.DESCRIBE_IMAGES)).hasSizeBetween(5, 20)
                .allSatisfy(request -> assertThat(request.bodyText()).contains(imageId));
        assertThat(tencent.throttledAnswers()).isZero();
    }
}
