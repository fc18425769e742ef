package io.cloudimages;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The entry point: the providers on the classpath, and services opened from them.
 *
 * <pre>{@code
 * CloudImages clouds = CloudImages.discover();
 * try (ImageService images = clouds.open("tencent-v3",
 *         ProviderSettings.builder().region("ap-guangzhou").build())) {
 *     images.list().forEach(image -> System.out.println(image.id() + " " + image.name()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; discovery happens once, when it is built.
 */
public final class CloudImages {

    private final Map<String, ImageProvider> providers;

    private CloudImages(Map<String, ImageProvider> providers) {
        this.providers = Collections.unmodifiableMap(providers);
    }

    /** The providers found with {@link ServiceLoader} through the thread's context class loader. */
    public static CloudImages discover() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every provider, ordered by id. */
    public List<ImageProvider> providers() {
        return List.copyOf(providers.values());
    }

    public Optional<ImageProvider> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /**
     * Opens a service of one provider.
     *
     * @throws InvalidRequestException when no provider has this id, when a rate-limit override
     *                                 names an action the provider does not have, or when the
     *                                 provider refuses the settings
     */
    public ImageService open(String providerId, ProviderSettings settings) {
        Objects.requireNonNull(settings, "settings");
        ImageProvider provider = providers.get(providerId);
        if (provider == null) {
            throw new InvalidRequestException("no provider has the id \"" + providerId + "\"; known providers: "
                    + (providers.isEmpty() ? "none (is a provider jar on the classpath?)" : String.join(", ", providers.keySet())),
                    ErrorContext.none());
        }
        settings.rateLimits().keySet().forEach(provider::requireAction);
        return provider.create(settings);
    }

    /** Builds a {@link CloudImages}: discovered providers, explicitly registered ones, or both. */
    public static final class Builder {
        private boolean discover = true;
        private ClassLoader classLoader;
        private final List<ImageProvider> registered = new ArrayList<>();

        private Builder() {
        }

        /** Whether to look for providers with {@link ServiceLoader}; on by default. */
        public Builder discover(boolean discover) {
            this.discover = discover;
            return this;
        }

        /** The class loader to discover with; the thread's context class loader by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** Adds a provider without discovery, for tests and embedded use. */
        public Builder register(ImageProvider provider) {
            registered.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * @throws IllegalStateException when two providers share an id (the message names both
         *                               classes and the jars they came from), when a provider
         *                               declares an action twice, or when a provider jar is broken
         */
        public CloudImages build() {
            Map<String, ImageProvider> byId = new TreeMap<>();
            if (discover) {
                ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
                try {
                    for (ImageProvider provider : ServiceLoader.load(ImageProvider.class, loader)) {
                        add(byId, provider);
                    }
                } catch (ServiceConfigurationError e) {
                    throw new IllegalStateException("a provider on the classpath could not be loaded: " + e.getMessage(), e);
                }
            }
            for (ImageProvider provider : registered) {
                add(byId, provider);
            }
            return new CloudImages(byId);
        }

        private static void add(Map<String, ImageProvider> byId, ImageProvider provider) {
            String id = provider.id();
            if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException("provider " + describe(provider) + " has the id \"" + id
                        + "\"; an id is lower-case letters and digits joined by hyphens, for example tencent-v3");
            }
            List<String> names = provider.actions().stream().map(Action::name).toList();
            if (names.size() != Set.copyOf(names).size()) {
                throw new IllegalStateException("provider " + describe(provider) + " declares an action twice: " + names
                        + "; declare each action once, and send a dry run with Action.dryRun()");
            }
            ImageProvider existing = byId.putIfAbsent(id, provider);
            if (existing != null) {
                throw new IllegalStateException("two providers have the id \"" + id + "\": " + describe(existing)
                        + " and " + describe(provider) + "; remove one of them from the classpath");
            }
        }

        private static String describe(ImageProvider provider) {
            Class<?> type = provider.getClass();
            CodeSource source = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return type.getName() + (location == null ? "" : " (from " + location + ")");
        }
    }

    @Override
    public String toString() {
        return "CloudImages" + providers.keySet().stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
