package io.cloudimages.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** What a hostile cloud answers with, and the check that none of it reached the terminal raw. */
final class HostileText {

    /**
     * A name with an ECMA-48 escape sequence that clears the screen, CSI as one C1 character,
     * DEL, a right-to-left override, a line separator, a right-to-left mark and a zero-width space.
     */
    static final String NAME = "evil\u001b[2J\u009b31m\u007fname\u202egnp.exe\u2028\u200f\u200bend";
    /** {@link #NAME} as the terminal shows it. */
    static final String NAME_SHOWN = "evil?[2J?31m?name?gnp.exe???end";
    /** An image id holding an operating system command that retitles the terminal window. */
    static final String IMAGE_ID = "img-\u001b]0;pwned\u0007";
    static final String IMAGE_ID_SHOWN = "img-?]0;pwned?";
    /** A request id holding an escape sequence, CSI and a right-to-left override. */
    static final String REQUEST_ID = "req-\u001b[31m\u009b2J\u202e";
    static final String REQUEST_ID_SHOWN = "req-?[31m?2J?";

    private HostileText() {
    }

    /** No control, format or separator character but the line breaks the command writes itself. */
    static void assertPrintedSafely(String printed) {
        assertThat(printed)
                .doesNotContain("\u001b", "\u009b", "\u007f", "\u202e", "\u2028", "\u200f", "\u200b", "\u0007")
                .doesNotContainPattern("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}&&[^\\n]]");
    }
}
