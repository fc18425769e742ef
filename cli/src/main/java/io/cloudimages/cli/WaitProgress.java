package io.cloudimages.cli;

import io.cloudimages.ImageStateChange;
import io.cloudimages.ImageWaiter;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The line a wait draws on stderr when stderr is a terminal: the image's state and how long the
 * wait has lasted, redrawn at each change and every second, and erased at the end. It is the
 * waiter's listener, and its sleeper too: a pause is slept a second at a time, so that the time
 * shown moves.
 */
final class WaitProgress implements Consumer<ImageStateChange>, ImageWaiter.Sleeper, AutoCloseable {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final PrintWriter err;
    private final boolean enabled;
    private final Clock clock;
    private final ImageWaiter.Sleeper sleeper;
    private final Instant start;
    private final String subject;
    private String state = "looking";
    private String imageId;
    private boolean drawn;

    /** @param subject what is waited for, as the line names it */
    WaitProgress(CliEnvironment environment, String subject) {
        this.err = environment.err();
        this.enabled = environment.waitProgress();
        this.clock = environment.clock();
        this.sleeper = environment.sleeper();
        this.start = clock.instant();
        this.subject = subject;
    }

    @Override
    public void accept(ImageStateChange change) {
        if (change.imageId() != null) {
            imageId = change.imageId();
        }
        state = change.found() ? Names.state(change.image().state(), change.image().rawState()) : "not listed yet";
        draw();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!enabled) {
            sleeper.sleep(duration);
            return;
        }
        for (Duration left = duration; left.compareTo(Duration.ZERO) > 0; left = left.minus(TICK)) {
            sleeper.sleep(left.compareTo(TICK) < 0 ? left : TICK);
            draw();
        }
    }

    /** The id of the image the wait found, if it found it. */
    String imageId() {
        return imageId;
    }

    private void draw() {
        if (enabled) {
            err.print("\r\033[K" + Printable.text("waiting for " + subject + ": " + state + ", "
                    + text(Duration.between(start, clock.instant()))));
            err.flush();
            drawn = true;
        }
    }

    /** Clears the line, so that a message can be printed. */
    @Override
    public void close() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /** "1h2m3s", "30m", "0s": whole seconds, as {@code --wait-timeout} is written. */
    static String text(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        String text = (seconds >= 3600 ? seconds / 3600 + "h" : "") + (seconds % 3600 >= 60 ? seconds % 3600 / 60 + "m" : "")
                + (seconds % 60 > 0 ? seconds % 60 + "s" : "");
        return text.isEmpty() ? "0s" : text;
    }
}
