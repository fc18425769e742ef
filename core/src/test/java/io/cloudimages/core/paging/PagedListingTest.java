package io.cloudimages.core.paging;

import io.cloudimages.core.paging.PagedListing.CloudPage;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OperatingSystem;
import io.cloudimages.model.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A listing over a scripted cloud: each fetch answers what the test says, and is counted. */
class PagedListingTest {

    private static final ImageQuery ALL = ImageQuery.builder().includeDeprecated(true).build();

    private final List<String> fetched = new ArrayList<>();

    private static Image image(String id) {
        return image(id, null);
    }

    private static Image image(String id, String zone) {
        return Image.builder().provider("p").region("r").zone(zone).id(id).name(id).os(OperatingSystem.unknown())
                .type(ImageType.PUBLIC).state(ImageState.AVAILABLE).build();
    }

    /** A cloud of {@code total} images that answers at most {@code pageSize} of them per page. */
    private PagedListing.Fetcher catalogue(int total, int pageSize) {
        return (segment, offset) -> {
            fetched.add(segment + ":" + offset);
            List<Image> page = IntStream.range(offset, Math.min(total, offset + pageSize))
                    .mapToObj(i -> image("img-" + segment + "-" + i)).toList();
            return new CloudPage(page, total);
        };
    }

    private PagedListing listing(int segments, PagedListing.Fetcher fetcher) {
        return PagedListing.of("p", ALL, "DescribeImages", segments, fetcher);
    }

    @Test
    void shortPagesDoNotEndTheListingWhileTheTotalSaysMoreRemain() {
        List<Image> images = listing(1, catalogue(130, 10)).stream().toList();

        assertThat(images).hasSize(130);
        assertThat(fetched).hasSize(13);
    }

    @Test
    void theListingEndsWhenTheOffsetReachesTheTotal() {
        assertThat(listing(1, catalogue(200, 100)).stream().count()).isEqualTo(200);
        assertThat(fetched).containsExactly("0:0", "0:100");
    }

    @Test
    void everySegmentIsListedInTurn() {
        assertThat(listing(3, catalogue(5, 2)).stream().count()).isEqualTo(15);
        assertThat(fetched).containsExactly("0:0", "0:2", "0:4", "1:0", "1:2", "1:4", "2:0", "2:2", "2:4");
    }

    @Test
    void theSamePageAgainAndAgainEndsTheListingWithAProtocolErrorAfterReturningItOnce() {
        PagedListing liar = listing(1, (segment, offset) -> new CloudPage(List.of(image("a"), image("b")), 1_000_000));
        List<Image> returned = new ArrayList<>();

        assertThatThrownBy(() -> liar.stream().forEach(returned::add))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("only images it had already returned");
        assertThat(returned).extracting(Image::id).containsExactly("a", "b");
    }

    @Test
    void pagesThatTakeTurnsEndTheListingToo() {
        PagedListing liar = listing(1, (segment, offset) -> {
            fetched.add(segment + ":" + offset);
            return new CloudPage(List.of(image(offset % 4 == 0 ? "a" : "b"), image("c")), 1_000_000);
        });

        assertThatThrownBy(() -> liar.stream().count()).isInstanceOf(ProtocolException.class);
        assertThat(fetched).containsExactly("0:0", "0:2", "0:4");
    }

    @Test
    void aCallerKeepingItsOwnCursorIsStoppedByTheSamePageAgain() {
        PagedListing liar = listing(1, (segment, offset) -> new CloudPage(List.of(image("a"), image("b")), 1_000_000));

        Page<Image> first = liar.page(null);

        assertThatThrownBy(() -> liar.page(first.nextCursor())).isInstanceOf(ProtocolException.class);
    }

    @Test
    void anImageAnsweredAgainOnALaterPageIsReturnedOnce() {
        List<List<Image>> pages = List.of(List.of(image("a"), image("b")), List.of(image("b"), image("c")));
        PagedListing overlapping = listing(1, (segment, offset) -> new CloudPage(pages.get(offset / 2), 4));

        assertThat(overlapping.stream().map(Image::id)).containsExactly("a", "b", "c");
    }

    @Test
    void theSameImageInTwoZonesIsTwoImages() {
        PagedListing zonal = listing(1, (segment, offset) ->
                new CloudPage(List.of(image("a", "zone-1"), image("a", "zone-2")), 2));

        assertThat(zonal.stream().map(Image::zone)).containsExactly("zone-1", "zone-2");
    }

    @Test
    void anEmptyPageWhileTheTotalSaysMoreRemainIsAProtocolError() {
        PagedListing liar = listing(1, (segment, offset) ->
                new CloudPage(offset == 0 ? List.of(image("a")) : List.of(), 50));

        assertThatThrownBy(() -> liar.stream().count())
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("empty page at offset 1")
                .hasMessageContaining("50");
    }

    @Test
    void aTotalNoRegionCouldHoldIsRefusedAtTheFirstPage() {
        PagedListing liar = listing(1, (segment, offset) -> {
            fetched.add(segment + ":" + offset);
            return new CloudPage(List.of(image("img-" + offset)), 1_000_000_000_000L);
        });

        assertThatThrownBy(() -> liar.stream().count())
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("1000000000000");
        assertThat(fetched).hasSize(1);
    }

    @Test
    void aTotalThatGrowsWhileTheListingRunsDoesNotExtendIt() {
        PagedListing growing = listing(1, (segment, offset) ->
                new CloudPage(List.of(image("img-" + offset)), offset == 0 ? 3 : 999_999));

        assertThat(growing.stream().count()).isEqualTo(3);
    }

    @Test
    void aTotalThatShrinksEndsTheListingSooner() {
        PagedListing shrinking = listing(1, (segment, offset) ->
                new CloudPage(List.of(image("img-" + offset)), offset == 0 ? 10 : 2));

        assertThat(shrinking.stream().count()).isEqualTo(2);
    }

    @Test
    void aCloudThatGivesNoTotalIsPagedUntilAnEmptyPage() {
        PagedListing untold = listing(1, (segment, offset) ->
                new CloudPage(offset < 6 ? List.of(image("a" + offset), image("b" + offset)) : List.of(), CloudPage.NO_TOTAL));

        assertThat(untold.stream().count()).isEqualTo(6);
    }

    @Test
    void theQuerysClientSideCriteriaApplyAfterTheCloudPaged() {
        ImageQuery privateOnly = ImageQuery.builder().types(ImageType.PRIVATE).build();
        PagedListing listing = PagedListing.of("p", privateOnly, "DescribeImages", 1, (segment, offset) ->
                new CloudPage(List.of(image("pub"), image("priv").toBuilder().type(ImageType.PRIVATE).build()), 2));

        assertThat(listing.stream().map(Image::id)).containsExactly("priv");
    }

    @Test
    void aCursorOfAnotherListingIsRefused() {
        String cursor = listing(2, catalogue(10, 2)).page(null).nextCursor();
        ImageQuery other = ImageQuery.builder().types(ImageType.PRIVATE).build();

        assertThatThrownBy(() -> PagedListing.of("p", other, "DescribeImages", 2, catalogue(10, 2)).page(cursor))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aCursorForASegmentTheListingDoesNotHaveIsRefused() {
        String beyond = Cursors.encode("p", ALL, "5:0:-1:0");
        String garbled = Cursors.encode("p", ALL, "x:y");

        assertThatThrownBy(() -> listing(2, catalogue(10, 2)).page(beyond)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not one this library issued for this query");
        assertThatThrownBy(() -> listing(2, catalogue(10, 2)).page(garbled)).isInstanceOf(InvalidRequestException.class);
    }
}
