package io.cloudimages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

@Command(name = "cloudimages", scope = ScopeType.INHERIT,
        description = "List, inspect, pick and import VM images on Tencent Cloud (API 3.0 and the legacy qcloud API) and UCloud.",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        subcommands = {ProvidersCommand.class, ImagesCommand.class, OsSupportCommand.class},
        footer = {"", "Exit codes: 0 ok; 1 unexpected; 2 usage or validation (nothing was sent);",
                "3 authentication or permission; 4 throttled after retries; 5 other cloud error;",
                "6 network or cloud unavailable; 7 import outcome unknown;",
                "8 still not available when the wait timed out (the cloud goes on); 130 Ctrl-C stopped a wait."})
final class RootCommand implements Callable<Integer> {

    /** The library's own default request deadline, {@code ProviderSettings.DEFAULT_REQUEST_TIMEOUT}, for the help. */
    static final int DEFAULT_TIMEOUT_SECONDS = 30;

    final CliEnvironment environment;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A YAML file of named clouds, chosen with -c/--cloud.")
    Path config;

    @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Send requests here instead of the provider's endpoint (https://; http:// for loopback only).")
    String endpoint;

    // defaultValue: a flag given both before and after the subcommand stays on (picocli would toggle it)
    @Option(names = "--simulate", scope = ScopeType.INHERIT, defaultValue = "false",
            description = "Run against simulated clouds started in this process, with matching credentials: no account needed.")
    boolean simulate;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, defaultValue = "false",
            description = "Log requests, and print the causes of an error.")
    boolean verbose;

    @Option(names = "--timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "The deadline of each request, in seconds (default " + DEFAULT_TIMEOUT_SECONDS
                    + ", or the configuration file's timeouts.request).")
    Integer timeoutSeconds;

    /** The region of each cloud the run opened, by the name the user gave it, for the messages of its failures. */
    private final Map<String, String> regions = new LinkedHashMap<>();

    RootCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    void opened(String cloud, String region) {
        regions.put(cloud, region);
    }

    /** The region of the cloud of this name, or null when it was not opened. */
    String region(String cloud) {
        return regions.get(cloud);
    }

    /** The region of the one cloud the run opened, or null when it opened none or several. */
    String onlyRegion() {
        return regions.size() == 1 ? regions.values().iterator().next() : null;
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() {
        throw CommandFailure.usage("choose a command: providers, images (list, get, pick, import, wait) or os-support");
    }

    /** The version the build wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = RootCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"cloudimages " + properties.getProperty("version", "(development build)")};
        }
    }
}
