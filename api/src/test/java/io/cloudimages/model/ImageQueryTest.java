package io.cloudimages.model;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageQueryTest {

    private static Image.Builder image() {
        return Image.builder().provider("p").region("r").id("img-1").name("centos-7.9-base")
                .os(new OperatingSystem(OsFamily.CENTOS, "CentOS 7.9 64位", Version.of("7.9"), Architecture.X86_64, null))
                .type(ImageType.PUBLIC).state(ImageState.AVAILABLE);
    }

    @Test
    void anEmptyQueryMatchesEveryImageThatIsNotDeprecated() {
        assertThat(ImageQuery.all().matches(image().build())).isTrue();
        assertThat(ImageQuery.all().matches(image().deprecated(true).build())).isFalse();
    }

    @Test
    void deprecatedImagesMatchWhenAskedFor() {
        assertThat(ImageQuery.builder().includeDeprecated(true).build().matches(image().deprecated(true).build())).isTrue();
    }

    @Test
    void aDeprecatedImageAskedForByIdIsLeftOutUnlessDeprecatedOnesAreAskedFor() {
        Image deprecated = image().deprecated(true).build();

        assertThat(ImageQuery.builder().ids(deprecated.id()).build().matches(deprecated)).isFalse();
        assertThat(ImageQuery.builder().ids(deprecated.id()).includeDeprecated(true).build().matches(deprecated)).isTrue();
    }

    @Test
    void valuesOfOneCriterionCombineWithOr() {
        ImageQuery query = ImageQuery.builder().types(ImageType.PRIVATE, ImageType.PUBLIC).build();

        assertThat(query.matches(image().build())).isTrue();
        assertThat(query.matches(image().type(ImageType.SHARED).build())).isFalse();
    }

    @Test
    void criteriaCombineWithAnd() {
        ImageQuery query = ImageQuery.builder().types(ImageType.PUBLIC).osFamilies(OsFamily.UBUNTU).build();

        assertThat(query.matches(image().build())).isFalse();
    }

    @Test
    void anOsVersionMatchesItsPointReleasesAndNeverAnUnknownVersion() {
        ImageQuery query = ImageQuery.builder().osVersion("7").build();

        assertThat(query.matches(image().build())).isTrue();
        assertThat(ImageQuery.builder().osVersion(">=8").build().matches(image().build())).isFalse();
        assertThat(query.matches(image().os(new OperatingSystem(OsFamily.CENTOS, "CentOS", null, Architecture.X86_64, null))
                .build())).isFalse();
    }

    @Test
    void architecturesCombineWithOr() {
        assertThat(ImageQuery.builder().architectures(Architecture.ARM64, Architecture.X86_64).build().matches(image().build()))
                .isTrue();
        assertThat(ImageQuery.builder().architectures(Architecture.ARM64).build().matches(image().build())).isFalse();
    }

    @Test
    void theVersionAndArchitectureTakePartInEqualityAndAreShown() {
        ImageQuery query = ImageQuery.builder().osVersion(">=20.04, <24").architectures(Architecture.ARM64).build();

        assertThat(query).isEqualTo(ImageQuery.builder().architectures(Architecture.ARM64).osVersion(">=20.04,<24").build());
        assertThat(query).isNotEqualTo(ImageQuery.builder().osVersion(">=20.04,<24").build());
        assertThat(query.toString()).contains("osVersion=>=20.04,<24", "architectures=[ARM64]");
        assertThat(query.toBuilder().build()).isEqualTo(query);
    }

    @Test
    void anOsVersionThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> ImageQuery.builder().osVersion("jammy")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("jammy");
    }

    @Test
    void theNamePatternIsFoundAnywhereInTheName() {
        assertThat(ImageQuery.builder().nameRegex("7\\.9").build().matches(image().build())).isTrue();
        assertThat(ImageQuery.builder().nameRegex("^7").build().matches(image().build())).isFalse();
    }

    @Test
    void aZoneMatchesImagesOfThatZoneAndRegionWideImages() {
        ImageQuery query = ImageQuery.builder().zone("zone-a").build();

        assertThat(query.matches(image().zone("zone-a").build())).isTrue();
        assertThat(query.matches(image().zone(null).build())).isTrue();
        assertThat(query.matches(image().zone("zone-b").build())).isFalse();
    }

    @Test
    void tagsMustAllBePresentWithTheirValues() {
        Image tagged = image().putTag("team", "infra").putTag("env", "prod").build();

        assertThat(ImageQuery.builder().tag("team", "infra").tag("env", "prod").build().matches(tagged)).isTrue();
        assertThat(ImageQuery.builder().tag("team", "apps").build().matches(tagged)).isFalse();
        assertThat(ImageQuery.builder().tagKey("env").build().matches(tagged)).isTrue();
        assertThat(ImageQuery.builder().tagKey("owner").build().matches(tagged)).isFalse();
    }

    @Test
    void osTypeComesFromTheFamily() {
        assertThat(ImageQuery.builder().osType(OsType.WINDOWS).build().matches(image().build())).isFalse();
        assertThat(ImageQuery.builder().osType(OsType.LINUX).build().matches(image().build())).isTrue();
    }

    @Test
    void anInvalidRegularExpressionIsRefusedWithWhereItBreaks() {
        assertThatThrownBy(() -> ImageQuery.builder().nameRegex("centos(").build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("centos(")
                .hasMessageContaining("not a valid regular expression");
    }

    @Test
    void pageSizeIsBounded() {
        assertThatThrownBy(() -> ImageQuery.builder().pageSize(0).build()).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ImageQuery.builder().pageSize(1001).build()).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void queriesWithTheSameExpressionAreEqual() {
        assertThat(ImageQuery.builder().nameRegex("a.b").build()).isEqualTo(ImageQuery.builder().nameRegex("a.b").build());
        assertThat(ImageQuery.builder().nameRegex("a.b").build().hashCode())
                .isEqualTo(ImageQuery.builder().nameRegex("a.b").build().hashCode());
    }

    @Test
    void queriesThatDifferInOneCriterionAreNotEqual() {
        ImageQuery query = ImageQuery.builder().nameRegex("a.b").types(ImageType.PUBLIC).build();

        assertThat(query.toBuilder().nameRegex("a.c").build()).isNotEqualTo(query);
        assertThat(query.toBuilder().namePattern(java.util.regex.Pattern.compile("a.b", java.util.regex.Pattern.CASE_INSENSITIVE))
                .build()).isNotEqualTo(query);
        assertThat(query.toBuilder().pageSize(10).build()).isNotEqualTo(query);
    }

    @Test
    void toBuilderKeepsEveryCriterion() {
        ImageQuery query = ImageQuery.builder().ids("img-1").types(ImageType.PRIVATE).osFamilies(OsFamily.UBUNTU)
                .osType(OsType.LINUX).nameRegex("web").states(ImageState.AVAILABLE).zone("zone-a").instanceType("S5.LARGE8")
                .tag("team", "infra").tagKey("env").includeDeprecated(true).pageSize(50).build();

        assertThat(query.toBuilder().build()).isEqualTo(query).hasSameHashCodeAs(query);
        assertThat(query.toBuilder().zone("zone-b").build().zone()).isEqualTo("zone-b");
        assertThat(query.zone()).isEqualTo("zone-a");
    }

    @Test
    void itsTextShowsOnlyTheCriteriaThatAreSet() {
        assertThat(ImageQuery.all()).hasToString("ImageQuery[]");
        assertThat(ImageQuery.builder().types(ImageType.PUBLIC).nameRegex("^web").includeDeprecated(true).build())
                .hasToString("ImageQuery[types=[PUBLIC], namePattern=^web, includeDeprecated=true]");
    }

    @Test
    void duplicateIdsAreListedOnce() {
        assertThat(ImageQuery.builder().ids("a", "b", "a").build().ids()).containsExactly("a", "b");
    }

    @Test
    void blankIdsAreRefused() {
        assertThatThrownBy(() -> ImageQuery.builder().ids("a", " ").build()).isInstanceOf(InvalidRequestException.class);
    }

    private static Image named(String name) {
        return Image.builder().provider("p").region("r").id("img-1").name(name).type(ImageType.PUBLIC)
                .state(ImageState.AVAILABLE).build();
    }

    @Test
    @Timeout(30)
    void aPatternThatBacktracksWithoutEndIsRefusedInsteadOfSpinning() {
        ImageQuery query = ImageQuery.builder().nameRegex("(.*a){10}!x").build();

        assertThatThrownBy(() -> query.matches(named("a".repeat(60))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("too costly")
                .hasMessageContaining("(.*a){10}!x");
    }

    @Test
    @Timeout(30)
    void aPatternThatRecursesPerCharacterIsRefusedOnAHugeNameInsteadOfOverflowingTheStack() {
        ImageQuery query = ImageQuery.builder().nameRegex("(a|b)*c").build();

        assertThatThrownBy(() -> query.matches(named("ab".repeat(50_000))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("too costly");
    }

    @Test
    void anOrdinaryPatternStillMatchesALongName() {
        ImageQuery query = ImageQuery.builder().nameRegex("ubuntu-2[0-9]\\.04").build();

        assertThat(query.matches(named("x".repeat(100_000) + "ubuntu-22.04"))).isTrue();
        assertThat(query.matches(named("x".repeat(100_000)))).isFalse();
    }

}
