package io.cloudimages.cli;

import io.cloudimages.model.Image;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "wait", description = {"Wait until an image is available, then show it as images get does.",
        "Polls with back-off, within the cloud's rate limits. Exit 5 when the image failed or is gone, 8 when it is"
                + " still not available at the timeout; Ctrl-C stops the wait, never the image's import."})
final class ImagesWaitCommand implements Callable<Integer> {

    @ParentCommand
    ImagesCommand images;

    @Mixin
    CloudOptions.One cloud;

    @Parameters(paramLabel = "IMAGE_ID", description = "The image id, for example img-pmqg1cw7 or uimage-xxxxxx.")
    String imageId;

    @Mixin
    WaitOptions wait;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        String id = Commands.requireImageId(imageId, "IMAGE_ID");
        try (Session session = new Session(images.root)) {
            Session.Cloud one = session.openOne(cloud);
            Optional<Image> image = new Waiting(session.environment(), one.service(), wait, false,
                    again -> Commands.waitFor(images.root, cloud, again, wait, output.json()))
                    .run(id, null, waiter -> waiter.waitUntilAvailable(id));
            if (image.isEmpty()) {
                return ExitCode.INTERRUPTED;
            }
            ImagesGetCommand.show(session.environment().out(), image.get(), output.json());
        }
        return ExitCode.OK;
    }
}
