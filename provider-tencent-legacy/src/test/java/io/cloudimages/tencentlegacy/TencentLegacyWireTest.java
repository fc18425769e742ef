package io.cloudimages.tencentlegacy;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.UnsupportedCapabilityException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.RecordedRequest;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What tencent-legacy puts on the wire, checked by the fake from the raw requests. */
class TencentLegacyWireTest {

    private final FakeQcloudLegacy fake = FakeQcloudLegacy.withSeedCatalogue().start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private ImageService open(UnaryOperator<ProviderSettings.Builder> tuning) {
        return open(fake, tuning);
    }

    static ImageService open(FakeQcloudLegacy fake, UnaryOperator<ProviderSettings.Builder> tuning) {
        ProviderSettings.Builder settings = ProviderSettings.builder()
                .region("ap-guangzhou")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY))
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal());
        return CloudImages.builder().discover(false).register(new TencentLegacyProvider()).build()
                .open(TencentLegacyProvider.ID, tuning.apply(settings).build());
    }

    @Test
    void theProviderIsFoundByDiscovery() {
        assertThat(CloudImages.discover().provider("tencent-legacy")).get().isInstanceOf(TencentLegacyProvider.class);
    }

    @Test
    void requestsAreSignedFormPostsToTheV2Path() {
        try (ImageService service = open(s -> s)) {
            service.listPage(ImageQuery.builder().types(ImageType.PUBLIC).pageSize(5).build(), null);
        }

        RecordedRequest request = fake.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri().getPath()).isEqualTo("/v2/index.php");
        assertThat(request.header("content-type")).contains("application/x-www-form-urlencoded");
        Map<String, String> parameters = request.formParameters();
        assertThat(parameters).containsEntry("Action", "DescribeImages").containsEntry("Region", "ap-guangzhou")
                .containsEntry("imageType", "2").containsEntry("limit", "5").containsEntry("offset", "0")
                .containsEntry("SignatureMethod", "HmacSHA1")
                .containsKeys("Timestamp", "Nonce", "SecretId", "Signature");
        // the signature's base64 is URL-encoded exactly once
        assertThat(request.bodyText()).doesNotContain("%25").containsPattern("Signature=[A-Za-z0-9%]+");
    }

    @Test
    void getWithHmacSha256AndATemporaryTokenIsAcceptedToo() {
        fake.addTemporaryCredentials("AKIDtemporaryLegacy0000000000000001", "temp-secret", "legacy-token");
        try (ImageService service = open(s -> s.property("method", "GET").property("signatureMethod", "HmacSHA256")
                .credentials(Credentials.of("AKIDtemporaryLegacy0000000000000001", "temp-secret", "legacy-token")))) {
            assertThat(service.get("img-7fwdvfur")).get().extracting(Image::name).isEqualTo("CentOS 6.5 64位");
        }
        RecordedRequest request = fake.requests().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.queryParameters()).containsEntry("SignatureMethod", "HmacSHA256").containsEntry("Token", "legacy-token");
    }

    @Test
    void everyAttemptHasAFreshNonceBecauseTheApiRefusesARepeatedOne() {
        fake.faults().next(Fault.status(503));
        try (ImageService service = open(s -> s)) {
            assertThat(service.listPage(ImageQuery.builder().types(ImageType.PUBLIC).pageSize(1).build(), null).items()).hasSize(1);
        }
        List<String> nonces = fake.requests().stream().map(r -> r.formParameters().get("Nonce")).toList();
        assertThat(nonces).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aClockMoreThanTwoHoursOffIsRefusedAsAReplay() {
        Clock late = Clock.fixed(Instant.now().minus(Duration.ofHours(3)), ZoneOffset.UTC);
        try (ImageService service = open(s -> s.extension(CoreSettings.CLOCK, late))) {
            assertThatThrownBy(() -> service.get("img-7fwdvfur"))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.errorCode()).isEqualTo("4500"));
        }
    }

    @Test
    void theThirtyEightPublicImagesOfSeed003ComeWithTheirExactIdsAndNames() {
        Map<String, String> listed;
        try (ImageService service = open(s -> s)) {
            listed = service.list(ImageQuery.builder().types(ImageType.PUBLIC).build())
                    .collect(Collectors.toMap(Image::id, Image::name));
        }

        assertThat(listed).hasSize(38)
                .containsEntry("img-7br3ouzr", "CentOS 5.8 32位")
                .containsEntry("img-31tjrtph", "CentOS 7.2 64位")
                .containsEntry("img-mg89zx1h", "SUSE Linux Enterprise Server 11 SP3 64位")
                .containsEntry("img-9id7emv7", "Windows Server 2016 R2 数据中心版 64位中文版");
    }

    @Test
    void aQueryWithoutATypeAsksForEachTypeInTurn() {
        try (ImageService service = open(s -> s)) {
            service.list(ImageQuery.builder().includeDeprecated(true).build()).toList();
        }

        assertThat(fake.requests().stream().map(r -> r.formParameters().get("imageType")).distinct().toList())
                .containsExactlyInAnyOrder("1", "2", "3", "4");
    }

    @Test
    void northAmericaHasNoMarketplaceSoItIsNotAskedFor() {
        try (ImageService service = open(s -> s.region("na-siliconvalley"))) {
            service.list(ImageQuery.builder().includeDeprecated(true).build()).toList();
        }

        assertThat(fake.requests()).noneMatch(r -> "3".equals(r.formParameters().get("imageType")));
    }

    @Test
    void moreThanTenIdsAreAskedForTenAtATime() {
        List<String> ids = new ArrayList<>(fake.imageIds()).subList(0, 23);
        try (ImageService service = open(s -> s)) {
            assertThat(service.list(ImageQuery.builder().ids(ids).types(ImageType.PUBLIC).build()).map(Image::id).toList())
                    .containsExactlyInAnyOrderElementsOf(ids);
        }

        assertThat(fake.requests()).hasSize(3).allSatisfy(r ->
                assertThat(r.formParameters().keySet().stream().filter(k -> k.startsWith("imageIds.")).count()).isLessThanOrEqualTo(10));
    }

    @Test
    void aSingleStateIsPushedDownAsStatus() {
        try (ImageService service = open(s -> s)) {
            List<Image> copying = service.list(ImageQuery.builder().types(ImageType.SHARED).states(ImageState.COPYING).build()).toList();

            assertThat(copying).extracting(Image::id).containsExactly("img-sh4red02");
        }
        assertThat(fake.requests().get(0).formParameters()).containsEntry("status", "5");
    }

    @Test
    void pickAsksForNormalImagesOnlyAsStatus2() {
        try (ImageService service = open(s -> s)) {
            assertThat(service.pick(ImageQuery.builder().types(ImageType.PRIVATE).build())).get()
                    .extracting(Image::state).isEqualTo(ImageState.AVAILABLE);
        }
        assertThat(fake.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.formParameters()).containsEntry("status", "2"));
    }

    @Test
    void getFindsAnImageOfAnyTypeAndStopsAtTheFirstType() {
        try (ImageService service = open(s -> s)) {
            assertThat(service.get("img-7fwdvfur")).isPresent();
        }
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void importIsAnUnsupportedCapabilityThatNamesTencentV3() {
        try (ImageService service = open(s -> s)) {
            assertThatThrownBy(() -> service.importImage(ImportImageRequest.builder().imageUrl("https://h/a.qcow2").name("n")
                    .osName("CentOS").osVersion("7").architecture(io.cloudimages.model.Architecture.X86_64).build()))
                    .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                            e -> assertThat(e.alternativeProvider()).contains("tencent-v3"));
            assertThatThrownBy(service::importOsSupport).hasMessageContaining("use provider tencent-v3");
        }
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void anInstanceTypeIsRefusedBeforeSending() {
        try (ImageService service = open(s -> s)) {
            assertThatThrownBy(() -> service.listPage(ImageQuery.builder().instanceType("S5.MEDIUM2").build(), null))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("tencent-v3");
        }
        assertThat(fake.requests()).isEmpty();
    }
}
