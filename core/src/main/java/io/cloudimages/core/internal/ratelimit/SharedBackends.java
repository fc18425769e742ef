package io.cloudimages.core.internal.ratelimit;

import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterBackendFactory;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The cluster-wide backends of this JVM: one per distinct {@link RateLimiterSettings}, shared by
 * every service opened with them and closed with the last of them, so a JVM holds one set of
 * connections per store however many services it opens.
 */
public final class SharedBackends {

    /** The backend meter: 1 for the state the limits rest on now, 0 for the others. */
    public static final String METER = "cloudimages.ratelimit.backend";

    private static final Map<RateLimiterSettings, Shared> OPEN = new HashMap<>();

    private SharedBackends() {
    }

    private static final class Shared {
        final FailoverBackend backend;
        int users;

        Shared(FailoverBackend backend) {
            this.backend = backend;
        }
    }

    /** One service's use of a shared backend; closing it lets the backend go with its last user. */
    public static final class Lease implements AutoCloseable {
        private final RateLimiterSettings settings;
        private final FailoverBackend backend;
        private boolean closed;

        private Lease(RateLimiterSettings settings, FailoverBackend backend) {
            this.settings = settings;
            this.backend = backend;
        }

        public RateLimiterBackend backend() {
            return backend;
        }

        @Override
        public void close() {
            synchronized (OPEN) {
                if (closed) {
                    return;
                }
                closed = true;
                Shared shared = OPEN.get(settings);
                if (shared != null && shared.backend == backend && --shared.users == 0) {
                    OPEN.remove(settings);
                    backend.close();
                }
            }
        }
    }

    /**
     * The backend for these settings, opened by the factory of its id if no service has it open.
     *
     * @param registry where to show the backend's state; may be null
     * @throws InvalidRequestException when no backend of that id is on the classpath, or the
     *         factory refuses the settings
     */
    public static Lease lease(RateLimiterSettings settings, MeterRegistry registry) {
        FailoverBackend backend;
        synchronized (OPEN) {
            Shared shared = OPEN.get(settings);
            if (shared == null) {
                RateLimiterBackend store = factory(settings.backend()).open(settings);
                shared = new Shared(new FailoverBackend(settings, store));
                OPEN.put(settings, shared);
            }
            shared.users++;
            backend = shared.backend;
        }
        if (registry != null) {
            for (FailoverBackend.State state : FailoverBackend.State.values()) {
                Gauge.builder(METER, backend, b -> b.state() == state ? 1 : 0)
                        .description("1 for where the request-rate limits are kept now: shared (the cluster-wide"
                                + " store), local (this JVM, while the store is down), unavailable (calls fail)")
                        .tag("backend", settings.backend())
                        .tag("state", state.tag)
                        .register(registry);
            }
        }
        return new Lease(settings, backend);
    }

    /**
     * The factory of this id on the classpath.
     *
     * @throws InvalidRequestException naming the known ids when there is none
     */
    public static RateLimiterBackendFactory factory(String id) {
        return find(id).orElseThrow(() -> new InvalidRequestException(notFound(id), ErrorContext.none()));
    }

    /** Why there is no factory of this id, and what would bring one. */
    public static String notFound(String id) {
        return "no rate-limiter backend \"" + id + "\" is on the classpath (known: " + String.join(", ", known()) + ")"
                + (id.equals("redis") ? "; add the artifact io.cloudimages:cloudimages-ratelimit-redis" : "");
    }

    /** The factory of this id on the classpath, if there is one. */
    public static Optional<RateLimiterBackendFactory> find(String id) {
        for (RateLimiterBackendFactory factory : factories()) {
            if (factory.id().equals(id)) {
                return Optional.of(factory);
            }
        }
        return Optional.empty();
    }

    /** The ids that settings may name: local and those of the backends on the classpath. */
    public static List<String> known() {
        List<String> ids = new ArrayList<>(List.of(RateLimiterSettings.LOCAL));
        factories().forEach(factory -> ids.add(factory.id()));
        return ids;
    }

    private static ServiceLoader<RateLimiterBackendFactory> factories() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ServiceLoader.load(RateLimiterBackendFactory.class,
                loader != null ? loader : SharedBackends.class.getClassLoader());
    }
}
