package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.testkit.FakeClock;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code images import --wait}, on a clock the test moves. */
class ImportAndWaitTest extends AgainstFakeTencent {

    private final FakeClock clock = new FakeClock();

    @BeforeEach
    void onTheTestsClock() {
        tencent.clock(clock);
        cli.withClock(clock);
    }

    private String imported() {
        List<String> ids = tencent.imageIds("ap-guangzhou");
        return ids.get(ids.size() - 1);
    }

    @Test
    void theAvailableImageIsPrintedAsImagesGetPrintsIt() {
        tencent.importTimeline(ImageTimeline.startingAs("IMPORTING").then(Duration.ofMinutes(7), "NORMAL"));

        CliRunner.Run run = importCentos("golden", "--wait");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).first().asString().matches("ID +" + imported());
        assertThat(run.out()).contains("NAME           golden", "available (NORMAL)");
        assertThat(run.err()).isEmpty();
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void jsonIsTheImportsDocumentWithTheImageInIt() {
        CliRunner.Run run = importCentos("golden", "--wait", "-o", "json");

        JsonNode result = run.json();
        List<String> keys = new ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("imageId", "requestId", "dryRun", "reconciled", "image");
        assertThat(result.get("image").get("id").asText()).isEqualTo(result.get("imageId").asText()).isEqualTo(imported());
        assertThat(result.get("image").get("state").asText()).isEqualTo("available");
    }

    @Test
    void aFailedImportExitsFiveWithTheCloudsState() {
        tencent.importTimeline(ImageTimeline.startingAs("IMPORTING").then(Duration.ofMinutes(3), "IMPORTFAILED"));

        CliRunner.Run run = importCentos("golden", "--wait");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains(imported() + " failed", "failed (IMPORTFAILED)");
    }

    @Test
    void stillImportingAtTheTimeoutExitsEightSayingTheImportGoesOnAndHowToWaitAgain() {
        tencent.importTimeline(ImageTimeline.startingAs("IMPORTING"));

        CliRunner.Run run = importCentos("golden", "--wait", "--wait-timeout", "20m");

        assertThat(run.exitCode()).isEqualTo(ExitCode.WAIT_TIMED_OUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().isEqualTo("cloudimages: " + imported()
                + " is still importing after 20m; the import goes on in the cloud (it is not cancelled): wait again"
                + " with: cloudimages images wait -p tencent-v3 -r ap-guangzhou --endpoint " + tencent.endpoint() + " "
                + imported() + " --wait-timeout 20m");
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void theCommandTheTimeoutGivesWaitsForTheSameImage() {
        tencent.importTimeline(ImageTimeline.startingAs("IMPORTING").then(Duration.ofMinutes(12), "NORMAL"));
        String message = importCentos("golden", "--wait", "--wait-timeout", "10m").err();

        String again = message.substring(message.indexOf("wait again with: cloudimages ") + "wait again with: cloudimages ".length());
        CliRunner.Run run = cli.run(again.strip().split(" "));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains(imported(), "available (NORMAL)");
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void ctrlCStopsTheWaitNeverTheImport() {
        cli.withClock(clock, duration -> {
            throw new InterruptedException("Ctrl-C");
        });

        CliRunner.Run run = importCentos("golden", "--wait");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(run.errLines()).singleElement().asString().startsWith("cloudimages: stopped waiting for " + imported()
                + "; the import goes on in the cloud (it is not cancelled): wait again with: cloudimages images wait");
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void anImportAnsweredWithoutAnIdIsWaitedForByName() {
        tencent.answerImportsWithRequestIdOnly();
        // the import's own look-up by name fails, so the id is unknown when the wait begins
        tencent.faults().forAction(FakeTencentCloud.DESCRIBE_IMAGES).nth(2, Fault.status(400));

        CliRunner.Run run = importCentos("golden", "--wait", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("imageId").asText()).isEqualTo(imported());
        assertThat(run.json().get("image").get("name").asText()).isEqualTo("golden");
    }

    @Test
    void aWaitTimeoutWithoutWaitIsRefusedBeforeAnythingIsSent() {
        CliRunner.Run run = importCentos("golden", "--wait-timeout", "10m");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("add --wait, or drop --wait-timeout");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void aDryRunCannotBeWaitedFor() {
        CliRunner.Run run = importCentos("golden", "--wait", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("a dry run imports nothing to wait for");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void aBadWaitTimeoutIsRefusedBeforeAnythingIsSent() {
        CliRunner.Run run = importCentos("golden", "--wait", "--wait-timeout", "forever");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("'forever' is not a wait from 1s to 24h");
        assertThat(tencent.requests()).isEmpty();
    }
}
