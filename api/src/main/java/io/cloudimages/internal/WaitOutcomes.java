package io.cloudimages.internal;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ImageFailedException;
import io.cloudimages.exception.ImageVanishedException;
import io.cloudimages.exception.WaitTimeoutException;
import io.cloudimages.model.Image;

import java.time.Duration;

/** The errors that end a wait, with messages that say what the cloud reported and what to do next. */
public final class WaitOutcomes {

    /** What a message quotes of a cloud's state: a cloud may answer anything. */
    private static final int MAX_QUOTED = 64;

    private WaitOutcomes() {
    }

    public static ImageFailedException failed(ErrorContext context, Image image) {
        return new ImageFailedException(image.id() + " failed: the cloud reports it " + state(image)
                + "; it will not become available (an import fails when the cloud cannot read or convert the image"
                + " file: check its URL and format, then import it again under another name)", context, image.id(),
                image.state(), image.rawState());
    }

    /** The image had been found, and now is not. */
    public static ImageVanishedException vanished(ErrorContext context, Image lastSeen) {
        return new ImageVanishedException(lastSeen.id() + " is gone: it was " + state(lastSeen)
                + ", and the cloud no longer finds it (deleted, or a failed image the cloud removed)", context,
                lastSeen.id(), true);
    }

    /** The id was not known at the first look. */
    public static ImageVanishedException unknown(ErrorContext context, String imageId, String region) {
        return new ImageVanishedException("no image " + imageId + " in " + region + ", so nothing to wait for: check the id",
                context, imageId, false);
    }

    /**
     * @param imageId  the image's id, or null when it was looked for by name and never found
     * @param name     the name it was looked for by, when it had no id
     * @param lastSeen the image as last found, or null
     * @param failure  the error of the last poll, if it failed
     */
    public static WaitTimeoutException timedOut(ErrorContext context, String imageId, String name, Image lastSeen,
                                                Duration timeout, Throwable failure) {
        String what = imageId != null ? imageId : "the image named \"" + quoted(name) + "\"";
        StringBuilder detail = new StringBuilder(what);
        if (lastSeen != null) {
            detail.append(" is still ").append(state(lastSeen)).append(" after ").append(describe(timeout));
        } else {
            detail.append(" was not found within ").append(describe(timeout))
                    .append(" (a cloud may take a while to list a new image)");
        }
        detail.append(": stopped waiting, but the cloud goes on with it (waiting never cancels an import); look again later");
        detail.append(imageId != null ? " with get(\"" + imageId + "\") or waitUntilAvailable(\"" + imageId + "\")"
                : " for an image of that name");
        if (failure != null) {
            detail.append("; the last poll failed: ").append(failure.getMessage());
        }
        return new WaitTimeoutException(detail.toString(), context, imageId, lastSeen == null ? null : lastSeen.state(),
                lastSeen == null ? null : lastSeen.rawState(), timeout, failure);
    }

    /** "importing (IMPORTING)": the normalised state and the cloud's own word. */
    public static String state(Image image) {
        return image.rawState() == null ? image.state().id() : image.state().id() + " (" + quoted(image.rawState()) + ")";
    }

    /** "30m", "1h30m", "90s", "1.5s": as the command line writes durations. */
    public static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (duration.toMillis() % 1000 != 0 || seconds == 0) {
            return duration.toMillis() / 1000.0 + "s";
        }
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 > 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }

    private static String quoted(String cloudText) {
        return cloudText.length() <= MAX_QUOTED ? cloudText : cloudText.substring(0, MAX_QUOTED) + "...";
    }
}
