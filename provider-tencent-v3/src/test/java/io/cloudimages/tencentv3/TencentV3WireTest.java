package io.cloudimages.tencentv3;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.RegionNotSupportedException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;
import io.cloudimages.testkit.RecordedRequest;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What tencent-v3 puts on the wire, checked by the fake cloud from the raw requests. */
class TencentV3WireTest {

    private final FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theProviderIsFoundByDiscovery() {
        assertThat(CloudImages.discover().provider("tencent-v3")).get().isInstanceOf(TencentV3Provider.class);
    }

    @Test
    void requestsCarryTheApi3Headers() {
        try (ImageService service = TencentV3Fixture.open(fake, s -> s.property("language", "en-US"))) {
            service.get("img-00000000");
        }

        RecordedRequest request = fake.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri().getPath()).isEqualTo("/");
        assertThat(request.header("content-type")).contains("application/json; charset=utf-8");
        assertThat(request.header("x-tc-action")).contains("DescribeImages");
        assertThat(request.header("x-tc-version")).contains("2017-03-12");
        assertThat(request.header("x-tc-region")).contains("ap-guangzhou");
        assertThat(request.header("x-tc-language")).contains("en-US");
        assertThat(request.header("x-tc-token")).isEmpty();
        assertThat(request.header("authorization")).hasValueSatisfying(auth -> assertThat(auth)
                .startsWith("TC3-HMAC-SHA256 Credential=" + FakeTencentCloud.TEST_SECRET_ID + "/")
                .contains("/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature="));
        assertThat(request.header("host")).contains(fake.endpoint().getAuthority());
    }

    @Test
    void aRegionTencentDoesNotHaveIsTheCloudsUnsupportedRegion() {
        try (ImageService service = TencentV3Fixture.open(fake, s -> s.region("ap-guangzhuo"))) {
            assertThatThrownBy(() -> service.list().toList())
                    .isInstanceOfSatisfying(RegionNotSupportedException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("UnsupportedRegion");
                        assertThat(e.cloudRefused()).isTrue();
                    });
        }
    }

    @Test
    void temporaryCredentialsSendTheirToken() {
        fake.addTemporaryCredentials("AKIDtemporary000000000000000000001", "temporary-secret", "session-token-1");
        try (ImageService service = TencentV3Fixture.open(fake, s ->
                s.credentials(Credentials.of("AKIDtemporary000000000000000000001", "temporary-secret", "session-token-1")))) {
            assertThat(service.get("img-00000000")).isEmpty();
        }

        assertThat(fake.requests().get(0).header("x-tc-token")).contains("session-token-1");
    }

    @Test
    void aClockMoreThanFiveMinutesOffIsTheCloudsSignatureExpire() {
        Clock late = Clock.fixed(Instant.now().minus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        try (ImageService service = TencentV3Fixture.open(fake, s -> s.extension(CoreSettings.CLOCK, late))) {
            assertThatThrownBy(() -> service.get("img-00000000"))
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("AuthFailure.SignatureExpire"))
                    .hasMessageContaining("clock");
        }
    }

    @Test
    void theImportOsListIsAskedForAgainOnlyAfterTenMinutesOnTheConfiguredClock() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        fake.clock(clock);
        try (ImageService service = TencentV3Fixture.open(fake, s -> s.extension(CoreSettings.CLOCK, clock))) {
            service.importOsSupport();
            now.set(now.get().plus(Duration.ofMinutes(9)));
            service.importOsSupport();
            assertThat(fake.requests(FakeTencentCloud.DESCRIBE_IMPORT_IMAGE_OS)).hasSize(1);

            now.set(now.get().plus(Duration.ofMinutes(2)));
            service.importOsSupport();
        }
        assertThat(fake.requests(FakeTencentCloud.DESCRIBE_IMPORT_IMAGE_OS)).hasSize(2);
    }

    @Test
    void anUnknownSecretIdIsTheCloudsSecretIdNotFound() {
        try (ImageService service = TencentV3Fixture.open(fake, s -> s.credentials(Credentials.of("AKIDunknown", "whatever")))) {
            assertThatThrownBy(() -> service.get("img-00000000"))
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("AuthFailure.SecretIdNotFound"));
        }
    }

    @Test
    void aTimestampJustAfterMidnightUtcIsSignedWithThatDay() {
        Instant justAfterMidnight = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plusSeconds(3);
        fake.clock(Clock.fixed(justAfterMidnight, ZoneOffset.UTC));
        try (ImageService service = TencentV3Fixture.open(fake, s ->
                s.extension(CoreSettings.CLOCK, Clock.fixed(justAfterMidnight, ZoneOffset.UTC)))) {
            assertThat(service.get("img-00000000")).isEmpty();
        }
    }

    @Test
    void neverImageIdsAndFiltersInOneRequestAndNeverMoreThanFiveValues() {
        List<String> ids = new ArrayList<>(fake.imageIds("ap-guangzhou")).subList(0, 12);
        try (ImageService service = TencentV3Fixture.open(fake, s -> s)) {
            List<Image> listed = service.list(ImageQuery.builder().ids(ids).types(ImageType.PUBLIC, ImageType.PRIVATE,
                    ImageType.SHARED).includeDeprecated(true).build()).toList();

            assertThat(listed).extracting(Image::id).containsExactlyInAnyOrderElementsOf(ids);
        }
        assertThat(fake.requests(FakeTencentCloud.DESCRIBE_IMAGES)).hasSize(3).allSatisfy(request -> {
            String body = request.bodyText();
            assertThat(body.contains("ImageIds") && body.contains("Filters")).isFalse();
        });
    }

    @Test
    void pagesGoUpToAHundredImagesOverTheTotalCount() {
        fake.addGeneratedImages("ap-guangzhou", 250);
        try (ImageService service = TencentV3Fixture.open(fake, s -> s)) {
            assertThat(service.list(ImageQuery.builder().includeDeprecated(true).build()).count())
                    .isEqualTo(fake.imageIds("ap-guangzhou").size());
        }
        assertThat(fake.requests(FakeTencentCloud.DESCRIBE_IMAGES)).hasSize(3)
                .allSatisfy(request -> assertThat(request.bodyText()).contains("\"Limit\":100"));
    }

    @Test
    void theInstanceTypeSelectsCompatibleImages() {
        try (ImageService service = TencentV3Fixture.open(fake, s -> s)) {
            List<Image> arm = service.list(ImageQuery.builder().instanceType("SR1.MEDIUM2").build()).toList();

            assertThat(arm).isNotEmpty().allMatch(image -> image.os().architecture() == Architecture.ARM64);
        }
    }

    @Test
    void familiesArePushedDownAsPlatformsAndCheckedExactly() {
        try (ImageService service = TencentV3Fixture.open(fake, s -> s)) {
            List<Image> centos = service.list(ImageQuery.builder().osFamilies(OsFamily.CENTOS).build()).toList();

            assertThat(centos).isNotEmpty().allMatch(image -> image.os().family() == OsFamily.CENTOS);
        }
        assertThat(fake.requests(FakeTencentCloud.DESCRIBE_IMAGES).get(0).bodyText()).contains("\"platform\"");
    }
}
