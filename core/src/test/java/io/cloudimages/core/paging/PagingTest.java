package io.cloudimages.core.paging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OperatingSystem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    @Test
    void idsAreBatchedAndNoIdsIsOneEmptyBatch() {
        ImageQuery twelve = ImageQuery.builder().ids("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l").build();

        assertThat(Paging.idBatches(twelve, 5)).containsExactly(List.of("a", "b", "c", "d", "e"),
                List.of("f", "g", "h", "i", "j"), List.of("k", "l"));
        assertThat(Paging.idBatches(ImageQuery.all(), 5)).containsExactly(List.of());
    }

    @Test
    void thePageSizeIsTheQuerysUpToTheCloudsLargest() {
        assertThat(Paging.pageSize(ImageQuery.all(), 100)).isEqualTo(100);
        assertThat(Paging.pageSize(ImageQuery.builder().pageSize(7).build(), 100)).isEqualTo(7);
        assertThat(Paging.pageSize(ImageQuery.builder().pageSize(500).build(), 100)).isEqualTo(100);
    }

}
