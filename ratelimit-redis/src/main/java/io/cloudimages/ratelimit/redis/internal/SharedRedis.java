package io.cloudimages.ratelimit.redis.internal;

import io.cloudimages.core.ratelimit.RateLimitStoreUnavailableException;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Lettuce client and connection per Redis URI in this JVM, shared by every backend that uses
 * that URI and shut down with the last of them.
 *
 * <p>The connection is made in the background, so opening a service never waits for Redis; the
 * first callers wait for it, at most the connect timeout. Once made, Lettuce re-establishes it by itself
 * after Redis restarts (within {@link #RECONNECT_DELAY_MAX}), and rejects commands at once while it
 * is down rather than queueing them; a first connection that failed is tried again at most once
 * per {@link #CONNECT_RETRY_INTERVAL}.
 */
public final class SharedRedis {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration RECONNECT_DELAY_MAX = Duration.ofSeconds(2);
    static final Duration CONNECT_RETRY_INTERVAL = Duration.ofSeconds(1);

    private static final Map<RedisURI, SharedRedis> OPEN = new HashMap<>();

    private final RedisURI uri;
    private final String description;
    private final ClientResources resources;
    private final RedisClient client;
    private CompletableFuture<StatefulRedisConnection<byte[], byte[]>> connecting;
    private long lastAttemptNanos;
    private int users;

    private SharedRedis(RedisURI uri, String description) {
        this.uri = uri;
        this.description = description;
        // two event-loop threads: a permit is one small round trip, and a replica may run on two cores
        this.resources = DefaultClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), RECONNECT_DELAY_MAX, 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).keepAlive(true).build())
                // a backstop: each call has its own, shorter, timeout
                .timeoutOptions(TimeoutOptions.enabled(RateLimiterSettings.MAX_TIMEOUT))
                .build());
    }

    /** The shared client of this URI, connecting in the background if it is new. */
    public static SharedRedis acquire(RedisURI uri, RateLimiterSettings settings) {
        synchronized (OPEN) {
            SharedRedis shared = OPEN.computeIfAbsent(uri, u -> new SharedRedis(u, settings.describeStore()));
            shared.users++;
            shared.connect();
            return shared;
        }
    }

    /** Lets go of the client; the last user shuts it down. */
    void release() {
        synchronized (OPEN) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(uri);
        }
        // the client closes its connections itself
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    private synchronized CompletableFuture<StatefulRedisConnection<byte[], byte[]>> connect() {
        boolean failed = connecting != null && connecting.isCompletedExceptionally();
        if (connecting == null || failed && System.nanoTime() - lastAttemptNanos >= CONNECT_RETRY_INTERVAL.toNanos()) {
            lastAttemptNanos = System.nanoTime();
            connecting = client.connectAsync(ByteArrayCodec.INSTANCE, uri).toCompletableFuture();
        }
        return connecting;
    }

    /**
     * The connection, waiting for one being made: an attempt ends within the connect timeout, so
     * a connection in progress is not taken for a store that does not answer.
     *
     * @throws RateLimitStoreUnavailableException when there is none
     */
    StatefulRedisConnection<byte[], byte[]> connection() throws InterruptedException {
        CompletableFuture<StatefulRedisConnection<byte[], byte[]>> attempt = connect();
        Duration wait = CONNECT_TIMEOUT.plusSeconds(1);
        try {
            return attempt.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new RateLimitStoreUnavailableException("no connection to " + description + " after "
                    + wait.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new RateLimitStoreUnavailableException("cannot connect to " + description + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    String description() {
        return description;
    }
}
