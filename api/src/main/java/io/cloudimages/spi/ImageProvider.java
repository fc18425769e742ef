package io.cloudimages.spi;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cloud, as a plug-in. Implementations are found with {@link java.util.ServiceLoader}: list the
 * class in {@code META-INF/services/io.cloudimages.spi.ImageProvider} (and with {@code provides}
 * in a {@code module-info.java} if your jar is a named module). They need a public no-argument
 * constructor and must be thread-safe.
 */
public interface ImageProvider {

    /**
     * A stable, unique id in lower case with hyphens, for example {@code tencent-v3}. Two
     * providers with the same id on one classpath are an error.
     */
    String id();

    /** A name for people, for example "Tencent Cloud CVM (API 3.0)". */
    String displayName();

    /** What services of this provider can do. */
    Set<Capability> capabilities();

    /**
     * Every action the provider sends, with its published limit: the same constants its calls hand
     * to the request pipeline. Their names are those {@link ProviderSettings#rateLimits()} may
     * override; no two share a name.
     */
    List<Action> actions();

    /** The action of this name, if the provider has one. */
    default Optional<Action> action(String name) {
        return actions().stream().filter(action -> action.name().equals(name)).findFirst();
    }

    /**
     * The action of this name, for a rate-limit override: the one check of override names, wherever
     * they come from (settings, a configuration file).
     *
     * @throws InvalidRequestException when the provider has no such action, naming those it has
     */
    default Action requireAction(String name) {
        return action(name).orElseThrow(() -> new InvalidRequestException("provider " + id() + " has no action \""
                + name + "\" to set a rate limit for; its actions: "
                + actions().stream().map(Action::name).sorted().collect(Collectors.joining(", ")),
                ErrorContext.of(id(), null)));
    }

    /**
     * Opens a service. Settings that make no sense for this provider (no region, a region it
     * does not know) fail here with {@link io.cloudimages.exception.InvalidRequestException}.
     */
    ImageService create(ProviderSettings settings);
}
