package io.cloudimages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "images", description = "List, inspect, pick, import and wait for images.",
        subcommands = {ImagesListCommand.class, ImagesGetCommand.class, ImagesPickCommand.class, ImagesImportCommand.class,
                ImagesWaitCommand.class})
final class ImagesCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        throw CommandFailure.usage("choose one of: images list, images get, images pick, images import, images wait");
    }
}
