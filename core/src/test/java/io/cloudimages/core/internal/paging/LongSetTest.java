package io.cloudimages.core.internal.paging;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LongSetTest {

    @Test
    void aValueIsAddedOnce() {
        LongSet set = new LongSet();

        assertThat(set.add(42)).isTrue();
        assertThat(set.add(42)).isFalse();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void zeroIsAValueLikeAnyOther() {
        LongSet set = new LongSet();

        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void itAgreesWithAHashSetOverManyValuesAndGrowths() {
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long value = random.nextInt(100_000) * 0x1_0000_0000L; // only high bits differ, the hard case for probing
            assertThat(set.add(value)).isEqualTo(expected.add(value));
        }
        assertThat(set.size()).isEqualTo(expected.size());
    }
}
