package io.cloudimages.tencentv3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TencentImagesTest {

    /** Every field of an API 3.0 Image (reference/tencent.md section 3.1). */
    private static final String FULL = """
            {"ImageId":"img-9qabwvbn","OsName":"TencentOS Server 3.1 (TK4)","ImageType":"PRIVATE_IMAGE",
             "CreatedTime":"2020-09-22T00:00:00+00:00","ImageName":"golden-tk4","ImageDescription":"base image",
             "ImageSize":50,"Architecture":"arm","ImageState":"NORMAL","Platform":"TencentOS",
             "ImageCreator":"100012345678","ImageSource":"CREATE_IMAGE","SyncPercent":null,"IsSupportCloudinit":true,
             "SnapshotSet":[{"SnapshotId":"snap-1","DiskUsage":"SYSTEM_DISK","DiskSize":50}],
             "Tags":[{"Key":"team","Value":"infra"},{"Key":"env","Value":""}],"LicenseType":"TencentCloud",
             "ImageFamily":"golden","ImageDeprecated":true,"BootMode":"UEFI","CdcCacheStatus":"CACHED","Extra":1}""";

    private static Image map(String json) {
        JsonNode node = Json.readTree(json.getBytes(StandardCharsets.UTF_8), ErrorContext.none());
        return TencentImages.toImage(node, "ap-guangzhou", ErrorContext.none());
    }

    @Test
    void everyFieldOfAnImageIsMapped() {
        Image image = map(FULL);

        assertThat(image.provider()).isEqualTo("tencent-v3");
        assertThat(image.region()).isEqualTo("ap-guangzhou");
        assertThat(image.zone()).isNull();
        assertThat(image.id()).isEqualTo("img-9qabwvbn");
        assertThat(image.name()).isEqualTo("golden-tk4");
        assertThat(image.description()).isEqualTo("base image");
        assertThat(image.os().family()).isEqualTo(OsFamily.TENCENTOS);
        assertThat(image.os().version()).hasToString("3.1");
        assertThat(image.os().architecture()).isEqualTo(Architecture.ARM64);
        assertThat(image.os().platform()).isEqualTo("TencentOS");
        assertThat(image.type()).isEqualTo(ImageType.PRIVATE);
        assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(image.rawState()).isEqualTo("NORMAL");
        assertThat(image.createdAt()).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(image.sizeGiB()).isEqualTo(50L);
        assertThat(image.family()).isEqualTo("golden");
        assertThat(image.deprecated()).isTrue();
        assertThat(image.tags()).containsExactly(java.util.Map.entry("team", "infra"), java.util.Map.entry("env", ""));
        assertThat(image.features()).containsExactly("CloudInit");
    }

    @Test
    void nothingTheCloudSaidIsLost() {
        Image image = map(FULL);

        assertThat(image.attributes()).containsKeys("ImageCreator", "ImageSource", "SnapshotSet", "LicenseType", "BootMode",
                "CdcCacheStatus", "SyncPercent", "Extra");
        assertThat(image.attributes().get("SnapshotSet")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
    }

    @Test
    void createdTimeReadsWithZToo() {
        assertThat(map("{\"ImageId\":\"img-1\",\"ImageName\":\"n\",\"CreatedTime\":\"2020-09-22T00:00:00Z\"}").createdAt())
                .isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"CREATING, CREATING", "NORMAL, AVAILABLE", "CREATEFAILED, FAILED", "SYNCING, SYNCING",
            "IMPORTING, IMPORTING", "IMPORTFAILED, FAILED", "SOMETHING_NEW, UNKNOWN"})
    void statesAreNormalisedAndKeptRaw(String raw, ImageState state) {
        Image image = map("{\"ImageId\":\"img-1\",\"ImageName\":\"n\",\"ImageState\":\"" + raw + "\"}");

        assertThat(image.state()).isEqualTo(state);
        assertThat(image.rawState()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"x86_64, X86_64", "arm, ARM64", "i386, I386"})
    void architecturesAreNormalised(String raw, Architecture architecture) {
        assertThat(map("{\"ImageId\":\"img-1\",\"ImageName\":\"n\",\"OsName\":\"CentOS 7.9 64位\",\"Architecture\":\""
                + raw + "\"}").os().architecture()).isEqualTo(architecture);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"PUBLIC_IMAGE, PUBLIC", "PRIVATE_IMAGE, PRIVATE", "SHARED_IMAGE, SHARED", "MARKET_IMAGE, MARKETPLACE"})
    void typesAreNormalised(String raw, ImageType type) {
        assertThat(map("{\"ImageId\":\"img-1\",\"ImageName\":\"n\",\"ImageType\":\"" + raw + "\"}").type()).isEqualTo(type);
    }

    @Test
    void unknownValuesAreNullNeverZeroOrEmpty() {
        Image image = map("{\"ImageId\":\"img-1\",\"ImageName\":\"n\",\"ImageDescription\":\"\",\"ImageFamily\":\"\"}");

        assertThat(image.description()).isNull();
        assertThat(image.family()).isNull();
        assertThat(image.sizeGiB()).isNull();
        assertThat(image.createdAt()).isNull();
    }
}
