package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesImportCommandTest extends AgainstFakeTencent {

    @Test
    void printsTheNewImageId() {
        CliRunner.Run run = importCentos("centos7-golden");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).singleElement().asString().matches("img-[a-z0-9]{8}");
        assertThat(tencent.imageIds("ap-guangzhou")).contains(run.out().strip());
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void jsonGivesTheImageIdRequestIdAndHowTheImportWent() {
        CliRunner.Run run = importCentos("centos7-golden", "-o", "json");

        JsonNode result = run.json();
        List<String> keys = new ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("imageId", "requestId", "dryRun", "reconciled");
        assertThat(result.get("imageId").asText()).startsWith("img-");
        assertThat(result.get("requestId").asText()).isNotBlank();
        assertThat(result.get("dryRun").asBoolean()).isFalse();
        assertThat(result.get("reconciled").asBoolean()).isFalse();
    }

    @Test
    void everyOptionReachesTheCloud() {
        CliRunner.Run run = importCentos("centos7-golden", "--description", "golden image", "--tag", "team=infra",
                "--tag", "env=prod", "--license-type", "BYOL", "--boot-mode", "UEFI", "--image-family", "golden");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String body = tencent.requests(FakeTencentCloud.IMPORT_IMAGE).get(0).bodyText();
        assertThat(body).contains("\"ImageName\":\"centos7-golden\"", "\"ImageDescription\":\"golden image\"",
                "\"LicenseType\":\"BYOL\"", "\"BootMode\":\"UEFI\"", "\"ImageFamily\":\"golden\"", "\"Key\":\"team\"",
                "\"Value\":\"infra\"", "\"OsType\":\"CentOS\"", "\"OsVersion\":\"7\"", "\"Architecture\":\"x86_64\"");
    }

    @Test
    void aDryRunThatTheCloudAcceptsExitsZeroAndCreatesNothing() {
        int before = tencent.imageIds("ap-guangzhou").size();

        CliRunner.Run run = importCentos("centos7-golden", "--dry-run", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("dryRun").asBoolean()).isTrue();
        assertThat(run.json().get("imageId").isNull()).isTrue();
        assertThat(tencent.imageIds("ap-guangzhou")).hasSize(before);
    }

    @Test
    void aDryRunTableSaysTheImportWouldSucceed() {
        CliRunner.Run run = importCentos("centos7-golden", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("dry run: tencent-v3 would import \"centos7-golden\" in ap-guangzhou");
    }

    @Test
    void anOsTheCloudDoesNotImportIsRefusedBeforeAnythingChangingIsSent() {
        CliRunner.Run run = cli.run("images", "import", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                tencent.endpoint().toString(), "--url", URL, "--name", "gentoo", "--os", "Gentoo", "--os-version", "1",
                "--arch", "x86_64");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("\"Gentoo\" is not in its import list", "CentOS");
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).isEmpty();
    }

    @Test
    void anOsTheCloudDoesNotImportNamesTheFlagThatImportsItAnyway() {
        CliRunner.Run run = cli.run("images", "import", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                tencent.endpoint().toString(), "--url", URL, "--name", "gentoo", "--os", "Gentoo", "--os-version", "1",
                "--arch", "x86_64");

        assertThat(run.err()).contains("; add --force to import anyway").doesNotContain("set force");
    }

    @Test
    void aUrlThatIsNotHttpIsNamedByItsFlagAndNothingIsSent() {
        CliRunner.Run run = importCentosFrom("ftp://images.example.com/centos7.qcow2", "centos7-golden");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("cloudimages: --url must be an http:// or https:// URL with a host").doesNotContain("imageUrl");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void anUnknownLicenseTypeIsNamedByItsFlag() {
        CliRunner.Run run = importCentos("centos7-golden", "--license-type", "GPL");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString()
                .contains("--license-type must be one of BYOL, TencentCloud, got \"GPL\"").doesNotContain("licenseType");
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).isEmpty();
    }

    @Test
    void anIsoFileNamesTheFlagThatImportsIt() {
        CliRunner.Run run = importCentosFrom("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/centos7.iso", "centos7-iso");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("can only be imported with --force", "; add --force");
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).isEmpty();
    }

    @Test
    void aValueTheUserTypedIsQuotedAsTyped() {
        CliRunner.Run run = importCentos("centos7-golden", "--boot-mode", "bootMode");

        assertThat(run.errLines()).singleElement().asString().contains("--boot-mode must be one of", "got \"bootMode\"");
    }

    @Test
    void aNameInUseIsRefusedBeforeAnythingChangingIsSent() {
        String taken = "app-tencentos-0";

        CliRunner.Run run = importCentos(taken);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(taken);
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).isEmpty();
    }

    @Test
    void theCloudsRefusalExitsFiveWithItsCodeAndRequestId() {
        tencent.refuseImportsIn("ap-guangzhou");

        CliRunner.Run run = importCentos("centos7-golden");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .contains("code=RegionAbilityLimit.UnsupportedToImportImage", "requestId=");
    }

    @Test
    void anImportWhoseOutcomeIsUnknownExitsSevenAndSaysHowToCheckLater() {
        tencent.faults().forAction(FakeTencentCloud.IMPORT_IMAGE).next(Fault.dropAfterProcessing());
        tencent.faults().forAction(FakeTencentCloud.DESCRIBE_IMAGES).from(2, Fault.status(503));

        CliRunner.Run run = importCentos("centos7 (golden)");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTCOME_UNKNOWN);
        assertThat(run.errLines()).singleElement().asString().contains("check later with: cloudimages images list -p tencent-v3"
                + " -r ap-guangzhou --endpoint " + tencent.endpoint() + " --type private --name-regex '^centos7 \\(golden\\)$'");
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void anImportWhoseAnswerWasLostButWhoseImageIsFoundPrintsItsIdAndSaysSo() {
        tencent.faults().forAction(FakeTencentCloud.IMPORT_IMAGE).next(Fault.dropAfterProcessing());

        CliRunner.Run run = importCentos("centos7-golden");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().strip()).startsWith("img-");
        assertThat(run.err()).contains("the image was found by its name, imported once");
        assertThat(tencent.requests(FakeTencentCloud.IMPORT_IMAGE)).hasSize(1);
    }

    @Test
    void aProviderThatCannotImportIsAUsageErrorNamingOneThatCan() {
        CliRunner.Run run = cli.run("--simulate", "images", "import", "-p", "tencent-legacy", "-r", "gz", "--url", URL,
                "--name", "x", "--os", "CentOS", "--os-version", "7", "--arch", "x86_64");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("use provider tencent-v3");
    }

    @Test
    void aMalformedTagIsAUsageError() {
        CliRunner.Run run = importCentos("centos7-golden", "--tag", "=infra");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'=infra' is not a tag; write KEY=VALUE");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void aTagKeyGivenTwiceIsAUsageError() {
        CliRunner.Run run = importCentos("centos7-golden", "--tag", "team=a", "--tag", "team=b");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\"team\" is given twice");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void anUnknownArchitectureIsAUsageError() {
        CliRunner.Run run = importCentos("centos7-golden", "--arch", "sparc");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("use x86_64, i386 or arm64");
    }

    @Test
    void everyRequiredOptionIsNamedWhenMissing() {
        CliRunner.Run run = cli.run("images", "import", "-p", "tencent-v3", "-r", "ap-guangzhou", "--url", URL);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--name", "--os", "--os-version", "--arch");
    }

    @Test
    void theQueryOfAPresignedUrlIsNeverPrinted() {
        tencent.refuseImportsIn("ap-guangzhou");

        CliRunner.Run run = cli.run("--verbose", "images", "import", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                tencent.endpoint().toString(), "--url", URL + "?sign=q-signature%3Dsecretsignature", "--name", "n",
                "--os", "CentOS", "--os-version", "7", "--arch", "x86_64");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOUD_ERROR);
        assertThat(run.out() + run.err()).doesNotContain("secretsignature");
    }

    @Test
    void aDryRunWithoutACloudAnswerSaysOnlyTheChecksMadeHerePassed() {
        CliRunner.Run run = new CliRunner(root).run("--simulate", "images", "import", "-p", "ucloud", "-r", "cn-bj2",
                "--url", "https://bucket.cn-bj.ufileos.com/centos7.raw", "--name", "centos7-golden",
                "--os", "CentOS", "--os-version", "7", "--arch", "x86_64", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("passed the checks made here", "nothing was imported");
    }

    @Test
    void theNewImagesIdIsNeverLostWithTheOutput() {
        CliRunner.Run run = cli.withFailingStdout(new IOException("No space left on device")).run("images", "import",
                "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint", tencent.endpoint().toString(), "--url", URL,
                "--name", "centos7-golden", "--os", "CentOS", "--os-version", "7", "--arch", "x86_64");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        String id = tencent.imageIds("ap-guangzhou").get(tencent.imageIds("ap-guangzhou").size() - 1);
        assertThat(run.err()).contains("the new image is " + id, "No space left on device");
    }

    @Test
    void nameAndDescriptionWithControlCharactersArePrintedSafely() {
        importCentos("evil\u001b[2Jname");

        CliRunner.Run run = cli.run("images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou", "--endpoint",
                tencent.endpoint().toString(), "--type", "private");

        assertThat(run.out()).contains("evil?[2Jname").doesNotContain("\u001b");
    }

    @Test
    void ucloudImportsToo() {
        try (FakeUcloud ucloud = FakeUcloud.withDefaultCatalogue().start()) {
            CliRunner.Run run = cli.withUcloudTestKeys().run("images", "import", "-p", "ucloud", "-r", "cn-bj2", "--endpoint", ucloud.endpoint().toString(),
                            "--url", "https://bucket.cn-bj.ufileos.com/centos7.raw", "--name", "centos7-golden",
                            "--os", "CentOS", "--os-version", "7", "--arch", "x86_64");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(ucloud.imageIds()).contains(run.out().strip());
        }
    }
}
