package io.cloudimages.cli;

import io.cloudimages.ImageService;
import io.cloudimages.ImageWaiter;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ImageFailedException;
import io.cloudimages.exception.ImageVanishedException;
import io.cloudimages.exception.WaitTimeoutException;
import io.cloudimages.model.Image;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * A wait for an image as the commands make it: a progress line on a terminal, Ctrl-C stopping the
 * wait and never the import, and a timeout (exit 8) that says how to wait again.
 */
final class Waiting {

    private final CliEnvironment environment;
    private final ImageService service;
    private final WaitOptions options;
    private final boolean afterImport;
    private final Function<String, String> again;

    /**
     * @param afterImport whether the image is the one an import of this run made
     * @param again       the command that waits again for an image id, or finds the image when the id is null
     */
    Waiting(CliEnvironment environment, ImageService service, WaitOptions options, boolean afterImport,
            Function<String, String> again) {
        this.environment = environment;
        this.service = service;
        this.options = options;
        this.afterImport = afterImport;
        this.again = again;
    }

    /**
     * Waits as {@code wait} says, for the image of this id (or, with none, of this name). Empty when
     * Ctrl-C stopped the wait, which has then been reported.
     *
     * @throws CommandFailure for a timeout, or after an import, for an error that is not the image's own
     */
    Optional<Image> run(String imageId, String name, Function<ImageWaiter, Image> wait) {
        String subject = subject(imageId, name);
        try (SignalStop signal = SignalStop.install(); WaitProgress progress = new WaitProgress(environment, subject)) {
            ImageWaiter waiter = ImageWaiter.builder(service).timeout(options.timeoutOrDefault()).listener(progress)
                    .clock(environment.clock()).sleeper(progress).build();
            try {
                return Optional.of(wait.apply(waiter));
            } catch (CancellationException stopped) {
                // handled: the wait is what the interrupt stops, and it has stopped
                Thread.interrupted();
                progress.close();
                environment.err().println(Failure.PREFIX + Failure.oneLine("stopped waiting for " + subject + "; "
                        + goesOn() + ": " + next(progress.imageId() != null ? progress.imageId() : imageId)));
                environment.err().flush();
                return Optional.empty();
            } catch (WaitTimeoutException timedOut) {
                throw CommandFailure.of(ExitCode.WAIT_TIMED_OUT, timedOut(timedOut, name), timedOut);
            } catch (ImageFailedException | ImageVanishedException imagesOwn) {
                throw imagesOwn;
            } catch (CloudImagesException e) {
                if (!afterImport) {
                    throw e;
                }
                throw CommandFailure.of(Failure.exitCode(e), e.getMessage() + "; " + goesOn() + ": " + next(imageId), e);
            }
        }
    }

    private String timedOut(WaitTimeoutException e, String name) {
        StringBuilder message = new StringBuilder(subject(e.imageId(), name));
        message.append(e.lastState() == null ? " was not listed yet" : " is still " + Names.state(e.lastState(), e.lastRawState()));
        message.append(" after ").append(WaitProgress.text(e.timeout())).append("; ").append(goesOn()).append(": ")
                .append(next(e.imageId()));
        if (e.getCause() != null) {
            message.append("; the last poll failed: ").append(e.getCause().getMessage());
        }
        return message.toString();
    }

    private String goesOn() {
        return afterImport ? "the import goes on in the cloud (it is not cancelled)" : "the cloud goes on with it";
    }

    private String next(String imageId) {
        return (imageId != null ? "wait again with: " : "find it with: ") + again.apply(imageId);
    }

    private static String subject(String imageId, String name) {
        return imageId != null ? imageId : "the image named \"" + name + "\"";
    }
}
