package io.cloudimages.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Which cloud a command works on: a provider and a region, or clouds named in the configuration file. */
final class CloudOptions {

    @Option(names = {"-p", "--provider"}, paramLabel = "ID",
            description = "The provider id (see: cloudimages providers).")
    String provider;

    @Option(names = {"-r", "--region"}, paramLabel = "R", description = "The region, for example ap-guangzhou or cn-bj2.")
    String region;

    @Option(names = {"-c", "--cloud"}, paramLabel = "NAME",
            description = "A cloud named in the --config file, instead of -p and -r (images list and images pick take several).")
    List<String> clouds = new ArrayList<>();
}
