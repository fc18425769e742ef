package io.cloudimages;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderSettingsTest {

    private static final SettingKey<StringBuilder> KEY = SettingKey.of("test.builder", StringBuilder.class);

    @Test
    void defaultsAreSafeForProduction() {
        ProviderSettings settings = ProviderSettings.builder().region("ap-guangzhou").build();

        assertThat(settings.credentials()).isEqualTo(CredentialsSource.defaultChain());
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.endpoint()).isEmpty();
    }

    @Test
    void extensionsAreTypedByTheirKey() {
        StringBuilder value = new StringBuilder("x");
        ProviderSettings settings = ProviderSettings.builder().extension(KEY, value).build();

        assertThat(settings.extension(KEY)).containsSame(value);
        assertThat(settings.extension(SettingKey.of("test.builder", StringBuilder.class))).isEmpty();
    }

    @Test
    void toBuilderKeepsEverything() {
        ProviderSettings settings = ProviderSettings.builder().region("r").rateLimit("A", 5).property("site", "intl")
                .maxAttempts(5).build();

        ProviderSettings copy = settings.toBuilder().build();

        assertThat(copy.rateLimits()).isEqualTo(settings.rateLimits());
        assertThat(copy.properties()).isEqualTo(settings.properties());
        assertThat(copy.maxAttempts()).isEqualTo(5);
    }

    @Test
    void outOfRangeValuesAreRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> ProviderSettings.builder().maxAttempts(0))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("between 1 and 10");
        assertThatThrownBy(() -> ProviderSettings.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("positive");
    }

    @Test
    void aBlankRegionIsNoRegion() {
        assertThat(ProviderSettings.builder().region("  ").build().region()).isNull();
    }
}
