package io.cloudimages.cli;

/**
 * Text from a cloud made safe for a terminal. Names and descriptions of shared and marketplace
 * images are written by other accounts: an escape sequence in one could clear the screen or
 * rewrite what was printed, and a bidirectional override could reorder it.
 */
final class Printable {

    private Printable() {
    }

    /** The text with control characters and bidirectional overrides replaced by {@code ?}. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.getType(c) == Character.CONTROL || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            if (unsafe && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(unsafe ? '?' : c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
