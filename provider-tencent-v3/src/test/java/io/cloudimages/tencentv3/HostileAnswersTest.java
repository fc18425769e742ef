package io.cloudimages.tencentv3;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.ImageService;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Tencent Cloud that lies about its totals or writes fields of the wrong type. */
@Timeout(60) // a listing that never ends must fail the test, not hang the build
class HostileAnswersTest {

    private static final ImageQuery ALL = ImageQuery.builder().includeDeprecated(true).build();

    private final FakeTencentCloud fake = new FakeTencentCloud().start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private ImageService open() {
        fake.addCredentials(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY);
        return TencentV3Fixture.open(fake, s -> s.maxAttempts(1));
    }

    private void every(String action, UnaryOperator<ObjectNode> rewriteResponse) {
        fake.faults().forAction(action).always(Fault.rewrite(answer -> answer.withJson(json -> {
            rewriteResponse.apply((ObjectNode) json.get("Response"));
            return json;
        })));
    }

    private void everyListing(UnaryOperator<ObjectNode> rewriteResponse) {
        every(FakeTencentCloud.DESCRIBE_IMAGES, rewriteResponse);
    }

    private void theSamePageForeverWithAHugeTotal() {
        AtomicReference<ArrayNode> firstPage = new AtomicReference<>();
        everyListing(response -> {
            firstPage.compareAndSet(null, response.withArray("ImageSet").deepCopy());
            response.set("ImageSet", firstPage.get().deepCopy());
            return response.put("TotalCount", 999_999);
        });
    }

    @Test
    void aCloudAnsweringShorterPagesThanAskedIsListedToTheEnd() {
        fake.addGeneratedImages("ap-guangzhou", 130);
        everyListing(response -> {
            ArrayNode set = response.withArray("ImageSet");
            while (set.size() > 10) {
                set.remove(set.size() - 1);
            }
            return response;
        });

        try (ImageService service = open()) {
            assertThat(service.list(ALL).count()).isEqualTo(130);
        }
    }

    @Test
    void aTotalNoRegionCouldHoldWithNewImagesOnEveryPageIsAProtocolError() {
        fake.addGeneratedImages("ap-guangzhou", 3);
        everyListing(response -> response.put("TotalCount", 1_000_000_000_000L));

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(ALL).count()).isInstanceOf(ProtocolException.class);
        }
    }

    @Test
    void theSamePageAnsweredAgainWithAHugeTotalIsListedOnceThenAProtocolError() {
        fake.addGeneratedImages("ap-guangzhou", 150);
        theSamePageForeverWithAHugeTotal();
        List<Image> printed = new ArrayList<>();

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(ALL).forEach(printed::add)).isInstanceOf(ProtocolException.class);
        }
        assertThat(printed).hasSize(100).doesNotHaveDuplicates();
    }

    @Test
    void theImportNameCheckStopsOnALyingTotalAndNothingIsImported() {
        fake.addGeneratedImages("ap-guangzhou", 150);
        theSamePageForeverWithAHugeTotal();

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.importImage(ImportImageRequest.builder().name("fresh-name")
                    .imageUrl("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/fresh.qcow2")
                    .osName("CentOS").osVersion("7").architecture(Architecture.X86_64).build()))
                    .isInstanceOf(ProtocolException.class);
        }
        assertThat(fake.requests(FakeTencentCloud.IMPORT_IMAGE)).isEmpty();
    }

    @ParameterizedTest(name = "an ImageSet element {0}")
    @ValueSource(strings = {"\"x\"", "42", "[]", "null"})
    void anImageSetElementThatIsNotAnObjectIsAProtocolError(String element) {
        fake.addGeneratedImages("ap-guangzhou", 2);
        everyListing(response -> {
            response.withArray("ImageSet").set(1, Json.readTree(element.getBytes(StandardCharsets.UTF_8), ErrorContext.none()));
            return response;
        });

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(ALL).count())
                    .isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("\"ImageSet\"[1]");
        }
    }

    @Test
    void anImageWithoutAnIdIsAProtocolError() {
        fake.addGeneratedImages("ap-guangzhou", 1);
        everyListing(response -> {
            ((ObjectNode) response.withArray("ImageSet").get(0)).remove("ImageId");
            return response;
        });

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(ALL).count()).isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("ImageId");
        }
    }

    @Test
    void aSizeThatIsNotAPlausibleWholeNumberIsUnknown() {
        fake.addGeneratedImages("ap-guangzhou", 4);
        everyListing(response -> {
            ArrayNode set = response.withArray("ImageSet");
            ((ObjectNode) set.get(0)).put("ImageSize", "huge");
            ((ObjectNode) set.get(1)).put("ImageSize", 1e308);
            ((ObjectNode) set.get(2)).put("ImageSize", -50);
            ((ObjectNode) set.get(3)).put("ImageSize", 50);
            return response;
        });

        try (ImageService service = open()) {
            assertThat(service.list(ALL).map(Image::sizeGiB)).containsExactly(null, null, null, 50L);
        }
    }

    @Test
    void aLookupAnsweredWithAnotherImageIsAProtocolErrorNotThatImage() {
        fake.addGeneratedImages("ap-guangzhou", 1);
        everyListing(response -> {
            ((ObjectNode) response.withArray("ImageSet").get(0)).put("ImageId", "img-other");
            return response;
        });

        String id = fake.imageIds("ap-guangzhou").get(0);

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.get(id)).isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("img-other");
        }
    }

    @Test
    void anImportOsEntryWithoutANameIsAProtocolErrorNotARowNamedNull() {
        every(FakeTencentCloud.DESCRIBE_IMPORT_IMAGE_OS, response -> {
            ((ObjectNode) response.withArray("ImportImageOsVersionSet").get(0)).putNull("OsName");
            return response;
        });

        try (ImageService service = open()) {
            assertThatThrownBy(service::importOsSupport).isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("OsName");
        }
    }

    @Test
    void anErrorWithAnEmptyCodeSaysSoAndShowsItsMessage() {
        everyListing(response -> {
            response.putObject("Error").put("Code", "").put("Message", "something broke");
            return response;
        });

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(ALL).count())
                    .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.errorCode()).isNull())
                    .hasMessageContaining("without a code: something broke")
                    .hasMessageNotContaining("code=");
        }
    }
}
