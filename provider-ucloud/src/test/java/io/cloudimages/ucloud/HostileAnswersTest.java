package io.cloudimages.ucloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.ImageService;
import io.cloudimages.exception.CloudServiceException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A UCloud that answers short pages, lies about its totals or writes fields of the wrong type. */
@Timeout(60) // a listing that never ends must fail the test, not hang the build
class HostileAnswersTest {

    private static final ImageQuery CUSTOM = ImageQuery.builder().types(ImageType.PRIVATE).includeDeprecated(true).build();

    private final FakeUcloud fake = new FakeUcloud().start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private ImageService open() {
        fake.addKeys(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY);
        return UcloudWireTest.open(fake, s -> s.maxAttempts(1));
    }

    private void everyListing(UnaryOperator<ObjectNode> rewrite) {
        fake.faults().forAction(FakeUcloud.DESCRIBE_IMAGE).always(Fault.rewrite(answer -> answer.withJson(rewrite)));
    }

    private void theSamePageForeverWithAHugeTotal() {
        AtomicReference<ArrayNode> firstPage = new AtomicReference<>();
        everyListing(answer -> {
            firstPage.compareAndSet(null, answer.withArray("ImageSet").deepCopy());
            answer.set("ImageSet", firstPage.get().deepCopy());
            return answer.put("TotalCount", 999_999);
        });
    }

    private static ObjectNode firstImage(ObjectNode answer) {
        return (ObjectNode) answer.withArray("ImageSet").get(0);
    }

    @Test
    void aCloudAnsweringShorterPagesThanAskedIsListedToTheEnd() {
        fake.addGeneratedImages(130);
        everyListing(answer -> {
            ArrayNode set = answer.withArray("ImageSet");
            while (set.size() > 10) {
                set.remove(set.size() - 1);
            }
            return answer;
        });

        try (ImageService service = open()) {
            assertThat(service.list(CUSTOM).count()).isEqualTo(130);
        }
    }

    @Test
    void aTotalNoRegionCouldHoldIsAProtocolError() {
        fake.addGeneratedImages(3);
        everyListing(answer -> answer.put("TotalCount", 1_000_000_000_000L));

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(CUSTOM).count()).isInstanceOf(ProtocolException.class);
        }
    }

    @Test
    void theSamePageAnsweredAgainWithAHugeTotalIsListedOnceThenAProtocolError() {
        fake.addGeneratedImages(150);
        theSamePageForeverWithAHugeTotal();
        List<Image> printed = new ArrayList<>();

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(CUSTOM).forEach(printed::add)).isInstanceOf(ProtocolException.class);
        }
        assertThat(printed).hasSize(100).doesNotHaveDuplicates();
    }

    @Test
    void theImportNameCheckStopsOnALyingTotalAndNothingIsImported() {
        fake.addGeneratedImages(150);
        theSamePageForeverWithAHugeTotal();

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.importImage(ImportImageRequest.builder().name("fresh-name")
                    .imageUrl("https://images.cn-bj.ufileos.com/fresh.qcow2").osName("CentOS").osVersion("6.5")
                    .architecture(Architecture.I386).build())).isInstanceOf(ProtocolException.class);
        }
        assertThat(fake.requests(FakeUcloud.IMPORT_CUSTOM_IMAGE)).isEmpty();
    }

    @Test
    void aRetCodeThatIsNotExactlyZeroIsAnErrorHoweverLarge() {
        everyListing(answer -> answer.put("RetCode", "99999999999999999999"));

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(CUSTOM).count())
                    .isInstanceOfSatisfying(CloudServiceException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("99999999999999999999"));
        }
    }

    @Test
    void aPriceThatIsNotANumberIsNoPriceAndStaysInTheAttributes() {
        fake.addGeneratedImages(1);
        everyListing(answer -> {
            firstImage(answer).putArray("PriceSet").addObject().put("ChargeType", "Month").put("Price", "abc");
            return answer;
        });

        try (ImageService service = open()) {
            Image image = service.list(CUSTOM).findFirst().orElseThrow();
            assertThat(image.prices()).isEmpty();
            assertThat(image.attributes().get("PriceSet").toString()).contains("abc");
        }
    }

    @Test
    void anImageWithoutAnIdIsAProtocolError() {
        fake.addGeneratedImages(1);
        everyListing(answer -> {
            firstImage(answer).putNull("ImageId");
            return answer;
        });

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.list(CUSTOM).count())
                    .isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("ImageId");
        }
    }

    @Test
    void aSizeThatIsNotAPlausibleWholeNumberIsUnknown() {
        fake.addGeneratedImages(4);
        everyListing(answer -> {
            ArrayNode set = answer.withArray("ImageSet");
            ((ObjectNode) set.get(0)).put("ImageSize", "huge");
            ((ObjectNode) set.get(1)).put("ImageSize", 1e308);
            ((ObjectNode) set.get(2)).put("ImageSize", -20);
            ((ObjectNode) set.get(3)).put("ImageSize", 40);
            return answer;
        });

        try (ImageService service = open()) {
            assertThat(service.list(CUSTOM).map(Image::sizeGiB)).containsExactly(null, null, null, 40L);
        }
    }

    @Test
    void aLookupAnsweredWithAnotherImageIsAProtocolErrorNotThatImage() {
        fake.addGeneratedImages(1);
        everyListing(answer -> {
            firstImage(answer).put("ImageId", "uimage-other");
            return answer;
        });
        String id = fake.imageIds().get(0);

        try (ImageService service = open()) {
            assertThatThrownBy(() -> service.get(id))
                    .isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("uimage-other");
        }
    }
}
