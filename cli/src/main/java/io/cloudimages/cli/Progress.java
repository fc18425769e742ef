package io.cloudimages.cli;

import java.io.PrintWriter;

/**
 * A line on stderr counting what a long listing has fetched, redrawn at most ten times a second
 * and erased at the end. Only on a terminal: in a pipe or a log it would be noise.
 */
final class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long count;
    private long drawnAt;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void tick() {
        count++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (!drawn || now - drawnAt >= REDRAW_NANOS) {
            err.print("\rlisting images: " + count + " so far");
            err.flush();
            drawn = true;
            drawnAt = now;
        }
    }

    /** Clears the line, so that a message can be printed on stderr; the next tick redraws it. */
    void erase() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    @Override
    public void close() {
        erase();
    }
}
