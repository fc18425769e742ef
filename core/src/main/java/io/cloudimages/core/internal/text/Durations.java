package io.cloudimages.core.internal.text;

import java.time.Duration;

/** Durations as messages show them. */
public final class Durations {

    private Durations() {
    }

    /** "30 s" for whole seconds, else "1500 ms". */
    public static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
