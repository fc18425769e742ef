package io.cloudimages.core.paging;

import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagePositionTest {

    private static final ImageQuery QUERY = ImageQuery.builder().types(ImageType.PRIVATE, ImageType.SHARED).build();

    @Test
    void noCursorIsTheStart() {
        assertThat(PagePosition.of("p", QUERY, null, 2)).isEqualTo(new PagePosition(0, 0));
    }

    @Test
    void moreInTheSegmentMovesTheOffsetOnByThePage() {
        String next = new PagePosition(0, 100).next("p", QUERY, true, 100, 2);

        assertThat(PagePosition.of("p", QUERY, next, 2)).isEqualTo(new PagePosition(0, 200));
    }

    @Test
    void anEndedSegmentGoesOnToTheNextFromItsStart() {
        String next = new PagePosition(0, 100).next("p", QUERY, false, 37, 2);

        assertThat(PagePosition.of("p", QUERY, next, 2)).isEqualTo(new PagePosition(1, 0));
    }

    @Test
    void theLastSegmentsEndIsTheListingsEnd() {
        assertThat(new PagePosition(1, 0).next("p", QUERY, false, 3, 2)).isNull();
    }

    @Test
    void aCursorForASegmentTheQueryDoesNotHaveIsRefused() {
        String beyond = Cursors.encode("p", QUERY, "5:0");
        String garbled = Cursors.encode("p", QUERY, "x:y");

        assertThatThrownBy(() -> PagePosition.of("p", QUERY, beyond, 2)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not one this library issued for this query");
        assertThatThrownBy(() -> PagePosition.of("p", QUERY, garbled, 2)).isInstanceOf(InvalidRequestException.class);
    }
}
