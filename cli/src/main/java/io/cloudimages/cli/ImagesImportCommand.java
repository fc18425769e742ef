package io.cloudimages.cli;

import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "import", description = {"Import an image file (RAW, VHD, QCOW2, VMDK) from a URL the cloud can read, as a private image.",
        "The request is checked before it is sent, and never sent twice: when its answer is lost the image is looked up by name.",
        "With --wait, wait until the image is available and show it as images get does (see: images wait)."})
final class ImagesImportCommand implements Callable<Integer> {

    @ParentCommand
    ImagesCommand images;

    @Mixin
    CloudOptions.One cloud;

    @Option(names = "--url", required = true, paramLabel = "U", description = "Where the cloud downloads the image file from.")
    String url;

    @Option(names = "--name", required = true, paramLabel = "N", description = "The new image's name; it must not be taken.")
    String name;

    @Option(names = "--os", required = true, paramLabel = "NAME",
            description = "The OS name as the cloud lists it for imports (see: cloudimages os-support), for example CentOS.")
    String os;

    @Option(names = "--os-version", required = true, paramLabel = "V", description = "The OS version, for example 7.")
    String osVersion;

    @Option(names = "--arch", required = true, paramLabel = "ARCH", converter = Converters.Architectures.class,
            description = "x86_64, i386 or arm64.")
    Architecture architecture;

    @Option(names = "--description", paramLabel = "D", description = "A description of the image.")
    String description;

    @Option(names = "--dry-run", description = "Only ask the cloud whether the import would succeed; nothing is created.")
    boolean dryRun;

    @Option(names = "--force", description = "Import even where the cloud's checks of the image file would refuse it.")
    boolean force;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", converter = Converters.Tags.class,
            description = "A tag for the new image; repeat for several.")
    List<Map.Entry<String, String>> tags = new ArrayList<>();

    @Option(names = "--license-type", paramLabel = "T", description = "The license, for example TencentCloud or BYOL.")
    String licenseType;

    @Option(names = "--boot-mode", paramLabel = "M", description = "The boot mode, for example \"Legacy BIOS\" or UEFI.")
    String bootMode;

    @Option(names = "--image-family", paramLabel = "F", description = "The image family the new image joins.")
    String imageFamily;

    @Option(names = "--wait", description = "Wait until the new image is available (Ctrl-C stops waiting, never the import).")
    boolean waitForImage;

    @Mixin
    WaitOptions wait;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        ImportImageRequest request = request();
        checkWaitOptions();
        try (Session session = new Session(images.root)) {
            Session.Cloud one = session.openOne(cloud);
            ImportResult result;
            try {
                result = one.service().importImage(request);
            } catch (OutcomeUnknownException e) {
                throw CommandFailure.of(ExitCode.OUTCOME_UNKNOWN, e.getMessage() + "; the image may or may not have been"
                        + " created: check later with: " + Commands.findByName(images.root, cloud, request.name()), e);
            } catch (InvalidRequestException e) {
                throw inFlags(e);
            }
            if (!waitForImage) {
                print(session.environment(), request, result);
                return ExitCode.OK;
            }
            Optional<Image> image = new Waiting(session.environment(), one.service(), wait, true, imageId -> imageId != null
                    ? Commands.waitFor(images.root, cloud, imageId, wait, output.json())
                    : Commands.findByName(images.root, cloud, request.name()))
                    .run(result.imageId(), request.name(), waiter -> waiter.waitForImport(request, result));
            if (image.isEmpty()) {
                return ExitCode.INTERRUPTED;
            }
            printAvailable(session.environment(), result, image.get());
        }
        return ExitCode.OK;
    }

    /** Mistakes in the waiting options, found before anything is sent. */
    private void checkWaitOptions() {
        if (wait.given() && !waitForImage) {
            throw CommandFailure.usage("--wait-timeout says how long --wait waits; add --wait, or drop --wait-timeout");
        }
        if (waitForImage && dryRun) {
            throw CommandFailure.usage("a dry run imports nothing to wait for; drop --wait or --dry-run");
        }
    }

    /** The image as images get shows it; in JSON, the import's document with the image in it. */
    private void printAvailable(CliEnvironment environment, ImportResult result, Image image) {
        PrintWriter out = environment.out();
        if (output.json()) {
            try (JsonOutput json = new JsonOutput(out)) {
                json.importResult(result, image);
            }
        } else {
            ImagesGetCommand.show(out, image, false);
        }
        out.flush();
        if (out.checkError()) {
            // the image exists and is available: its id must not be lost with the output
            environment.err().println(Failure.PREFIX + "the new image is " + Printable.text(image.id()) + ", available");
        }
        noteReconciled(environment.err(), result);
    }

    private ImportImageRequest request() {
        Map<String, String> tagMap = new LinkedHashMap<>();
        for (Map.Entry<String, String> tag : tags) {
            if (tagMap.put(tag.getKey(), tag.getValue()) != null) {
                throw CommandFailure.usage("the tag key \"" + tag.getKey() + "\" is given twice; a key takes one value");
            }
        }
        try {
            return build(tagMap);
        } catch (InvalidRequestException e) {
            throw inFlags(e);
        }
    }

    private ImportImageRequest build(Map<String, String> tagMap) {
        return ImportImageRequest.builder()
                .imageUrl(url)
                .name(name)
                .description(description)
                .osName(os)
                .osVersion(osVersion)
                .architecture(architecture)
                .dryRun(dryRun)
                .force(force)
                .tags(tagMap)
                .licenseType(licenseType)
                .bootMode(bootMode)
                .imageFamily(imageFamily)
                .build();
    }

    /** A mistake found here, said in flags; one the cloud answered keeps the cloud's words. */
    private static RuntimeException inFlags(InvalidRequestException e) {
        if (e.requestSent()) {
            return e;
        }
        return CommandFailure.of(Failure.exitCode(e), ImportFlags.said(e.getMessage()), e);
    }

    private void print(CliEnvironment environment, ImportImageRequest request, ImportResult result) {
        PrintWriter out = environment.out();
        PrintWriter err = environment.err();
        // the cloud's ids, as a terminal may show them
        String imageId = Printable.text(result.imageId());
        String requestId = Printable.text(result.requestId());
        if (output.json()) {
            try (JsonOutput json = new JsonOutput(out)) {
                json.importResult(result);
            }
        } else if (result.dryRun()) {
            // a cloud without a dry run (UCloud) answers none: then only the checks made here passed
            out.println(requestId != null
                    ? "dry run: " + result.provider() + " would import \"" + request.name() + "\" in " + result.region()
                            + " (request " + requestId + ")"
                    : "dry run: the import of \"" + request.name() + "\" in " + result.region() + " passed the checks made"
                            + " here (" + result.provider() + " gave no answer of its own); nothing was imported");
        } else if (imageId != null) {
            out.println(imageId);
        } else {
            err.println(Failure.PREFIX + "the cloud accepted the import" + (requestId == null ? "" : " (request "
                    + requestId + ")") + " without naming the new image; find it with: "
                    + Commands.findByName(images.root, cloud, request.name()));
        }
        out.flush();
        if (out.checkError() && imageId != null) {
            // the image exists now: its id must not be lost with the output
            err.println(Failure.PREFIX + "the new image is " + imageId);
        }
        noteReconciled(err, result);
    }

    private static void noteReconciled(PrintWriter err, ImportResult result) {
        if (result.reconciled()) {
            err.println(Failure.PREFIX + "the import's answer was lost; the image was found by its name, imported once");
        }
    }
}
