package io.cloudimages.jclouds.internal;

import io.cloudimages.CloudImages;
import io.cloudimages.ImageService;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The context's cloudimages services, one per region, opened when a region is first used and
 * closed with the context: jclouds calls {@link #close()} when its context closes.
 */
@Singleton
public final class RegionalServices implements AutoCloseable {

    private final ContextSettings settings;
    private final CloudImages clouds;
    private final Map<String, ImageService> services = new HashMap<>();
    private boolean closed;

    @Inject
    RegionalServices(ContextSettings settings) {
        this.settings = settings;
        this.clouds = CloudImages.discover();
    }

    /** The cloudimages provider id. */
    public String providerId() {
        return settings.providerId();
    }

    /** The service of a region. */
    public synchronized ImageService in(String region) {
        if (closed) {
            throw new IllegalStateException("this jclouds context is closed; build a new one");
        }
        return services.computeIfAbsent(region, r -> clouds.open(settings.providerId(), settings.forRegion(r)));
    }

    /** The services of these regions, in their order. */
    public Map<String, ImageService> in(Collection<String> regions) {
        Map<String, ImageService> byRegion = new LinkedHashMap<>();
        regions.forEach(region -> byRegion.put(region, in(region)));
        return byRegion;
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        closed = true;
        services.values().forEach(ImageService::close);
        services.clear();
    }
}
