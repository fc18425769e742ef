package io.cloudimages.core.internal.ratelimit;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterBackendFactory;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A cluster-wide backend for tests, found by the ServiceLoader as "scripted"; it takes only scripted:// URIs. */
public final class ScriptedBackendFactory implements RateLimiterBackendFactory {

    /** Every backend opened, in order. */
    public static final List<Opened> OPENED = new ArrayList<>();

    /** What one open returned. */
    public static final class Opened implements RateLimiterBackend {
        public volatile boolean closed;

        @Override
        public boolean acquire(RateLimitKey key, RequestRate rate, Duration maxWait) {
            return true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public void check(RateLimiterSettings settings) {
        if (!settings.uri().getScheme().equals("scripted")) {
            throw new InvalidRequestException("the scripted backend takes scripted:// URIs", ErrorContext.none());
        }
    }

    @Override
    public RateLimiterBackend open(RateLimiterSettings settings) {
        check(settings);
        Opened opened = new Opened();
        synchronized (OPENED) {
            OPENED.add(opened);
        }
        return opened;
    }
}
