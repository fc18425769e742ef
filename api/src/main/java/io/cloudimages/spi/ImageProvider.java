package io.cloudimages.spi;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;

import java.util.Map;
import java.util.Set;

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
     * The published request-rate limit of each action the provider sends, in requests per second,
     * by action name. These are the names {@link ProviderSettings#rateLimits()} may override.
     */
    Map<String, Integer> defaultRateLimits();

    /**
     * Opens a service. Settings that make no sense for this provider (no region, a region it
     * does not know) fail here with {@link io.cloudimages.exception.InvalidRequestException}.
     */
    ImageService create(ProviderSettings settings);
}
