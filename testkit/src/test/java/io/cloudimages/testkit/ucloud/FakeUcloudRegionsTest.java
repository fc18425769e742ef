package io.cloudimages.testkit.ucloud;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The regions a fake UCloud can serve are UCloud's own, each with its own zones. */
class FakeUcloudRegionsTest {

    @Test
    void aRegionIsServedInItsOwnZones() {
        FakeUcloud hongKong = FakeUcloud.withDefaultCatalogue("hk");

        assertThat(FakeUcloud.REGIONS.get("hk")).containsExactly("hk-02", "hk-03");
        assertThat(hongKong.imageIds()).isNotEmpty();
    }

    @Test
    void aRegionUcloudDoesNotHaveCannotBeServed() {
        assertThatThrownBy(() -> FakeUcloud.withDefaultCatalogue("cn-bj9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no region \"cn-bj9\"").hasMessageContaining("cn-bj2, ");
    }
}
