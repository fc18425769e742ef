package io.cloudimages.ucloud.internal;

import io.cloudimages.core.json.Json;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class UcloudImagesTest {

    /** Every field of UHostImageSet (seed 004 and reference/ucloud.md section 3). */
    private static final String FULL = """
            {"Zone":"cn-bj2-02","ImageId":"uimage-abc123","ImageName":"Stable Diffusion","OsType":"Linux",
             "OsName":"Ubuntu 20.04 64位","ImageType":"Business","Features":["CloudInit","GPU","IPv6","Aarch64_Type"],
             "FuncType":"gpu","IntegratedSoftware":"SD WebUI","Vendor":"Example","Links":"https://example.com",
             "State":"Available","ImageDescription":"AI painting","CreateTime":1700000000,"ImageSize":40,
             "MinimalCPU":"Broadwell","MaintainEol":"2025/04/30","DataSnapshotIds":["snap-1"],
             "SupportedGPUTypes":["T4","V100"],"SceneCategories":["AIPainting"],"PrimarySoftware":"SD",
             "PriceSet":[{"ChargeType":"Month","Price":12.5,"OriginalPrice":25.0}],"Tag":"ai"}""";

    private static Image map(String json) {
        return UcloudImages.toImage(Json.readTree(json.getBytes(StandardCharsets.UTF_8), ErrorContext.none()), "cn-bj2", ErrorContext.none());
    }

    @Test
    void everyFieldIsMapped() {
        Image image = map(FULL);

        assertThat(image.provider()).isEqualTo("ucloud");
        assertThat(image.region()).isEqualTo("cn-bj2");
        assertThat(image.zone()).isEqualTo("cn-bj2-02");
        assertThat(image.id()).isEqualTo("uimage-abc123");
        assertThat(image.name()).isEqualTo("Stable Diffusion");
        assertThat(image.description()).isEqualTo("AI painting");
        assertThat(image.type()).isEqualTo(ImageType.MARKETPLACE);
        assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(image.createdAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(image.sizeGiB()).isEqualTo(40L);
        assertThat(image.os().family()).isEqualTo(OsFamily.UBUNTU);
        assertThat(image.os().version()).hasToString("20.04");
        assertThat(image.os().platform()).isEqualTo("Linux");
        assertThat(image.features()).containsExactly("CloudInit", "GPU", "IPv6", "Aarch64_Type");
        assertThat(image.prices()).containsExactly(new Price("Month", new BigDecimal("12.5"), new BigDecimal("25.0"), "CNY"));
        assertThat(image.tags()).containsEntry("business-group", "ai");
        assertThat(image.attributes()).containsKeys("MinimalCPU", "MaintainEol", "SupportedGPUTypes", "SceneCategories",
                "IntegratedSoftware", "Vendor", "Links", "PrimarySoftware", "DataSnapshotIds", "FuncType");
    }

    @Test
    void theAarch64FeatureMakesAnArm64Image() {
        assertThat(map(FULL).os().architecture()).isEqualTo(Architecture.ARM64);
        assertThat(map("{\"ImageId\":\"u\",\"ImageName\":\"n\",\"OsName\":\"CentOS 6.5 32位\",\"Features\":[\"CloudInit\"]}")
                .os().architecture()).isEqualTo(Architecture.I386);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Base, PUBLIC", "Business, MARKETPLACE", "Custom, PRIVATE"})
    void typesAreNormalised(String raw, ImageType type) {
        assertThat(map("{\"ImageId\":\"u\",\"ImageName\":\"n\",\"ImageType\":\"" + raw + "\"}").type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Available, AVAILABLE", "Making, CREATING", "Unavailable, UNAVAILABLE", "Copying, COPYING", "eGSoZznP, UNKNOWN"})
    void statesAreNormalisedAndKeptRaw(String raw, ImageState state) {
        Image image = map("{\"ImageId\":\"u\",\"ImageName\":\"n\",\"State\":\"" + raw + "\"}");

        assertThat(image.state()).isEqualTo(state);
        assertThat(image.rawState()).isEqualTo(raw);
    }

    @Test
    void aWindowsImageIsWindowsFromItsOsType() {
        Image image = map("{\"ImageId\":\"u\",\"ImageName\":\"n\",\"OsType\":\"Windows\",\"OsName\":\"Windows 2019 64位 中文版\"}");

        assertThat(image.os().family()).isEqualTo(OsFamily.WINDOWS);
        assertThat(image.os().version()).hasToString("2019");
    }

    @Test
    void unknownValuesAreNullNeverZeroOrEmpty() {
        Image image = map("{\"ImageId\":\"u\",\"ImageName\":\"n\",\"Zone\":\"\",\"ImageSize\":0,\"CreateTime\":0}");

        assertThat(image.zone()).isNull();
        assertThat(image.sizeGiB()).isNull();
        assertThat(image.createdAt()).isNull();
        assertThat(image.tags()).isEmpty();
    }
}
