package io.cloudimages.core.ratelimit;

import io.cloudimages.core.internal.ratelimit.LocalRateLimiterBackend;

import java.time.Duration;

/**
 * Where request-rate limits are kept. The default keeps them in this JVM, shared by every
 * service; a cluster-wide backend (for example on Redis) keeps them for many JVMs that share an
 * account. Implementations must hold the {@link RequestRate} bound over any sliding window and
 * be thread-safe.
 */
public interface RateLimiterBackend extends AutoCloseable {

    /**
     * Takes one permit for {@code key}, waiting for it if needed.
     *
     * @param maxWait the longest the caller may wait; when no permit can be granted within it,
     *                the backend returns false at once instead of waiting (a slot it reserved in a
     *                race with other callers may then go unused, which never exceeds the limit)
     * @return true when a permit was taken (after any wait), false when none could be in time
     * @throws InterruptedException when the waiting thread is interrupted
     * @throws RateLimitStoreUnavailableException when a cluster-wide backend's store does not
     *         answer in time
     */
    boolean acquire(RateLimitKey key, RequestRate rate, Duration maxWait) throws InterruptedException;

    /**
     * Checks that the store of a cluster-wide backend answers, within its timeout; used to learn
     * when a store that stopped answering is back. The in-process backend always answers.
     *
     * @throws RateLimitStoreUnavailableException when the store does not answer
     */
    default void ping() {
    }

    /** Releases what the backend holds (connections). The in-process backend holds nothing. */
    @Override
    default void close() {
    }

    /** The in-process backend that every service uses unless told otherwise; one per JVM. */
    static RateLimiterBackend local() {
        return LocalRateLimiterBackend.shared();
    }

    /**
     * A new in-process backend of its own: services using it share limits with each other but not
     * with the rest of the JVM. For tests, and for keeping one service's limits apart.
     */
    static RateLimiterBackend newLocal() {
        return LocalRateLimiterBackend.isolated();
    }
}
