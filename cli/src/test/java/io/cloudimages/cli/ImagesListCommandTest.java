package io.cloudimages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesListCommandTest extends AgainstFakeTencent {

    private static final List<String> IMAGE_KEYS = List.of("provider", "region", "zone", "id", "name", "description",
            "osFamily", "osName", "osVersion", "architecture", "type", "state", "createdAt", "sizeGiB", "family",
            "deprecated", "tags", "features");

    private CliRunner.Run listTencent(String... more) {
        List<String> args = new ArrayList<>(List.of("images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--endpoint", tencent.endpoint().toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(image -> image.get("id").asText()).toList();
    }

    @Test
    void withIncludeDeprecatedEveryImageOfEveryTypeAndStateIsListed() {
        CliRunner.Run run = listTencent("--include-deprecated", "-o", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(ids(run.json())).containsExactlyInAnyOrderElementsOf(tencent.imageIds("ap-guangzhou"));
        assertThat(run.json().findValuesAsText("type")).contains("public", "private", "shared");
        assertThat(run.json().findValuesAsText("state")).contains("available", "creating", "syncing", "failed");
        assertThat(run.json().findValuesAsText("deprecated")).contains("true");
    }

    @Test
    void deprecatedImagesAreLeftOutByDefaultAsTheLibraryLeavesThemOut() {
        JsonNode every = listTencent("--include-deprecated", "-o", "json").json();

        JsonNode listed = listTencent("-o", "json").json();

        List<String> notDeprecated = StreamSupport.stream(every.spliterator(), false)
                .filter(image -> !image.get("deprecated").asBoolean()).map(image -> image.get("id").asText()).toList();
        assertThat(notDeprecated).hasSizeLessThan(every.size());
        assertThat(ids(listed)).containsExactlyInAnyOrderElementsOf(notDeprecated);
    }

    @Test
    void anEmptyListingOfADeprecatedImageSaysHowToListIt() {
        String deprecated = StreamSupport.stream(listTencent("--include-deprecated", "-o", "json").json().spliterator(), false)
                .filter(image -> image.get("deprecated").asBoolean()).findFirst().orElseThrow().get("id").asText();

        CliRunner.Run run = listTencent("--id", deprecated);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no image in ap-guangzhou of tencent-v3 matches (deprecated images are left out;"
                + " --include-deprecated lists them)");
    }

    @Test
    void jsonImagesHaveExactlyTheContractsKeysInOrder() {
        JsonNode images = listTencent("-o", "json").json();

        assertThat(images.isArray()).isTrue();
        for (JsonNode image : images) {
            List<String> keys = new ArrayList<>();
            image.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(IMAGE_KEYS);
            assertThat(image.get("tags").isObject()).isTrue();
            assertThat(image.get("features").isArray()).isTrue();
        }
    }

    @Test
    void jsonValuesAreTheNeutralModelsLowerCaseNames() {
        JsonNode images = listTencent("-o", "json", "--name-regex", "TencentOS Server 3.1 \\(TK4\\) ARM").json();

        assertThat(images).hasSize(1);
        JsonNode image = images.get(0);
        assertThat(image.get("provider").asText()).isEqualTo("tencent-v3");
        assertThat(image.get("region").asText()).isEqualTo("ap-guangzhou");
        assertThat(image.get("osFamily").asText()).isEqualTo("tencentos");
        assertThat(image.get("osVersion").asText()).isEqualTo("3.1");
        assertThat(image.get("architecture").asText()).isEqualTo("arm64");
        assertThat(image.get("type").asText()).isEqualTo("public");
        assertThat(image.get("state").asText()).isEqualTo("available");
        assertThat(image.get("createdAt").asText()).endsWith("Z");
        assertThat(image.get("sizeGiB").asInt()).isEqualTo(20);
    }

    @Test
    void theOsVersionAndArchitectureSelectImagesComparedNumerically() {
        JsonNode arm = listTencent("--os-version", "20.04", "--arch", "arm64", "-o", "json").json();
        JsonNode range = listTencent("--family", "ubuntu", "--os-version", ">=9, <22", "-o", "json").json();

        assertThat(arm).isNotEmpty().allSatisfy(image -> {
            assertThat(image.get("osVersion").asText()).startsWith("20.04");
            assertThat(image.get("architecture").asText()).isEqualTo("arm64");
        });
        assertThat(range.findValuesAsText("osVersion")).isNotEmpty().containsOnly("20.04", "14.04.1");
    }

    @Test
    void anOsVersionThatIsNotOneOrAnUnknownArchitectureIsAUsageError() {
        assertThat(listTencent("--os-version", ">=").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(listTencent("--arch", "sparc").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tencent.requests()).isEmpty();
    }

    /** Lists the legacy API's seed catalogue in this region, on a fake of its own. */
    private CliRunner.Run listLegacy(FakeQcloudLegacy legacy, String region, String... more) {
        List<String> args = new ArrayList<>(List.of("images", "list", "-p", "tencent-legacy", "-r", region,
                "--endpoint", legacy.endpoint().toString()));
        args.addAll(List.of(more));
        return cli.withLegacyTestKeys().run(args.toArray(String[]::new));
    }

    @Test
    void unknownValuesAreNullNeverZeroOrEmpty() {
        try (FakeQcloudLegacy legacy = FakeQcloudLegacy.withSeedCatalogue().start()) {
            JsonNode image = listLegacy(legacy, "gz", "--id", "img-1234test", "-o", "json").json().get(0);

            assertThat(image.get("zone").isNull()).isTrue();
            assertThat(image.get("sizeGiB").isNull()).isTrue();
            assertThat(image.get("family").isNull()).isTrue();
        }
    }

    @Test
    void theLegacyApisChinaStandardTimeIsPrintedInUtc() {
        try (FakeQcloudLegacy legacy = FakeQcloudLegacy.withSeedCatalogue().start()) {
            JsonNode image = listLegacy(legacy, "gz", "--id", "img-1234test", "-o", "json").json().get(0);

            // seed 003: "createTime": "2014-09-27 10:11:00", China Standard Time (UTC+8)
            assertThat(image.get("createdAt").asText()).isEqualTo("2014-09-27T02:11:00Z");
        }
    }

    @Test
    void theRegionPrintedIsTheOneTheUserGave() {
        try (FakeQcloudLegacy legacy = FakeQcloudLegacy.withSeedCatalogue().start()) {
            for (String region : List.of("gz", "ap-guangzhou")) {
                JsonNode images = listLegacy(legacy, region, "--limit", "3", "-o", "json").json();

                assertThat(images.findValuesAsText("region")).containsOnly(region);
            }
        }
    }

    @Test
    void theLegacyEndpointIsABaseUrlTheApiPathFollows() {
        try (FakeQcloudLegacy legacy = FakeQcloudLegacy.withSeedCatalogue().start()) {
            CliRunner.Run run = listLegacy(legacy, "gz", "--limit", "1");

            assertThat(run.exitCode()).isZero();
            assertThat(legacy.requests()).isNotEmpty()
                    .allSatisfy(request -> assertThat(request.uri().getPath()).isEqualTo("/v2/index.php"));
        }
    }

    @Test
    void tableRowsAreAlignedWithinOneHundredTwentyCells() {
        CliRunner.Run run = listTencent("--include-deprecated");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).startsWith("ID").contains("NAME", "OS", "VERSION", "ARCH", "TYPE", "STATE", "CREATED");
        assertThat(lines).hasSize(tencent.imageIds("ap-guangzhou").size() + 1);
        int stateColumn = Table.cells(lines.get(0).substring(0, lines.get(0).indexOf("STATE")));
        for (String line : lines) {
            assertThat(Table.cells(line)).isLessThanOrEqualTo(Table.MAX_WIDTH);
            // the STATE column starts at the same cell on every row, Chinese names included
            assertThat(cellAt(line, stateColumn - 1)).isEqualTo(" ");
            assertThat(cellAt(line, stateColumn)).isNotBlank();
        }
    }

    /** The character that starts at this terminal cell. */
    private static String cellAt(String line, int cell) {
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            if (used == cell) {
                return new String(Character.toChars(codePoint));
            }
            used += Table.cells(codePoint);
            i += Character.charCount(codePoint);
        }
        return "";
    }

    @Test
    void limitCapsWhatIsPrintedAndFetchesNoFurtherPage() {
        tencent.addGeneratedImages("ap-guangzhou", 300);
        tencent.clearRequests();

        CliRunner.Run run = listTencent("--limit", "5", "-o", "json");

        assertThat(run.json()).hasSize(5);
        assertThat(tencent.requests(FakeTencentCloud.DESCRIBE_IMAGES)).hasSize(1);
    }

    @Test
    void withoutLimitEveryPageIsListed() {
        tencent.addGeneratedImages("ap-guangzhou", 300);

        assertThat(listTencent("--include-deprecated", "-o", "json").json()).hasSize(tencent.imageIds("ap-guangzhou").size());
    }

    @Test
    void typeOsTypeAndFamilyFilterTheListing() {
        JsonNode privateUbuntu = listTencent("--type", "private", "--family", "ubuntu", "-o", "json").json();
        JsonNode windows = listTencent("--os-type", "windows", "-o", "json").json();

        assertThat(privateUbuntu).isNotEmpty();
        assertThat(privateUbuntu.findValuesAsText("type")).containsOnly("private");
        assertThat(privateUbuntu.findValuesAsText("osFamily")).containsOnly("ubuntu");
        assertThat(windows).isNotEmpty();
        assertThat(windows.findValuesAsText("osFamily")).containsOnly("windows");
    }

    @Test
    void severalTypesMayBeGiven() {
        JsonNode images = listTencent("--type", "private", "--type", "shared", "-o", "json").json();

        assertThat(images.findValuesAsText("type")).contains("private", "shared").doesNotContain("public");
    }

    @Test
    void nameRegexMatchesAnywhereInTheName() {
        JsonNode images = listTencent("--name-regex", "Server 2\\d\\.04", "-o", "json").json();

        assertThat(images.findValuesAsText("name")).isNotEmpty()
                .allSatisfy(name -> assertThat(name).containsPattern("Server 2\\d\\.04"));
    }

    @Test
    void idsSelectThoseImages() {
        List<String> wanted = tencent.imageIds("ap-guangzhou").subList(0, 2);

        JsonNode images = listTencent("--id", wanted.get(0), "--id", wanted.get(1), "-o", "json").json();

        assertThat(ids(images)).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void zoneSelectsTheImagesOfThatZone() {
        try (FakeUcloud ucloud = FakeUcloud.withDefaultCatalogue().start()) {
            CliRunner.Run run = cli.withUcloudTestKeys()
                    .run("images", "list", "-p", "ucloud", "-r", "cn-bj2", "--zone", "cn-bj2-03",
                            "--endpoint", ucloud.endpoint().toString(), "-o", "json");

            assertThat(run.json().findValuesAsText("zone")).isNotEmpty().containsOnly("cn-bj2-03");
        }
    }

    @Test
    void aTableOfImagesWithZonesHasAZoneColumn() {
        try (FakeUcloud ucloud = FakeUcloud.withDefaultCatalogue().start()) {
            CliRunner.Run run = cli.withUcloudTestKeys()
                    .run("images", "list", "-p", "ucloud", "-r", "cn-bj2", "--endpoint", ucloud.endpoint().toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.outLines().get(0)).startsWith("ID").contains(" NAME ", " ZONE ");
            for (String zone : FakeUcloud.ZONES) {
                assertThat(run.outLines()).anySatisfy(line -> assertThat(line).contains(" " + zone + " "));
            }
            assertThat(run.outLines()).allSatisfy(line -> assertThat(Table.cells(line)).isLessThanOrEqualTo(Table.MAX_WIDTH));
        }
    }

    @Test
    void aTableOfImagesWithoutZonesHasNoZoneColumn() {
        CliRunner.Run run = listTencent();

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).doesNotContain("ZONE");
    }

    @Test
    void aListingThatFailsPrintsNoHeader() {
        tencent.faults().always(Fault.status(503));

        CliRunner.Run run = listTencent();

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownFamilyIsRefusedWithTheAllowedNamesAndNothingIsSent() {
        tencent.clearRequests();

        CliRunner.Run run = listTencent("--family", "centoz");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("'centoz' is not an OS family", "centos", "tencentos", "windows");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void anInvalidNameRegexIsRefusedAndNothingIsSent() {
        tencent.clearRequests();

        CliRunner.Run run = listTencent("--name-regex", "CentOS (7");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("not a valid regular expression");
        assertThat(tencent.requests()).isEmpty();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        CliRunner.Run run = listTencent("--limit", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'0' is not a whole number from 1 to 2147483647");
    }

    @Test
    void progressIsDrawnOnStderrWhenItIsATerminal() {
        CliRunner.Run run = cli.onTerminal().run("images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--endpoint", tencent.endpoint().toString(), "--include-deprecated", "-o", "json");

        assertThat(run.err()).contains("listing images: 1 so far").endsWith("\r\033[K");
        assertThat(run.json()).hasSize(tencent.imageIds("ap-guangzhou").size());
    }

    @Test
    void progressNeverEntersTheRows() {
        CliRunner.Run run = cli.onTerminal().run("images", "list", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--endpoint", tencent.endpoint().toString(), "--include-deprecated");

        assertThat(run.out()).doesNotContain("\r", "listing images");
        assertThat(run.outLines()).hasSize(tencent.imageIds("ap-guangzhou").size() + 1);
    }

    @Test
    void noProgressIsDrawnWhenStderrIsNotATerminal() {
        CliRunner.Run run = listTencent("-o", "json");

        assertThat(run.err()).isEmpty();
    }

    @Test
    void anEmptyListingSaysSoOnStderr() {
        CliRunner.Run run = listTencent("--name-regex", "^no such image$");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no image in ap-guangzhou of tencent-v3 matches");
    }

    @Test
    void anEmptyJsonListingIsAnEmptyArray() {
        CliRunner.Run run = listTencent("--name-regex", "^no such image$", "-o", "json");

        assertThat(run.json().isArray()).isTrue();
        assertThat(run.json()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aListingThatFailsHalfwayStillLeavesValidJsonAndTheErrorOnStderr() {
        tencent.addGeneratedImages("ap-guangzhou", 300);
        tencent.faults().forAction(FakeTencentCloud.DESCRIBE_IMAGES).from(2, Fault.status(503));
        Path config = cli.oneAttemptTencentConfig(tencent.endpoint(), "{source: environment}");

        CliRunner.Run run = cli.run("--config", config.toString(), "images", "list", "-c", "gz", "--include-deprecated",
                "-o", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.json()).hasSize(100);
        assertThat(run.errLines()).hasSize(1);
    }
}
