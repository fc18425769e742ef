package io.cloudimages;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "carriage\rreturn", "tab\there", "escape\u001b[31m", "delete\u007f"})
    void aSessionTokenWithAControlCharacterIsRefusedWithoutShowingAnyOfIt(String token) {
        assertThatThrownBy(() -> Credentials.of("AKIDabcdefgh", SECRET, token))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("the session token contains a control character (a line break?); remove it");
    }

    @Test
    void everyFieldIsCheckedForControlCharactersAndNamedWhenRefused() {
        assertThatThrownBy(() -> Credentials.of("AKID\nSECRETPART", SECRET))
                .hasMessage("the access key id contains a control character (a line break?); remove it");
        assertThatThrownBy(() -> Credentials.of("AKIDabcdefgh", "Gu5t9x\nSECRETPART"))
                .hasMessage("the secret key contains a control character (a line break?); remove it");
        assertThatThrownBy(() -> Credentials.of("AKIDabcdefgh", SECRET).withProjectId("org-\nSECRETPART"))
                .hasMessage("the project id contains a control character (a line break?); remove it");
    }

    @Test
    void aTrailingLineBreakIsReportedAsAControlCharacterNotAsBlanks() {
        assertThatThrownBy(() -> Credentials.of("AKIDabcdefgh\n", SECRET))
                .hasMessageContaining("control character");
    }

    @Test
    void aKeyWithACharacterBeyondAsciiIsRefusedWithoutShowingIt() {
        // the JDK's HTTP client refuses such a header value by quoting it, Authorization header included
        assertThatThrownBy(() -> Credentials.of("AKID\u4e2d\u6587", SECRET))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("the access key id contains a character that is not ASCII")
                .hasMessageNotContaining("\u4e2d");
        assertThatThrownBy(() -> Credentials.of("AKIDabcdefgh", SECRET, "tok\u2028en"))
                .hasMessageStartingWith("the session token contains a character that is not ASCII");
    }

    @Test
    void settingsDescribeTheirCredentialsByKindOnly() {
        ProviderSettings settings = ProviderSettings.builder().credentials(Credentials.of("AKIDabcdefgh", SECRET)).build();

        assertThat(settings.toString()).doesNotContain(SECRET).doesNotContain("AKIDabcdefgh");
    }
}
