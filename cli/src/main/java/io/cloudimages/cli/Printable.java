package io.cloudimages.cli;

/**
 * Text from a cloud made safe for a terminal. Names and descriptions of shared and marketplace
 * images are written by other accounts, and ids and messages come from a cloud we do not control:
 * an escape sequence in one could clear the screen or rewrite what was printed, and a
 * bidirectional control could reorder it.
 *
 * <p>A character is unsafe when its Unicode general category is
 * <ul>
 * <li>Cc: the C0 controls, DEL and the C1 controls, which start or are ECMA-48 control functions
 *     (ESC, and U+009B, CSI in one character);
 * <li>Cf: format characters, invisible by definition: the bidirectional controls of Unicode
 *     Standard Annex #9 (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), zero-width
 *     characters, the byte order mark;
 * <li>Zl and Zp: U+2028 and U+2029, which some terminals and viewers take as line breaks.
 * </ul>
 */
final class Printable {

    /** What an unsafe character becomes in a table or a line; a tab becomes a space. */
    static final char REPLACEMENT = '?';

    private Printable() {
    }

    /** The text with each unsafe code point replaced by {@link #REPLACEMENT}, and each tab by a space. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean unsafe = unsafe(codePoint);
            if (unsafe && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (unsafe) {
                safe.append(codePoint == '\t' ? ' ' : REPLACEMENT);
            } else if (safe != null) {
                safe.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return safe == null ? text : safe.toString();
    }

    /** Whether a terminal could act on this character, or would not show it. */
    static boolean unsafe(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
