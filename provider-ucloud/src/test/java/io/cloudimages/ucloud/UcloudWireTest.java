package io.cloudimages.ucloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.RegionNotSupportedException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsType;
import io.cloudimages.testkit.RecordedRequest;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What ucloud puts on the wire, checked by the fake from the raw requests. */
class UcloudWireTest {

    private final FakeUcloud fake = FakeUcloud.withDefaultCatalogue().start();

    @AfterEach
    void stop() {
        fake.close();
    }

    static ImageService open(FakeUcloud fake, UnaryOperator<ProviderSettings.Builder> tuning) {
        ProviderSettings.Builder settings = ProviderSettings.builder()
                .region(FakeUcloud.REGION)
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY))
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal());
        return CloudImages.builder().discover(false).register(new UcloudProvider()).build()
                .open(UcloudProvider.ID, tuning.apply(settings).build());
    }

    private JsonNode body(int request) {
        return Json.readTree(fake.requests().get(request).body(), ErrorContext.none());
    }

    @Test
    void theProviderIsFoundByDiscovery() {
        assertThat(CloudImages.discover().provider("ucloud")).get().isInstanceOf(UcloudProvider.class);
    }

    @Test
    void requestsAreSignedJsonPostsOfFlattenedTypedParameters() {
        List<String> ids = new ArrayList<>(fake.imageIds()).subList(0, 2);
        try (ImageService service = open(fake, s -> s)) {
            service.listPage(ImageQuery.builder().ids(ids).pageSize(5).build(), null);
        }

        RecordedRequest request = fake.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("content-type")).contains("application/json");
        JsonNode body = body(0);
        assertThat(body.path("Action").asText()).isEqualTo("DescribeImage");
        assertThat(body.path("Region").asText()).isEqualTo("cn-bj2");
        assertThat(body.path("PublicKey").asText()).isEqualTo(FakeUcloud.TEST_PUBLIC_KEY);
        assertThat(body.path("Limit").isNumber()).isTrue();
        assertThat(body.path("ImageIds.0").asText()).isEqualTo(ids.get(0));
        assertThat(body.path("ImageIds.1").asText()).isEqualTo(ids.get(1));
        assertThat(body.path("Signature").asText()).matches("[0-9a-f]{40}");
        assertThat(body.has("ProjectId")).isFalse();
    }

    @Test
    void theProjectComesFromTheSettingsOrElseTheCredentials() {
        try (ImageService fromSettings = open(fake, s -> s.property("projectId", FakeUcloud.PROJECT));
             ImageService fromCredentials = open(fake, s -> s.credentials(
                     Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY).withProjectId(FakeUcloud.PROJECT)))) {
            fromSettings.get("uimage-none");
            fromCredentials.get("uimage-none");
        }

        assertThat(body(0).path("ProjectId").asText()).isEqualTo(FakeUcloud.PROJECT);
        assertThat(body(1).path("ProjectId").asText()).isEqualTo(FakeUcloud.PROJECT);
    }

    @Test
    void anUnknownProjectIsRetCode292() {
        try (ImageService service = open(fake, s -> s.property("projectId", "org-nosuch"))) {
            assertThatThrownBy(() -> service.get("uimage-none"))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("292");
                        assertThat(e.requestId()).isNotBlank();
                    });
        }
    }

    @Test
    void temporaryKeysSendTheirSecurityToken() {
        fake.addTemporaryKeys("ucloud-temp-key-0000001", "temp-private", "sts-token-1");
        try (ImageService service = open(fake, s -> s.credentials(Credentials.of("ucloud-temp-key-0000001", "temp-private",
                "sts-token-1")))) {
            assertThat(service.get("uimage-none")).isEmpty();
        }
        assertThat(body(0).path("SecurityToken").asText()).isEqualTo("sts-token-1");
    }

    @Test
    void aWrongPrivateKeyIsRetCode171() {
        try (ImageService service = open(fake, s -> s.credentials(Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, "wrong")))) {
            assertThatThrownBy(() -> service.get("uimage-none"))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.errorCode()).isEqualTo("171"));
        }
    }

    @Test
    void zoneTypeOsTypeAndBusinessGroupArePushedDown() {
        try (ImageService service = open(fake, s -> s)) {
            List<Image> images = service.list(ImageQuery.builder().zone("cn-bj2-03").types(ImageType.PRIVATE)
                    .osType(OsType.LINUX).tag("business-group", "build").build()).toList();

            assertThat(images).isNotEmpty().allSatisfy(image -> {
                assertThat(image.zone()).isEqualTo("cn-bj2-03");
                assertThat(image.type()).isEqualTo(ImageType.PRIVATE);
                assertThat(image.tags()).containsEntry("business-group", "build");
            });
        }
        JsonNode body = body(0);
        assertThat(body.path("Zone").asText()).isEqualTo("cn-bj2-03");
        assertThat(body.path("ImageType").asText()).isEqualTo("Custom");
        assertThat(body.path("OsType").asText()).isEqualTo("Linux");
        assertThat(body.path("Tag").asText()).isEqualTo("build");
    }

    @Test
    void theOsVersionAndArchitectureAreLeftToTheClientForDescribeImageHasNoParameterForThem() {
        try (ImageService service = open(fake, s -> s)) {
            List<Image> arm = service.list(ImageQuery.builder().osVersion("20.04").architectures(Architecture.ARM64).build())
                    .toList();

            assertThat(arm).isNotEmpty().allSatisfy(image -> {
                assertThat(image.os().architecture()).isEqualTo(Architecture.ARM64);
                assertThat(image.os().version().toString()).isEqualTo("20.04");
            });
        }
        assertThat(fake.requests()).allSatisfy(request -> assertThat(Json.readTree(request.body(), ErrorContext.none())
                .fieldNames()).toIterable().containsOnly("Action", "Region", "Offset", "Limit", "PublicKey", "Signature"));
    }

    @Test
    void aRegionUcloudDoesNotHaveIsRetCode230NamingTheRegionAndAnUnsupportedRegion() {
        try (ImageService service = open(fake, s -> s.region("cn-bj9"))) {
            assertThatThrownBy(() -> service.list().toList())
                    .isInstanceOfSatisfying(RegionNotSupportedException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("230");
                        assertThat(e.detail()).contains("[Region]");
                    });
        }
    }

    @Test
    void aZoneThatIsNotTheRegionsIsRetCode230AndAnInvalidRequestNotAnUnsupportedRegion() {
        try (ImageService service = open(fake, s -> s)) {
            assertThatThrownBy(() -> service.list(ImageQuery.builder().zone("cn-wlcb-01").build()).toList())
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errorCode()).isEqualTo("230"))
                    .isNotInstanceOf(RegionNotSupportedException.class);
        }
    }

    @Test
    void sharedImagesDoNotExistOnUcloudSoNothingIsAsked() {
        try (ImageService service = open(fake, s -> s)) {
            assertThat(service.list(ImageQuery.builder().types(ImageType.SHARED).build()).toList()).isEmpty();
        }
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void funcTypeAndPricesAreSentWhenConfiguredAndPricesMapped() {
        try (ImageService service = open(fake, s -> s.property("funcType", "uhost").property("prices", "true"))) {
            List<Image> business = service.list(ImageQuery.builder().types(ImageType.MARKETPLACE).build()).toList();

            assertThat(business).isNotEmpty().allSatisfy(image -> assertThat(image.prices()).isNotEmpty());
        }
        assertThat(body(0).path("FuncType").asText()).isEqualTo("uhost");
        assertThat(body(0).path("PriceSet").asInt()).isEqualTo(1);
    }

    @Test
    void getFindsAnImageWhateverTheConfiguredFuncType() {
        String id = fake.imageIds().get(0);
        try (ImageService service = open(fake, s -> s.property("funcType", "gpu"))) {
            assertThat(service.get(id)).isPresent();
        }
        assertThat(body(0).has("FuncType")).isFalse();
    }

    @Test
    void aWrongFuncTypeIsRefusedBecauseUcloudWouldSilentlyIgnoreIt() {
        assertThatThrownBy(() -> open(fake, s -> s.property("funcType", "GPU")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("gpu, app or uhost");
    }

    @Test
    void getAsksForOneImageById() {
        String id = fake.imageIds().get(3);
        try (ImageService service = open(fake, s -> s)) {
            assertThat(service.get(id)).get().extracting(Image::id).isEqualTo(id);
        }
        assertThat(body(0).path("ImageId").asText()).isEqualTo(id);
    }

    @Test
    void pagesOfAHundredGoOverTheTotalCount() {
        try (ImageService service = open(fake, s -> s)) {
            assertThat(service.list(ImageQuery.builder().includeDeprecated(true).pageSize(7).build()).count())
                    .isEqualTo(fake.imageIds().size());
        }
        assertThat(fake.requests()).hasSize((fake.imageIds().size() + 6) / 7);
    }

    @Test
    void aLargeCatalogueIsListedInPagesOfAHundred() {
        fake.addGeneratedImages(250);
        fake.clearRequests();
        try (ImageService service = open(fake, s -> s)) {
            assertThat(service.list(ImageQuery.builder().includeDeprecated(true).build()).count())
                    .isEqualTo(fake.imageIds().size());
        }
        assertThat(fake.requests()).hasSize((fake.imageIds().size() + 99) / 100);
    }
}
