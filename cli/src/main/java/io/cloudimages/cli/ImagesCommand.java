package io.cloudimages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "images", description = "List, inspect, pick and import images.",
        subcommands = {ImagesListCommand.class, ImagesGetCommand.class, ImagesPickCommand.class, ImagesImportCommand.class})
final class ImagesCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        throw CommandFailure.usage("choose one of: images list, images get, images pick, images import");
    }
}
