package io.cloudimages.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImagePickerTest {

    private static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");

    private static Image.Builder ubuntu(String id, String version, Instant created) {
        return Image.builder().provider("p").region("r").id(id).name(id)
                .os(new OperatingSystem(OsFamily.UBUNTU, "Ubuntu " + version, version == null ? null : Version.of(version),
                        Architecture.X86_64, null))
                .type(ImageType.PUBLIC).state(ImageState.AVAILABLE).createdAt(created);
    }

    private static String pick(ImageQuery query, Image.Builder... images) {
        return ImagePicker.pick(List.of(images).stream().map(Image.Builder::build).toList(), query).map(Image::id).orElse(null);
    }

    @Test
    void theHighestVersionIsPickedComparedNumerically() {
        assertThat(pick(ImageQuery.all(), ubuntu("a", "9.10", JUNE), ubuntu("b", "22.04", MAY))).isEqualTo("b");
    }

    @Test
    void amongEqualVersionsTheNewestIsPickedThenTheSmallestId() {
        assertThat(pick(ImageQuery.all(), ubuntu("a", "22.04", MAY), ubuntu("b", "22.04", JUNE))).isEqualTo("b");
        assertThat(pick(ImageQuery.all(), ubuntu("b", "22.04", MAY), ubuntu("a", "22.04", MAY))).isEqualTo("a");
    }

    @Test
    void versionsWrittenDifferentlyButEqualInNumberAreEqualSoTheNewerIsPicked() {
        assertThat(pick(ImageQuery.all(), ubuntu("a", "22.4", MAY), ubuntu("b", "22.04", JUNE))).isEqualTo("b");
        assertThat(pick(ImageQuery.all(), ubuntu("a", "22.04", MAY), ubuntu("b", "22.4", JUNE))).isEqualTo("b");
    }

    @Test
    void anUnknownCreationTimeComesAfterAKnownOne() {
        assertThat(pick(ImageQuery.all(), ubuntu("a", "22.04", null), ubuntu("b", "22.04", MAY))).isEqualTo("b");
    }

    @Test
    void onlyAnAvailableImageIsPicked() {
        assertThat(pick(ImageQuery.all(), ubuntu("a", "22.04", MAY),
                ubuntu("b", "22.04.3", JUNE).state(ImageState.FAILED),
                ubuntu("c", "24.04", JUNE).state(ImageState.IN_USE))).isEqualTo("a");
        assertThat(pick(ImageQuery.all(), ubuntu("b", "22.04.3", JUNE).state(ImageState.CREATING))).isNull();
    }

    @Test
    void aDeprecatedImageIsPickedOnlyWhenTheQueryIncludesThem() {
        Image.Builder current = ubuntu("a", "22.04", MAY);
        Image.Builder deprecated = ubuntu("b", "22.04.3", JUNE).deprecated(true);

        assertThat(pick(ImageQuery.all(), current, deprecated)).isEqualTo("a");
        assertThat(pick(ImageQuery.builder().includeDeprecated(true).build(), current, deprecated)).isEqualTo("b");
    }

    @Test
    void anImageOfUnknownVersionIsNeverPickedForAVersionAndLastOtherwise() {
        Image.Builder unknown = ubuntu("a", null, JUNE);
        Image.Builder dash = ubuntu("b", "-", JUNE);
        Image.Builder old = ubuntu("c", "9.10", MAY);

        assertThat(pick(ImageQuery.all(), unknown, dash, old)).isEqualTo("c");
        assertThat(pick(ImageQuery.builder().osVersion(">=1").build(), unknown, dash)).isNull();
        assertThat(pick(ImageQuery.all(), unknown, dash)).isEqualTo("a");
    }

    @Test
    void theArchitectureAskedForIsPicked() {
        Image.Builder x86 = ubuntu("a", "22.04", MAY);
        Image.Builder arm = ubuntu("b", "22.04", JUNE).os(new OperatingSystem(OsFamily.UBUNTU, "Ubuntu 22.04 ARM",
                Version.of("22.04"), Architecture.ARM64, null));

        assertThat(pick(ImageQuery.builder().architectures(Architecture.X86_64).build(), x86, arm)).isEqualTo("a");
        assertThat(pick(ImageQuery.all(), x86, arm)).isEqualTo("b");
    }

    @Test
    void sortingByTheOrderPutsThePickFirstWhateverTheOrderGiven() {
        List<Image> images = new ArrayList<>(List.of(ubuntu("e", null, JUNE).build(), ubuntu("d", "9.10", JUNE).build(),
                ubuntu("c", "22.04", MAY).build(), ubuntu("b", "22.04", JUNE).build(), ubuntu("a", "22.04", JUNE).build(),
                ubuntu("a", "22.04", JUNE).zone("z-2").build(), ubuntu("a", "22.04", JUNE).zone("z-1").build()));
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            Collections.shuffle(images);
            List<String> ranked = images.stream().sorted(ImagePicker.BEST_FIRST)
                    .map(i -> i.id() + (i.zone() == null ? "" : "@" + i.zone())).toList();

            assertThat(ranked).containsExactly("a", "a@z-1", "a@z-2", "b", "c", "d", "e");
        }
    }

    @Test
    void theListingQueryAsksForAvailableImagesOnly() {
        assertThat(ImagePicker.listingQuery(ImageQuery.all())).get().extracting(ImageQuery::states)
                .isEqualTo(java.util.Set.of(ImageState.AVAILABLE));
        ImageQuery several = ImageQuery.builder().states(ImageState.AVAILABLE, ImageState.FAILED).build();
        assertThat(ImagePicker.listingQuery(several)).contains(several);
        assertThat(ImagePicker.listingQuery(ImageQuery.builder().states(ImageState.FAILED).build())).isEmpty();
    }
}
