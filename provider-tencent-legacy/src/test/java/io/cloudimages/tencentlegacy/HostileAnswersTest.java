package io.cloudimages.tencentlegacy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A legacy qcloud API that lies about its totals or writes fields of the wrong type. */
@Timeout(60) // a listing that never ends must fail the test, not hang the build
class HostileAnswersTest {

    private static final ImageQuery PRIVATE = ImageQuery.builder().types(ImageType.PRIVATE).includeDeprecated(true).build();

    private final FakeQcloudLegacy fake = new FakeQcloudLegacy().start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private ImageService open() {
        fake.addCredentials(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY);
        ProviderSettings settings = ProviderSettings.builder()
                .region("ap-guangzhou")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY))
                .maxAttempts(1)
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal())
                .build();
        return CloudImages.builder().discover(false).register(new TencentLegacyProvider()).build()
                .open(TencentLegacyProvider.ID, settings);
    }

    private void everyListing(UnaryOperator<ObjectNode> rewrite) {
        fake.faults().forAction(FakeQcloudLegacy.DESCRIBE_IMAGES).always(Fault.rewrite(answer -> answer.withJson(rewrite)));
    }

    @Test
    void anImageSetElementThatIsNotAnObjectIsAProtocolError() {
        fake.addGeneratedImages(8);
        everyListing(answer -> {
            answer.withArray("imageSet").set(0, answer.textNode("x"));
            return answer;
        });

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(PRIVATE).count())
                    .isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("\"imageSet\"[0]");
        }
    }

    @Test
    void aCodeThatIsNotExactlyZeroIsAnErrorHoweverLarge() {
        everyListing(answer -> answer.put("code", "99999999999999999999"));

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(PRIVATE).count())
                    .isInstanceOfSatisfying(CloudServiceException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("99999999999999999999"));
        }
    }

    @Test
    void theSamePageAnsweredAgainWithAHugeTotalIsListedOnceThenAProtocolError() {
        fake.addGeneratedImages(40); // ten private ones
        AtomicReference<ArrayNode> firstPage = new AtomicReference<>();
        everyListing(answer -> {
            firstPage.compareAndSet(null, answer.withArray("imageSet").deepCopy());
            answer.set("imageSet", firstPage.get().deepCopy());
            return answer.put("totalCount", 999_999);
        });
        List<Image> printed = new ArrayList<>();

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(PRIVATE).forEach(printed::add)).isInstanceOf(ProtocolException.class);
        }
        assertThat(printed).hasSize(10).doesNotHaveDuplicates();
    }
}
