package io.cloudimages.cli;

import io.cloudimages.CloudImages;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.config.CloudConfig;
import io.cloudimages.core.http.Endpoints;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.spi.ImageProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of a command: the providers, the clouds the options name (opened with the global
 * options applied), and the simulated clouds. Closing it closes them all.
 */
final class Session implements AutoCloseable {

    private static final int MAX_TIMEOUT_SECONDS = 24 * 3600;

    /** A cloud to work on, by the name the user gave it (a config name, or the provider id). */
    record Cloud(String name, ImageService service) {
    }

    /** The clouds a multi-cloud command opened, and those that failed to open. */
    record Clouds(List<Cloud> opened, Map<String, CloudImagesException> failed) {
    }

    private final RootCommand root;
    private final List<ImageService> opened = new ArrayList<>();
    private CloudImages cloudImages;
    private Simulator simulator;

    /** @throws CommandFailure when the global options contradict each other or are out of range */
    Session(RootCommand root) {
        this.root = root;
        checkGlobalOptions();
    }

    CliEnvironment environment() {
        return root.environment;
    }

    boolean verbose() {
        return root.verbose;
    }

    CloudImages cloudImages() {
        if (cloudImages == null) {
            try {
                cloudImages = root.environment.cloudImages().get();
            } catch (IllegalStateException e) {
                throw CommandFailure.of(ExitCode.UNEXPECTED, e.getMessage());
            }
        }
        return cloudImages;
    }

    /** The one cloud the options name. */
    Cloud openOne(CloudOptions options) {
        return open(options, false).opened().get(0);
    }

    /**
     * Every cloud the options name. With {@code keepGoing}, a cloud that cannot be opened for a
     * reason other than bad input (its credentials are missing, say) is reported in
     * {@link Clouds#failed()} and the others are still opened.
     */
    Clouds open(CloudOptions options, boolean keepGoing) {
        if (options.clouds().isEmpty()) {
            return new Clouds(List.of(openByProvider(options)), Map.of());
        }
        if (options.provider != null || options.region != null) {
            throw CommandFailure.usage("give either -c/--cloud, or -p/--provider with -r/--region, not both");
        }
        if (root.config == null) {
            throw CommandFailure.usage("-c/--cloud names a cloud of a configuration file; give the file with --config FILE");
        }
        Set<String> seen = new HashSet<>();
        for (String name : options.clouds()) {
            if (!seen.add(name)) {
                throw CommandFailure.usage("the cloud \"" + name + "\" is given twice");
            }
        }
        if (root.endpoint != null && options.clouds().size() > 1) {
            throw CommandFailure.usage("--endpoint applies to one cloud; for several, set each one's endpoint in " + root.config);
        }
        CloudConfig config = CloudConfig.load(root.config);
        config.validate(cloudImages());
        // every name is checked before any cloud is opened
        options.clouds().forEach(config::cloud);
        List<Cloud> clouds = new ArrayList<>();
        Map<String, CloudImagesException> failed = new LinkedHashMap<>();
        for (String name : options.clouds()) {
            String provider = config.cloud(name).provider();
            try {
                clouds.add(remember(name, config.open(name, cloudImages(), settings -> adjust(settings, provider))));
            } catch (CloudImagesException e) {
                if (!keepGoing || Failure.exitCode(e) == ExitCode.USAGE) {
                    throw e;
                }
                failed.put(name, e);
            }
        }
        return new Clouds(clouds, failed);
    }

    private Cloud openByProvider(CloudOptions options) {
        List<String> known = cloudImages().providers().stream().map(ImageProvider::id).toList();
        if (options.provider == null) {
            throw CommandFailure.usage("say which cloud: -p/--provider ID (" + String.join(", ", known)
                    + ") with -r/--region, or -c/--cloud NAME with --config FILE");
        }
        if (cloudImages().provider(options.provider).isEmpty()) {
            throw CommandFailure.usage("no provider has the id \"" + options.provider + "\"; known providers: "
                    + String.join(", ", known));
        }
        if (options.region == null || options.region.isBlank()) {
            throw CommandFailure.usage("say which region with -r/--region, for example ap-guangzhou (Tencent) or cn-bj2 (UCloud)");
        }
        ProviderSettings settings = adjust(ProviderSettings.builder().region(options.region.strip()).build(), options.provider);
        return remember(options.provider, cloudImages().open(options.provider, settings));
    }

    /** The region of the cloud of this name, or null when it was not opened. */
    String region(String cloud) {
        return root.region(cloud);
    }

    private Cloud remember(String name, ImageService service) {
        opened.add(service);
        root.opened(name, service.region());
        return new Cloud(name, service);
    }

    private void checkGlobalOptions() {
        if (root.simulate && root.endpoint != null) {
            throw CommandFailure.usage("--simulate chooses the endpoint itself; drop --endpoint or --simulate");
        }
        if (root.timeoutSeconds != null && (root.timeoutSeconds < 1 || root.timeoutSeconds > MAX_TIMEOUT_SECONDS)) {
            throw CommandFailure.usage("--timeout is in seconds, from 1 to " + MAX_TIMEOUT_SECONDS + "; got " + root.timeoutSeconds);
        }
    }

    /** The global options, applied over the settings of a provider or of a configured cloud. */
    private ProviderSettings adjust(ProviderSettings settings, String provider) {
        ProviderSettings.Builder adjusted = settings.toBuilder().extension(CoreSettings.HOST_ENVIRONMENT, root.environment.host())
                .extension(CoreSettings.CLOCK, root.environment.clock());
        if (root.simulate) {
            Simulator.SimulatedCloud simulated = simulator().cloud(provider, settings.region());
            adjusted.endpoint(simulated.endpoint()).credentials(simulated.credentials());
        } else if (root.endpoint != null) {
            adjusted.endpoint(Endpoints.parse(root.endpoint));
        }
        if (root.timeoutSeconds != null) {
            Duration timeout = Duration.ofSeconds(root.timeoutSeconds);
            adjusted.requestTimeout(timeout);
            // the whole call must leave room for every attempt at the longer deadline
            Duration everyAttempt = timeout.multipliedBy(settings.maxAttempts());
            if (settings.callTimeout().compareTo(everyAttempt) < 0) {
                adjusted.callTimeout(everyAttempt);
            }
        }
        return adjusted.build();
    }

    private Simulator simulator() {
        if (simulator == null) {
            simulator = new Simulator(root.environment.clock());
        }
        return simulator;
    }

    @Override
    public void close() {
        opened.forEach(ImageService::close);
        opened.clear();
        if (simulator != null) {
            simulator.close();
        }
    }
}
