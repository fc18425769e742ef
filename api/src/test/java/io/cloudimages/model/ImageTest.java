package io.cloudimages.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageTest {

    private static Image.Builder minimal() {
        return Image.builder().provider("tencent-v3").region("ap-guangzhou").id("img-1").name("centos-7.9")
                .type(ImageType.PUBLIC);
    }

    private static Image complete() {
        return minimal().zone("ap-guangzhou-3").description("golden").rawState("NORMAL")
                .os(new OperatingSystem(OsFamily.CENTOS, "CentOS 7.9 64位", Version.of("7.9"), Architecture.X86_64, "CentOS"))
                .state(ImageState.AVAILABLE).createdAt(Instant.parse("2024-01-01T00:00:00Z")).sizeGiB(50L)
                .family("centos-7").deprecated(true).putTag("team", "infra").features(List.of("cloud-init"))
                .prices(List.of(new Price("Month", BigDecimal.TEN, null, "CNY")))
                .attributes(Map.of("ImageId", "img-1")).build();
    }

    @Test
    void whatTheCloudDidNotSayIsNullOrEmptyNeverInvented() {
        Image image = minimal().build();

        assertThat(image.zone()).isNull();
        assertThat(image.description()).isNull();
        assertThat(image.rawState()).isNull();
        assertThat(image.createdAt()).isNull();
        assertThat(image.sizeGiB()).isNull();
        assertThat(image.family()).isNull();
        assertThat(image.os()).isEqualTo(OperatingSystem.unknown());
        assertThat(image.state()).isEqualTo(ImageState.UNKNOWN);
        assertThat(image.tags()).isEmpty();
        assertThat(image.features()).isEmpty();
        assertThat(image.prices()).isEmpty();
        assertThat(image.attributes()).isEmpty();
    }

    @Test
    void eachRequiredFieldIsNamedWhenMissing() {
        assertThatThrownBy(() -> minimal().provider(null).build()).hasMessage("provider");
        assertThatThrownBy(() -> minimal().region(null).build()).hasMessage("region");
        assertThatThrownBy(() -> minimal().id(null).build()).hasMessage("id");
        assertThatThrownBy(() -> minimal().name(null).build()).hasMessage("name");
        assertThatThrownBy(() -> minimal().os(null).build()).hasMessage("os");
        assertThatThrownBy(() -> minimal().type(null).build()).hasMessage("type");
        assertThatThrownBy(() -> minimal().state(null).build()).hasMessage("state");
    }

    @Test
    void changingWhatItWasBuiltFromChangesNothingInIt() {
        Map<String, String> tags = new LinkedHashMap<>(Map.of("team", "infra"));
        List<String> features = new ArrayList<>(List.of("cloud-init"));
        List<Price> prices = new ArrayList<>();
        Map<String, Object> nested = new HashMap<>(Map.of("Key", "a"));
        Map<String, Object> attributes = new HashMap<>(Map.of("Tags", new ArrayList<>(List.of(nested))));
        Image image = minimal().tags(tags).features(features).prices(prices).attributes(attributes).build();

        tags.put("env", "prod");
        features.add("gpu");
        prices.add(new Price("Month", BigDecimal.ONE, null, "CNY"));
        nested.put("Key", "b");

        assertThat(image.tags()).containsOnlyKeys("team");
        assertThat(image.features()).containsOnly("cloud-init");
        assertThat(image.prices()).isEmpty();
        assertThat(image.attributes()).isEqualTo(Map.of("Tags", List.of(Map.of("Key", "a"))));
    }

    @Test
    void noCollectionOfItCanBeChanged() {
        Image image = complete();

        assertThatThrownBy(() -> image.tags().put("env", "prod")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> image.features().add("gpu")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> image.prices().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> image.attributes().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderCopiesEveryFieldAndLeavesTheOriginalAlone() {
        Image original = complete();

        Image renamed = original.toBuilder().name("centos-7.9-v2").build();

        assertThat(original.toBuilder().build()).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(renamed.name()).isEqualTo("centos-7.9-v2");
        assertThat(renamed.toBuilder().name(original.name()).build()).isEqualTo(original);
        assertThat(original.name()).isEqualTo("centos-7.9");
    }

    @Test
    void imagesAreEqualWhenEveryFieldIs() {
        assertThat(complete()).isEqualTo(complete()).hasSameHashCodeAs(complete());
        assertThat(complete().toBuilder().attributes(Map.of("ImageId", "img-2")).build()).isNotEqualTo(complete());
        assertThat(complete().toBuilder().deprecated(false).build()).isNotEqualTo(complete());
    }

    @Test
    void itsTextSaysWhichImageInOneShortLineWithoutTheCloudsRawAnswer() {
        Map<String, Object> answer = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            answer.put("Field" + i, "x".repeat(100));
        }
        Image image = complete().toBuilder().attributes(answer).build();

        assertThat(image.toString())
                .isEqualTo("Image[provider=tencent-v3, region=ap-guangzhou, zone=ap-guangzhou-3, id=img-1, name=centos-7.9,"
                        + " os=centos 7.9 x86_64, type=public, state=available, deprecated, attributes=200]");
    }
}
