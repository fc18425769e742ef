package io.cloudimages.tencentlegacy.internal;

import io.cloudimages.core.json.Json;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyImagesTest {

    /** Seed 003's answer example, as printed. */
    private static final String SEED_EXAMPLE = """
            {"unImgId" : "img-1234test", "imageName" : "test", "imageDescription" : "test", "osName" : "Ubuntu 12.04 64bit",
             "imageType" : 1, "createTime" : "2014-09-27 10:11:00", "createor" : "1000", "status" : 2}""";

    private static Image map(String json) {
        return LegacyImages.toImage(Json.readTree(json.getBytes(StandardCharsets.UTF_8), ErrorContext.none()), "gz", ErrorContext.none());
    }

    @Test
    void seed003sExampleMapsEveryField() {
        Image image = map(SEED_EXAMPLE);

        assertThat(image.provider()).isEqualTo("tencent-legacy");
        assertThat(image.id()).isEqualTo("img-1234test");
        assertThat(image.name()).isEqualTo("test");
        assertThat(image.description()).isEqualTo("test");
        assertThat(image.type()).isEqualTo(ImageType.PRIVATE);
        assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(image.rawState()).isEqualTo("2");
        assertThat(image.os().family()).isEqualTo(OsFamily.UBUNTU);
        assertThat(image.os().version()).hasToString("12.04");
        assertThat(image.os().architecture()).isEqualTo(Architecture.X86_64);
        assertThat(image.createdAt()).isEqualTo(Instant.parse("2014-09-27T02:11:00Z"));
        assertThat(image.attributes()).containsEntry("createor", "1000").containsEntry("creator", "1000");
    }

    @Test
    void thirtyTwoBitImagesAreI386() {
        Image image = map("{\"unImgId\":\"img-7uq6rrhr\",\"imageName\":\"CentOS 6.5 32位\",\"osName\":\"CentOS 6.5 32位\",\"imageType\":2}");

        assertThat(image.os().family()).isEqualTo(OsFamily.CENTOS);
        assertThat(image.os().version()).hasToString("6.5");
        assertThat(image.os().architecture()).isEqualTo(Architecture.I386);
    }

    @ParameterizedTest(name = "status {0} is {1}")
    @CsvSource({"1, CREATING", "2, AVAILABLE", "3, IN_USE", "4, SYNCING", "5, COPYING", "9, UNKNOWN"})
    void statusesAreNormalised(int status, ImageState state) {
        assertThat(map("{\"unImgId\":\"i\",\"imageName\":\"n\",\"status\":" + status + "}").state()).isEqualTo(state);
    }

    @ParameterizedTest(name = "imageType {0} is {1}")
    @CsvSource({"1, PRIVATE", "2, PUBLIC", "3, MARKETPLACE", "4, SHARED"})
    void typesAreNormalised(int code, ImageType type) {
        assertThat(map("{\"unImgId\":\"i\",\"imageName\":\"n\",\"imageType\":" + code + "}").type()).isEqualTo(type);
    }
}
