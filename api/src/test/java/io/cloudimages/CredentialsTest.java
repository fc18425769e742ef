package io.cloudimages;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialsTest {

    private static final String SECRET = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final String TOKEN = "temporary-token-value-123";

    @Test
    void toStringShowsNeitherTheSecretNorTheTokenNorTheWholeKeyId() {
        Credentials credentials = Credentials.of("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SECRET, TOKEN).withProjectId("org-1");

        assertThat(credentials.toString())
                .doesNotContain(SECRET)
                .doesNotContain(TOKEN)
                .doesNotContain("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE")
                .contains("AKID****MPLE")
                .contains("org-1");
    }

    @Test
    void shortKeyIdsAreHiddenEntirely() {
        assertThat(Credentials.of("short", SECRET).maskedAccessKeyId()).isEqualTo("****");
    }

    @Test
    void keysWithBlanksAroundThemAreRefusedBecauseTheCloudsWouldRejectThemConfusingly() {
        assertThatThrownBy(() -> Credentials.of("AKID ", SECRET))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("blanks");
    }

    @Test
    void aMissingSecretIsRefusedWithoutEchoingAnything() {
        assertThatThrownBy(() -> Credentials.of("AKID", " "))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("secret key is missing");
    }

    @Test
    void settingsDescribeTheirCredentialsByKindOnly() {
        ProviderSettings settings = ProviderSettings.builder().credentials(Credentials.of("AKIDabcdefgh", SECRET)).build();

        assertThat(settings.toString()).doesNotContain(SECRET).doesNotContain("AKIDabcdefgh");
    }
}
