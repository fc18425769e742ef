package io.cloudimages.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * Which cloud a command works on: a provider and a region, or a cloud named in the configuration
 * file. {@link One} takes one {@code -c}, {@link Several} any number, so that each command's help
 * shows what it accepts.
 */
abstract sealed class CloudOptions {

    @Option(names = {"-p", "--provider"}, paramLabel = "ID",
            description = "The provider id (see: cloudimages providers).")
    String provider;

    @Option(names = {"-r", "--region"}, paramLabel = "R", description = "The region, for example ap-guangzhou or cn-bj2.")
    String region;

    /** The clouds given with {@code -c/--cloud}, in the order given; empty when none was. */
    abstract List<String> clouds();

    /** For the commands that work on one cloud. */
    static final class One extends CloudOptions {

        @Option(names = {"-c", "--cloud"}, paramLabel = "NAME", description = "A cloud named in the --config file, instead of -p and -r.")
        String cloud;

        @Override
        List<String> clouds() {
            return cloud == null ? List.of() : List.of(cloud);
        }
    }

    /** For the commands that work on several clouds at once. */
    static final class Several extends CloudOptions {

        @Option(names = {"-c", "--cloud"}, paramLabel = "NAME",
                description = "A cloud named in the --config file, instead of -p and -r; repeat for several, asked at once.")
        List<String> clouds = new ArrayList<>();

        @Override
        List<String> clouds() {
            return clouds;
        }
    }
}
