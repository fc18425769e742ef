package io.cloudimages.cli;

import io.cloudimages.Capability;
import io.cloudimages.spi.ImageProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "providers", description = "The providers on the classpath: what each can do, and its request-rate limits.")
final class ProvidersCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        try (Session session = new Session(root)) {
            List<ImageProvider> providers = session.cloudImages().providers();
            if (output.json()) {
                try (JsonOutput json = new JsonOutput(root.environment.out())) {
                    json.write(g -> {
                        g.writeStartArray();
                        for (ImageProvider provider : providers) {
                            g.writeStartObject();
                            g.writeStringField("id", provider.id());
                            g.writeStringField("name", provider.displayName());
                            g.writeArrayFieldStart("capabilities");
                            for (String command : commands(provider)) {
                                g.writeString(command);
                            }
                            g.writeEndArray();
                            g.writeObjectFieldStart("rateLimits");
                            for (Map.Entry<String, Integer> limit : new TreeMap<>(provider.defaultRateLimits()).entrySet()) {
                                g.writeNumberField(limit.getKey(), limit.getValue());
                            }
                            g.writeEndObject();
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    });
                }
            } else {
                Table table = new Table(root.environment.out(), List.of(new Table.Column("ID", 15), new Table.Column("NAME", 37),
                        new Table.Column("COMMANDS", 30), new Table.Column("ACTION", 22), new Table.Column("LIMIT/S", 7)));
                table.header();
                for (ImageProvider provider : providers) {
                    String first = String.join(", ", commands(provider));
                    boolean firstRow = true;
                    for (Map.Entry<String, Integer> limit : new TreeMap<>(provider.defaultRateLimits()).entrySet()) {
                        table.row(firstRow ? provider.id() : "", firstRow ? provider.displayName() : "", firstRow ? first : "",
                                limit.getKey(), String.valueOf(limit.getValue()));
                        firstRow = false;
                    }
                }
            }
        }
        return ExitCode.OK;
    }

    /** The commands a provider supports, named as on the command line. */
    static List<String> commands(ImageProvider provider) {
        return provider.capabilities().stream().sorted().map(ProvidersCommand::command).toList();
    }

    private static String command(Capability capability) {
        return switch (capability) {
            case LIST_IMAGES -> "list";
            case GET_IMAGE -> "get";
            case IMPORT_IMAGE -> "import";
            case IMPORT_OS_SUPPORT -> "os-support";
        };
    }
}
