package io.cloudimages.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    /** Three pages: [0,1], [] (filtered out on the client), [2]. */
    private static final class ThreePages implements Function<String, Page<Integer>> {
        final List<String> fetched = new ArrayList<>();

        @Override
        public Page<Integer> apply(String cursor) {
            fetched.add(String.valueOf(cursor));
            if (cursor == null) {
                return new Page<>(List.of(0, 1), "second");
            }
            if (cursor.equals("second")) {
                return new Page<>(List.of(), "third");
            }
            return Page.last(List.of(2));
        }
    }

    @Test
    void theStreamWalksEveryPageIncludingEmptyOnes() {
        assertThat(Page.stream(new ThreePages()).toList()).containsExactly(0, 1, 2);
    }

    @Test
    void nothingIsFetchedBeforeTheStreamIsConsumed() {
        ThreePages pages = new ThreePages();

        Page.stream(pages);

        assertThat(pages.fetched).isEmpty();
    }

    @Test
    void stoppingEarlyFetchesNoFurtherPage() {
        ThreePages pages = new ThreePages();

        assertThat(Page.stream(pages).limit(2).toList()).containsExactly(0, 1);
        assertThat(pages.fetched).containsExactly("null");
    }

    @Test
    void aListingThatHandsBackItsOwnCursorIsStoppedInsteadOfLoopingForever() {
        assertThatThrownBy(() -> Page.stream(cursor -> new Page<>(List.of(1), "same")).limit(10).toList())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void itemsCannotBeChanged() {
        List<Integer> items = new ArrayList<>(List.of(1));
        Page<Integer> page = Page.last(items);
        items.add(2);

        assertThat(page.items()).containsExactly(1);
        assertThatThrownBy(() -> page.items().add(3)).isInstanceOf(UnsupportedOperationException.class);
    }
}
