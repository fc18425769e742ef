package io.cloudimages.cli;

import io.cloudimages.model.Image;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "get", description = "Show one image.")
final class ImagesGetCommand implements Callable<Integer> {

    private static final int LABEL_WIDTH = 14;
    private static final int VALUE_WIDTH = Table.MAX_WIDTH - LABEL_WIDTH - 1;

    @ParentCommand
    ImagesCommand images;

    @Mixin
    CloudOptions.One cloud;

    @Parameters(paramLabel = "IMAGE_ID", description = "The image id, for example img-pmqg1cw7 or uimage-xxxxxx.")
    String imageId;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        String id = Commands.requireImageId(imageId, "IMAGE_ID");
        try (Session session = new Session(images.root)) {
            Session.Cloud one = session.openOne(cloud);
            Image image = one.service().get(id).orElseThrow(() -> CommandFailure.of(ExitCode.CLOUD_ERROR,
                    "no image \"" + id + "\" in " + one.service().region() + " of " + one.service().provider()
                            + "; list the images there with: cloudimages images list " + Commands.cloudArguments(images.root, cloud)));
            show(session.environment().out(), image, output.json());
        }
        return ExitCode.OK;
    }

    /** The image as this command shows it, as a JSON document or in lines of labels and values. */
    static void show(PrintWriter out, Image image, boolean json) {
        if (json) {
            try (JsonOutput document = new JsonOutput(out)) {
                document.image(image);
            }
        } else {
            print(out, image);
        }
    }

    /** Label and value lines; a long value wraps under itself. */
    static void print(PrintWriter out, Image image) {
        Map<String, String> tags = image.tags();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("ID", image.id()));
        rows.add(row("NAME", image.name()));
        rows.add(row("DESCRIPTION", image.description()));
        rows.add(row("PROVIDER", image.provider()));
        rows.add(row("REGION", image.region()));
        rows.add(row("ZONE", image.zone()));
        rows.add(row("OS FAMILY", image.os().family().id()));
        rows.add(row("OS NAME", image.os().name()));
        rows.add(row("OS VERSION", image.os().version() == null ? null : image.os().version().toString()));
        rows.add(row("ARCHITECTURE", image.os().architecture().id()));
        rows.add(row("TYPE", image.type().id()));
        rows.add(row("STATE", Names.state(image.state(), image.rawState())));
        rows.add(row("CREATED", image.createdAt() == null ? null : image.createdAt().toString()));
        rows.add(row("SIZE GIB", image.sizeGiB() == null ? null : image.sizeGiB().toString()));
        rows.add(row("FAMILY", image.family()));
        rows.add(row("DEPRECATED", String.valueOf(image.deprecated())));
        rows.add(row("TAGS", tags.isEmpty() ? null : tags.entrySet().stream()
                .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(", "))));
        rows.add(row("FEATURES", image.features().isEmpty() ? null : String.join(", ", image.features())));
        for (String[] row : rows) {
            List<String> lines = wrap(row[1] == null ? "-" : row[1]);
            for (int i = 0; i < lines.size(); i++) {
                out.println((Table.fit(i == 0 ? row[0] : "", LABEL_WIDTH) + " " + lines.get(i)).stripTrailing());
            }
        }
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    /** The text in lines of at most {@link #VALUE_WIDTH} cells, broken at the last space that fits. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        String rest = Printable.text(text.replaceAll("\\s+", " ").strip());
        while (Table.cells(rest) > VALUE_WIDTH) {
            int end = 0;
            int cells = 0;
            while (end < rest.length()) {
                int next = rest.codePointAt(end);
                if (cells + Table.cells(next) > VALUE_WIDTH) {
                    break;
                }
                cells += Table.cells(next);
                end += Character.charCount(next);
            }
            int space = rest.lastIndexOf(' ', end);
            int cut = space > 0 ? space : end;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        lines.add(rest);
        return lines;
    }
}
