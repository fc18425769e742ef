package io.cloudimages.cli;

import picocli.CommandLine.Option;

/** {@code -o table|json}, the same on every command that prints something. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table or json (default: table).")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.JSON;
    }
}
