package io.cloudimages.jclouds.internal;

import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OperatingSystem;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.Price;
import io.cloudimages.model.Version;
import org.jclouds.domain.Location;
import org.jclouds.domain.LocationBuilder;
import org.jclouds.domain.LocationScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The model's images in jclouds' words: nothing the model knows is lost. */
class JcloudsImagesTest {

    private static final Location PROVIDER = new LocationBuilder().scope(LocationScope.PROVIDER).id("tencent-v3")
            .description("tencent-v3").build();
    private static final Location GUANGZHOU = new LocationBuilder().scope(LocationScope.REGION).id("ap-guangzhou")
            .description("ap-guangzhou").parent(PROVIDER).build();

    private static Image.Builder image() {
        return Image.builder().provider("tencent-v3").region("ap-guangzhou").id("img-pmqg1cw7").name("ubuntu-22.04-golden")
                .type(ImageType.PRIVATE).state(ImageState.AVAILABLE)
                .os(new OperatingSystem(OsFamily.UBUNTU, "Ubuntu Server 22.04 LTS 64位", Version.of("22.04"),
                        Architecture.X86_64, "Ubuntu"));
    }

    private static org.jclouds.compute.domain.Image inJclouds(Image image) {
        return JcloudsImages.toJclouds(image, GUANGZHOU, image.zone());
    }

    private static Image withOs(OsFamily family, Architecture architecture) {
        return image().os(new OperatingSystem(family, "some system", Version.of("3.1"), architecture, null)).build();
    }

    @Test
    void theIdIsRegionQualifiedAndTheProviderIdIsTheClouds() {
        org.jclouds.compute.domain.Image jclouds = inJclouds(image().build());

        assertThat(jclouds.getId()).isEqualTo("ap-guangzhou/img-pmqg1cw7");
        assertThat(jclouds.getProviderId()).isEqualTo("img-pmqg1cw7");
        assertThat(jclouds.getName()).isEqualTo("ubuntu-22.04-golden");
        assertThat(jclouds.getLocation()).isEqualTo(GUANGZHOU);
    }

    @Test
    void anIdReadsBackAsItsRegionAndTheCloudsId() {
        assertThat(JcloudsImages.parseId("ap-guangzhou/img-pmqg1cw7"))
                .contains(new JcloudsImages.RegionalId("ap-guangzhou", "img-pmqg1cw7"));
    }

