package io.cloudimages.core.paging;

import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTest {

    private static final ImageQuery QUERY = ImageQuery.builder().types(ImageType.PUBLIC, ImageType.PRIVATE).pageSize(50).build();
    /** {@link #QUERY}'s fingerprint as the library computed it before queries had an OS version and architectures. */
    private static final String PRE_VERSION_FINGERPRINT = "7cdbf0afe8fc519e";

    @Test
    void aCursorCarriesTheProvidersStateBack() {
        String cursor = Cursors.encode("tencent-v3", QUERY, "offset=100");

        assertThat(Cursors.decode("tencent-v3", QUERY, cursor)).isEqualTo("offset=100");
    }

    @Test
    void anEqualQueryBuiltInAnotherOrderAcceptsTheCursor() {
        String cursor = Cursors.encode("p", QUERY, "s");
        ImageQuery same = ImageQuery.builder().pageSize(50).types(ImageType.PRIVATE, ImageType.PUBLIC).build();

        assertThat(Cursors.decode("p", same, cursor)).isEqualTo("s");
    }

    @Test
    void aCursorOfAnotherQueryOrProviderIsRefused() {
        String cursor = Cursors.encode("p", QUERY, "s");

        assertThatThrownBy(() -> Cursors.decode("p", ImageQuery.all(), cursor))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("another query");
        assertThatThrownBy(() -> Cursors.decode("q", QUERY, cursor)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theOsVersionAndArchitectureBindTheCursorToo() {
        ImageQuery jammy = QUERY.toBuilder().osVersion("22.04").architectures(Architecture.X86_64).build();
        String cursor = Cursors.encode("p", jammy, "s");

        assertThat(Cursors.decode("p", jammy.toBuilder().build(), cursor)).isEqualTo("s");
        assertThatThrownBy(() -> Cursors.decode("p", QUERY, cursor)).isInstanceOf(InvalidRequestException.class);
        ImageQuery anotherVersion = QUERY.toBuilder().osVersion("22").architectures(Architecture.X86_64).build();
        ImageQuery anotherArchitecture = QUERY.toBuilder().osVersion("22.04").architectures(Architecture.ARM64).build();
        assertThatThrownBy(() -> Cursors.decode("p", anotherVersion, cursor)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Cursors.decode("p", anotherArchitecture, cursor)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aCursorOfAQueryWithoutTheCriteriaAddedLaterKeepsItsFingerprint() {
        assertThat(Cursors.fingerprint("p", QUERY)).isEqualTo(Cursors.fingerprint("p", QUERY.toBuilder().build()))
                .isEqualTo(PRE_VERSION_FINGERPRINT);
    }

    @Test
    void aCursorThisLibraryDidNotIssueIsRefused() {
        assertThatThrownBy(() -> Cursors.decode("p", QUERY, "offset=100"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not one this library issued");
    }

    @Test
    void cursorsAreSafeInUrls() {
        assertThat(Cursors.encode("p", QUERY, "a|b/c+d")).matches("[A-Za-z0-9_-]+");
    }
}
