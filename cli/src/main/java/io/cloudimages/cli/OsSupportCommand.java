package io.cloudimages.cli;

import io.cloudimages.model.OsSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "os-support", description = "The operating systems an import accepts, with names and versions as the cloud gives them.")
final class OsSupportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Mixin
    CloudOptions.One cloud;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        try (Session session = new Session(root)) {
            OsSupport support = session.openOne(cloud).service().importOsSupport();
            if (output.json()) {
                try (JsonOutput json = new JsonOutput(root.environment.out())) {
                    json.osSupport(support);
                }
            } else {
                Table table = new Table(root.environment.out(), List.of(new Table.Column("NAME", 24), new Table.Column("TYPE", 8),
                        new Table.Column("FAMILY", 13), new Table.Column("VERSIONS", 44), new Table.Column("ARCHITECTURES", 20)));
                table.header();
                for (OsSupport.Entry entry : support.entries()) {
                    table.row(entry.name(), entry.type().id(), entry.family().id(), String.join(", ", entry.versions()),
                            String.join(", ", Names.architectures(entry)));
                }
            }
        }
        return ExitCode.OK;
    }
}
