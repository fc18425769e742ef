package io.cloudimages.spi;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionTest {

    private static final Action IMPORT = Action.write("ImportImage", 10);

    @Test
    void aDryRunIsTheSameActionRetriableLikeARead() {
        Action dryRun = IMPORT.dryRun();

        assertThat(dryRun.name()).isEqualTo("ImportImage");
        assertThat(dryRun.requestsPerSecond()).isEqualTo(10);
        assertThat(dryRun.idempotent()).isTrue();
        assertThat(IMPORT.idempotent()).isFalse();
    }

    @Test
    void aLimitOutsideTwoToAHundredThousandIsRefused() {
        assertThatThrownBy(() -> Action.read("DescribeImages", 1)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("from 2 to 100000");
        assertThatThrownBy(() -> Action.read("DescribeImages", 100_001)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anOverrideOutOfRangeIsRefusedWhenItIsSetNotWhenTheFirstCallIsMade() {
        assertThatThrownBy(() -> ProviderSettings.builder().rateLimit("DescribeImages", 0))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("rate limit for DescribeImages");
    }

    @Test
    void anOverrideOfAnActionTheProviderLacksNamesTheActionsItHas() {
        ImageProvider provider = new ImageProvider() {
            @Override public String id() { return "acme"; }
            @Override public String displayName() { return "Acme"; }
            @Override public Set<Capability> capabilities() { return Set.of(); }
            @Override public List<Action> actions() { return List.of(IMPORT, Action.read("ListImages", 20)); }
            @Override public ImageService create(ProviderSettings settings) { throw new UnsupportedOperationException(); }
        };

        assertThat(provider.requireAction("ListImages").requestsPerSecond()).isEqualTo(20);
        assertThatThrownBy(() -> provider.requireAction("ListImage"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("provider acme has no action \"ListImage\" to set a rate limit for; its actions:"
                        + " ImportImage, ListImages");
    }
}
