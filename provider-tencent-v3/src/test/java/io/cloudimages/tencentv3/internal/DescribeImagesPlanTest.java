package io.cloudimages.tencentv3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DescribeImagesPlanTest {

    private static List<String> values(ObjectNode body, String filter) {
        List<String> values = new ArrayList<>();
        for (JsonNode f : body.path("Filters")) {
            if (f.path("Name").asText().equals(filter)) {
                f.path("Values").forEach(v -> values.add(v.asText()));
            }
        }
        return values;
    }

    @Test
    void anEmptyQuerySendsNoFilterAtAll() {
        List<ObjectNode> segments = DescribeImagesPlan.segments(ImageQuery.all());

        assertThat(segments).hasSize(1);
        assertThat(Json.write(segments.get(0))).isEqualTo("{}");
    }

    @Test
    void theOsVersionAndArchitectureAreLeftToTheClientForDescribeImagesHasNoFilterForThem() {
        List<ObjectNode> segments = DescribeImagesPlan.segments(ImageQuery.builder().osFamilies(OsFamily.UBUNTU)
                .osVersion(">=20.04,<24").architectures(Architecture.ARM64).build());

        assertThat(segments).singleElement().satisfies(body -> {
            assertThat(values(body, "platform")).containsExactly("Ubuntu");
            assertThat(body.path("Filters").size()).isEqualTo(1);
            assertThat(body.has("InstanceType")).isFalse();
        });
    }

    @Test
    void idsGoFiveToARequestAsFiltersBesideTheOtherFilters() {
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> String.format("img-%08d", i)).toList();

        List<ObjectNode> segments = DescribeImagesPlan.segments(ImageQuery.builder().ids(ids).types(ImageType.PRIVATE).build());

        assertThat(segments).hasSize(3);
        assertThat(values(segments.get(0), "image-id")).hasSize(5);
        assertThat(values(segments.get(2), "image-id")).containsExactly("img-00000010", "img-00000011");
        assertThat(segments).allSatisfy(body -> {
            assertThat(body.has("ImageIds")).isFalse();
            assertThat(values(body, "image-type")).containsExactly("PRIVATE_IMAGE");
            assertThat(body.path("Filters").size()).isLessThanOrEqualTo(10);
        });
    }

    @Test
    void aSingleImageIsAskedForByImageIdsAlone() {
        ObjectNode body = DescribeImagesPlan.byId("img-9qabwvbn");

        assertThat(body.path("ImageIds").get(0).asText()).isEqualTo("img-9qabwvbn");
        assertThat(body.has("Filters")).isFalse();
    }

    @Test
    void typesArePushedDownWithTencentsWords() {
        ObjectNode body = DescribeImagesPlan.segments(ImageQuery.builder().types(ImageType.PUBLIC, ImageType.SHARED).build()).get(0);

        assertThat(values(body, "image-type")).containsExactly("PUBLIC_IMAGE", "SHARED_IMAGE");
    }

    @Test
    void marketplaceImagesHaveNoTypeFilterSoTheTypeIsJudgedOnTheClient() {
        ObjectNode body = DescribeImagesPlan.segments(ImageQuery.builder().types(ImageType.MARKETPLACE, ImageType.PUBLIC).build()).get(0);

        assertThat(values(body, "image-type")).isEmpty();
    }

    @Test
    void familiesWithAKnownPlatformWordBecomeAPlatformFilter() {
        ObjectNode body = DescribeImagesPlan.segments(ImageQuery.builder().osFamilies(OsFamily.TENCENTOS, OsFamily.UBUNTU).build()).get(0);

        assertThat(values(body, "platform")).containsExactlyInAnyOrder("TencentOS", "Ubuntu");
    }

    @Test
    void aFamilyWithoutAKnownPlatformWordIsJudgedOnTheClientForEveryFamilyAskedFor() {
        ObjectNode body = DescribeImagesPlan.segments(ImageQuery.builder().osFamilies(OsFamily.CENTOS, OsFamily.KYLIN).build()).get(0);

        assertThat(values(body, "platform")).isEmpty();
    }

    @Test
    void theInstanceTypeIsAParameterNotAFilter() {
        ObjectNode body = DescribeImagesPlan.segments(ImageQuery.builder().instanceType("SA5.MEDIUM2").build()).get(0);

        assertThat(body.path("InstanceType").asText()).isEqualTo("SA5.MEDIUM2");
    }

    @Test
    void aPlainTextNamePatternBecomesAnImageNameFilter() {
        assertThat(values(DescribeImagesPlan.segments(ImageQuery.builder().nameRegex("golden").build()).get(0), "image-name"))
                .containsExactly("golden");
        assertThat(values(DescribeImagesPlan.segments(ImageQuery.builder()
                .namePattern(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote("v1.2 (base)"))).build()).get(0),
                "image-name")).containsExactly("v1.2 (base)");
    }

    @Test
    void aRealRegularExpressionOrAFlagKeepsTheNameOnTheClient() {
        assertThat(values(DescribeImagesPlan.segments(ImageQuery.builder().nameRegex("^golden-[0-9]+").build()).get(0),
                "image-name")).isEmpty();
        assertThat(values(DescribeImagesPlan.segments(ImageQuery.builder()
                .namePattern(java.util.regex.Pattern.compile("golden", java.util.regex.Pattern.CASE_INSENSITIVE)).build()).get(0),
                "image-name")).isEmpty();
    }

    @Test
    void tagsBecomeTagFiltersAndASingleKeyATagKeyFilter() {
        ObjectNode body = DescribeImagesPlan.segments(ImageQuery.builder().tag("team", "infra").tagKey("env").build()).get(0);

        assertThat(values(body, "tag:team")).containsExactly("infra");
        assertThat(values(body, "tag-key")).containsExactly("env");
    }

    @Test
    void severalTagKeysStayOnTheClientBecauseOneFilterWouldMeanAnyOfThem() {
        ObjectNode body = DescribeImagesPlan.segments(ImageQuery.builder().tagKey("env").tagKey("team").build()).get(0);

        assertThat(values(body, "tag-key")).isEmpty();
    }

    @Test
    void neverMoreThanTenFilters() {
        ImageQuery.Builder query = ImageQuery.builder().ids("img-00000001").types(ImageType.PUBLIC)
                .osFamilies(OsFamily.CENTOS).nameRegex("base");
        for (int i = 0; i < 12; i++) {
            query.tag("k" + i, "v");
        }

        assertThat(DescribeImagesPlan.segments(query.build()).get(0).path("Filters").size()).isEqualTo(10);
    }

    @Test
    void statesAreNeverPushedDown() {
        ObjectNode body = DescribeImagesPlan.segments(ImageQuery.builder().states(ImageState.AVAILABLE).build()).get(0);

        assertThat(body.has("Filters")).isFalse();
    }
}
