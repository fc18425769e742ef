package io.cloudimages.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Small text helpers the model's builders and enums share. */
public final class Text {

    private Text() {
    }

    /** Null for null or blank text, else the text without surrounding blanks. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The constant whose id equals the text, ignoring case and surrounding blanks. */
    public static <E> Optional<E> byId(E[] values, Function<E, String> id, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (E value : values) {
            if (id.apply(value).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
