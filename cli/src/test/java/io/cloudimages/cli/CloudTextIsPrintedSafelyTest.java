package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.cloudimages.cli.HostileText.IMAGE_ID;
import static io.cloudimages.cli.HostileText.IMAGE_ID_SHOWN;
import static io.cloudimages.cli.HostileText.NAME;
import static io.cloudimages.cli.HostileText.NAME_SHOWN;
import static io.cloudimages.cli.HostileText.REQUEST_ID;
import static io.cloudimages.cli.HostileText.REQUEST_ID_SHOWN;
import static io.cloudimages.cli.HostileText.assertPrintedSafely;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a cloud answers reaches the terminal safely: escape sequences, C1 controls, DEL, bidi
 * controls and separators are replaced in tables and lines, and escaped in JSON.
 */
class CloudTextIsPrintedSafelyTest extends AgainstFakeTencent {

    private static final String URL = "https://images-1250000000.cos.ap-guangzhou.myqcloud.com/centos7.qcow2";

    private CliRunner.Run runTencent(String command, String... more) {
        List<String> args = new ArrayList<>(List.of("images", command, "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--endpoint", tencent.endpoint().toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private CliRunner.Run importImage(String... more) {
        List<String> args = new ArrayList<>(List.of("--url", URL, "--name", "centos7-golden", "--os", "CentOS",
                "--os-version", "7", "--arch", "x86_64"));
        args.addAll(List.of(more));
        return runTencent("import", args.toArray(String[]::new));
    }

    /** Every image the fake lists has this name and description. */
    private void everyImageNamed(String name) {
        everyAnswer(response -> {
            response.path("ImageSet").forEach(image -> ((ObjectNode) image).put("ImageName", name).put("ImageDescription", name));
            return response;
        });
    }

    /** Every answer carries the hostile request id, and an import's the hostile image id. */
    private void hostileIds() {
        everyAnswer(response -> {
            if (response.has("ImageId")) {
                response.put("ImageId", IMAGE_ID);
            }
            return response.put("RequestId", REQUEST_ID);
        });
    }

    @Test
    void aListingTableReplacesControlCharactersFromTheCloud() {
        everyImageNamed(NAME);

        CliRunner.Run run = runTencent("list");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains(NAME_SHOWN.substring(0, 20));
        assertPrintedSafely(run.out());
        assertPrintedSafely(run.err());
    }

    @Test
    void aListingInJsonEscapesControlCharactersAndDecodesToTheCloudsText() {
        everyImageNamed(NAME);

        CliRunner.Run run = runTencent("list", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertPrintedSafely(run.out());
        assertThat(run.json().get(0).get("name").asText()).isEqualTo(NAME);
        assertThat(run.json().get(0).get("description").asText()).isEqualTo(NAME);
    }

    @Test
    void jsonLeavesChineseAndEmojiUnescaped() {
        everyImageNamed("数据中心版 \ud83d\ude80");

        CliRunner.Run run = runTencent("list", "-o", "json", "--limit", "1");

        assertThat(run.out()).contains("\"name\" : \"数据中心版 \ud83d\ude80\"");
    }

    @Test
    void getReplacesControlCharactersInEveryField() {
        String id = tencent.imageIds("ap-guangzhou").get(0);
        everyImageNamed(NAME);

        CliRunner.Run run = runTencent("get", id);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).contains("NAME           " + NAME_SHOWN, "DESCRIPTION    " + NAME_SHOWN);
        assertPrintedSafely(run.out());
    }

    @Test
    void anImportPrintsTheNewImageIdWithControlCharactersReplaced() {
        hostileIds();

        CliRunner.Run run = importImage();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(IMAGE_ID_SHOWN);
        assertPrintedSafely(run.err());
    }

    @Test
    void anImportInJsonEscapesTheIdsAndDecodesToThem() {
        hostileIds();

        CliRunner.Run run = importImage("-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertPrintedSafely(run.out());
        JsonNode result = run.json();
        assertThat(result.get("imageId").asText()).isEqualTo(IMAGE_ID);
        assertThat(result.get("requestId").asText()).isEqualTo(REQUEST_ID);
    }

    @Test
    void aDryRunPrintsTheCloudsRequestIdWithControlCharactersReplaced() {
        hostileIds();

        CliRunner.Run run = importImage("--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("(request " + REQUEST_ID_SHOWN + ")");
        assertPrintedSafely(run.out());
    }

    @Test
    void anImportTheCloudDidNotNameQuotesItsRequestIdSafely() {
        tencent.answerImportsWithRequestIdOnly();
        everyAnswer(response -> {
            if (response.has("ImageSet")) {
                response.put("TotalCount", 0).putArray("ImageSet");
            }
            return response.put("RequestId", REQUEST_ID);
        });

        CliRunner.Run run = importImage();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("(request " + REQUEST_ID_SHOWN + ") without naming the new image");
        assertPrintedSafely(run.err());
    }

    @Test
    void aNewImageIdRepeatedOnStderrIsPrintedSafely() {
        hostileIds();

        CliRunner.Run run = cli.withFailingStdout(new IOException("No space left on device")).run("images", "import",
                "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint", tencent.endpoint().toString(), "--url", URL,
                "--name", "centos7-golden", "--os", "CentOS", "--os-version", "7", "--arch", "x86_64");

        assertThat(run.err()).contains("the new image is " + IMAGE_ID_SHOWN);
        assertPrintedSafely(run.err());
    }

    @Test
    void theCloudsErrorMessageAndRequestIdAreQuotedSafely() {
        tencent.refuseImportsIn("ap-guangzhou");
        everyAnswer(response -> {
            if (response.has("Error")) {
                ((ObjectNode) response.get("Error")).put("Message", NAME);
            }
            return response.put("RequestId", REQUEST_ID);
        });

        CliRunner.Run run = importImage("--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.errLines().get(0)).contains(NAME_SHOWN, "requestId=" + REQUEST_ID_SHOWN);
        assertPrintedSafely(run.err());
    }

    @Test
    void verboseCausesAreQuotedSafely() {
        CliRunner.Run run = cli.withProvider(new ScriptedProvider(() -> new ServiceUnavailableException("the gateway failed",
                ErrorContext.of(ScriptedProvider.ID, "DescribeImages"), new IOException(NAME))))
                .run("--verbose", "images", "list", "-p", ScriptedProvider.ID, "-r", "anywhere");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.errLines()).contains("  caused by: java.io.IOException: " + NAME_SHOWN);
        assertPrintedSafely(run.err());
    }

    @Test
    void anUnexpectedErrorsStackTraceIsPrintedSafely() {
        CliRunner.Run run = cli.withProvider(new ScriptedProvider(() -> new IllegalStateException(NAME)))
                .run("--verbose", "images", "list", "-p", ScriptedProvider.ID, "-r", "anywhere");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.errLines()).contains("java.lang.IllegalStateException: " + NAME_SHOWN)
                .anySatisfy(line -> assertThat(line).startsWith(" at io.cloudimages.cli.ScriptedProvider"));
        assertPrintedSafely(run.err());
    }

    @Test
    void aUcloudListingReplacesControlCharactersFromTheCloud() {
        try (FakeUcloud ucloud = FakeUcloud.withDefaultCatalogue().start()) {
            ucloud.faults().always(Fault.rewrite(answer -> answer.withJson(response -> {
                response.path("ImageSet").forEach(image -> ((ObjectNode) image).put("ImageName", NAME));
                return response;
            })));

            CliRunner.Run run = cli.withUcloudTestKeys().run("images", "list", "-p", "ucloud", "-r", "cn-bj2",
                    "--endpoint", ucloud.endpoint().toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains(NAME_SHOWN.substring(0, 20));
            assertPrintedSafely(run.out());
        }
    }

    @Test
    void aUcloudImportPrintsTheNewImageIdWithControlCharactersReplaced() {
        try (FakeUcloud ucloud = FakeUcloud.withDefaultCatalogue().start()) {
            ucloud.faults().always(Fault.rewrite(answer -> answer.withJson(response ->
                    response.has("ImageId") ? response.put("ImageId", IMAGE_ID) : response)));

            CliRunner.Run run = cli.withUcloudTestKeys().run("images", "import", "-p", "ucloud", "-r", "cn-bj2",
                    "--endpoint", ucloud.endpoint().toString(), "--url", "https://bucket.cn-bj.ufileos.com/centos7.raw",
                    "--name", "centos7-golden", "--os", "CentOS", "--os-version", "7", "--arch", "x86_64");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.outLines()).containsExactly(IMAGE_ID_SHOWN);
        }
    }
}