    @Test
    void theOperatingSystemIsTheModelsWithTheVersionAndArchitectureAsText() {
        org.jclouds.compute.domain.OperatingSystem os = inJclouds(image().build()).getOperatingSystem();

        assertThat(os.getFamily()).isEqualTo(org.jclouds.compute.domain.OsFamily.UBUNTU);
        assertThat(os.getName()).isEqualTo("Ubuntu Server 22.04 LTS 64位");
        assertThat(os.getVersion()).isEqualTo("22.04");
        assertThat(os.getArch()).isEqualTo("x86_64");
        assertThat(os.is64Bit()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = OsFamily.class, names = {"TENCENTOS", "OPENCLOUDOS", "ROCKY", "ALMALINUX", "ALIBABA_CLOUD_LINUX",
            "OPENEULER", "ANOLIS", "KYLIN", "UOS"})
    void aFamilyJcloudsLacksIsItsLinuxWithThePreciseFamilyInTheMetadata(OsFamily family) {
        org.jclouds.compute.domain.Image jclouds = inJclouds(withOs(family, Architecture.X86_64));

        assertThat(jclouds.getOperatingSystem().getFamily()).isEqualTo(org.jclouds.compute.domain.OsFamily.LINUX);
        assertThat(jclouds.getUserMetadata()).containsEntry("osFamily", family.id());
    }

    @ParameterizedTest
    @CsvSource({"CENTOS, CENTOS", "CENTOS_STREAM, CENTOS", "DEBIAN, DEBIAN", "RHEL, RHEL", "SUSE, SUSE", "OPENSUSE, SUSE",
            "ORACLE_LINUX, OEL", "AMAZON_LINUX, AMZN_LINUX", "FREEBSD, FREEBSD", "WINDOWS, WINDOWS", "LINUX, LINUX",
            "UNKNOWN, UNRECOGNIZED"})
    void aFamilyJcloudsHasIsThatFamily(OsFamily family, org.jclouds.compute.domain.OsFamily expected) {
        assertThat(inJclouds(withOs(family, Architecture.X86_64)).getOperatingSystem().getFamily()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"X86_64, x86_64, true", "ARM64, arm64, true", "I386, i386, false"})
    void onlyX86_64AndArm64Are64Bit(Architecture architecture, String arch, boolean is64Bit) {
        org.jclouds.compute.domain.OperatingSystem os = inJclouds(withOs(OsFamily.UBUNTU, architecture)).getOperatingSystem();

        assertThat(os.getArch()).isEqualTo(arch);
        assertThat(os.is64Bit()).isEqualTo(is64Bit);
    }

    @Test
    void anUnknownArchitectureIsNoneAndNot64Bit() {
        org.jclouds.compute.domain.OperatingSystem os = inJclouds(withOs(OsFamily.UBUNTU, Architecture.UNKNOWN))
                .getOperatingSystem();

        assertThat(os.getArch()).isNull();
        assertThat(os.is64Bit()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"AVAILABLE, NORMAL, AVAILABLE", "CREATING, CREATING, PENDING", "IMPORTING, IMPORTING, PENDING",
            "SYNCING, SYNCING, PENDING", "COPYING, Copying, PENDING", "IN_USE, 3, PENDING", "FAILED, IMPORTFAILED, ERROR",
            "UNAVAILABLE, Unavailable, ERROR", "UNKNOWN, SHELVED, UNRECOGNIZED"})
    void theStatusIsTheModelsStateAndTheBackendStatusTheCloudsWord(ImageState state, String raw,
                                                                  org.jclouds.compute.domain.Image.Status status) {
        org.jclouds.compute.domain.Image jclouds = inJclouds(image().state(state).rawState(raw).build());

        assertThat(jclouds.getStatus()).isEqualTo(status);
        assertThat(jclouds.getBackendStatus()).isEqualTo(raw);
        assertThat(jclouds.getUserMetadata()).containsEntry("state", state.id());
    }

    @Test
    void theUserMetadataKeepsWhatJcloudsHasNoFieldFor() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("ImageId", "img-pmqg1cw7");
        attributes.put("SnapshotSet", List.of(Map.of("SnapshotId", "snap-1")));
        Image image = image().zone("ap-guangzhou-3").createdAt(Instant.parse("2024-07-01T02:00:00Z")).sizeGiB(20L)
                .family("golden-ubuntu").deprecated(true).putTag("team", "infra").putTag("env", "prod")
                .features(Set.of("CloudInit")).prices(List.of(new Price("Month", new BigDecimal("12.5"), null, "CNY")))
                .attributes(attributes).description("built weekly").build();

        org.jclouds.compute.domain.Image jclouds = inJclouds(image);

        assertThat(jclouds.getDescription()).isEqualTo("built weekly");
        assertThat(jclouds.getUserMetadata()).containsExactly(
                entry("provider", "tencent-v3"), entry("region", "ap-guangzhou"), entry("zone", "ap-guangzhou-3"),
                entry("osFamily", "ubuntu"), entry("platform", "Ubuntu"), entry("type", "private"),
                entry("state", "available"), entry("createdAt", "2024-07-01T02:00:00Z"), entry("sizeGiB", "20"),
                entry("family", "golden-ubuntu"), entry("deprecated", "true"), entry("features", "CloudInit"),
                entry("prices", "[{\"chargeType\":\"Month\",\"amount\":12.5,\"originalPrice\":null,\"currency\":\"CNY\"}]"),
                entry("attributes", "{\"ImageId\":\"img-pmqg1cw7\",\"SnapshotSet\":[{\"SnapshotId\":\"snap-1\"}]}"),
                entry("tag.team", "infra"), entry("tag.env", "prod"));
    }

    @Test
    void oneImageInSeveralZonesNamesThemAll() {
        assertThat(JcloudsImages.zones(List.of(image().zone("cn-bj2-03").build(), image().zone("cn-bj2-02").build())))
                .isEqualTo("cn-bj2-02,cn-bj2-03");
    }
}
