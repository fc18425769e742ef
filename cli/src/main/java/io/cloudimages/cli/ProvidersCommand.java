package io.cloudimages.cli;

import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.List;
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
                    json.providers(providers);
                }
                return ExitCode.OK;
            }
            Table table = new Table(root.environment.out(), List.of(new Table.Column("ID", 15), new Table.Column("NAME", 37),
                    new Table.Column("COMMANDS", 30), new Table.Column("ACTION", 22), new Table.Column("LIMIT/S", 7)));
            table.header();
            for (ImageProvider provider : providers) {
                String commands = String.join(", ", Names.commands(provider));
                List<Action> actions = Names.byName(provider.actions());
                if (actions.isEmpty()) {
                    table.row(provider.id(), provider.displayName(), commands, "-", "-");
                }
                boolean first = true;
                for (Action action : actions) {
                    table.row(first ? provider.id() : "", first ? provider.displayName() : "", first ? commands : "",
                            action.name(), String.valueOf(action.requestsPerSecond()));
                    first = false;
                }
            }
        }
        return ExitCode.OK;
    }
}
