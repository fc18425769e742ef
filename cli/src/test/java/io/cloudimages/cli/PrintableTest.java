package io.cloudimages.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTest {

    @Test
    void c0ControlsAndDelBecomeQuestionMarks() {
        assertThat(Printable.text("a\u001b[2Jb\u0007c\u007fd\re\nf")).isEqualTo("a?[2Jb?c?d?e?f");
    }

    @Test
    void c1ControlsBecomeQuestionMarks() {
        assertThat(Printable.text("a\u009b2Jb\u0085c\u0090d")).isEqualTo("a?2Jb?c?d");
    }

    @Test
    void bidirectionalControlsBecomeQuestionMarks() {
        assertThat(Printable.text("a\u202eb\u202ac\u2066d\u2069e\u200ef\u200fg\u061ch")).isEqualTo("a?b?c?d?e?f?g?h");
    }

    @Test
    void lineAndParagraphSeparatorsBecomeQuestionMarks() {
        assertThat(Printable.text("a\u2028b\u2029c")).isEqualTo("a?b?c");
    }

    @Test
    void invisibleFormatCharactersBecomeQuestionMarks() {
        assertThat(Printable.text("a\u200bb\u200dc\ufeffd\u00ade")).isEqualTo("a?b?c?d?e");
    }

    @Test
    void aFormatCharacterBeyondTheBasicPlaneBecomesOneQuestionMark() {
        assertThat(Printable.text("a\udb40\udc01b")).isEqualTo("a?b");
    }

    @Test
    void aTabBecomesASpace() {
        assertThat(Printable.text("\tat x")).isEqualTo(" at x");
    }

    @Test
    void chineseTextAndEmojiAreKeptAsTheyAre() {
        String text = "CentOS 7.9 64位 数据中心版 \ud83d\ude80 é";

        assertThat(Printable.text(text)).isSameAs(text);
    }

    @Test
    void nullStaysNull() {
        assertThat(Printable.text(null)).isNull();
    }
}
