package io.cloudimages.core.pipeline;

import io.cloudimages.core.ratelimit.RequestRate;

import java.util.Objects;

/**
 * A cloud API action as the pipeline sees it: its name, its published rate limit and whether
 * sending it twice is harmless.
 *
 * @param name              the cloud's action name, for example {@code DescribeImages}
 * @param requestsPerSecond the published limit, overridable per action in settings
 * @param idempotent        true for reads: they are retried on throttling, server and network
 *                          errors. False for actions that change something (an import): they are
 *                          sent again only when the cloud proved it did not perform them (a
 *                          throttling answer) or no connection was made; any other failure after
 *                          sending is an unknown outcome for the provider to reconcile
 */
public record Action(String name, int requestsPerSecond, boolean idempotent) {

    public Action {
        Objects.requireNonNull(name, "name");
        RequestRate.requireValidLimit(requestsPerSecond, "rate limit of " + name);
    }

    /** A read, safe to send more than once. */
    public static Action read(String name, int requestsPerSecond) {
        return new Action(name, requestsPerSecond, true);
    }

    /** An action that changes something and must never be performed twice. */
    public static Action write(String name, int requestsPerSecond) {
        return new Action(name, requestsPerSecond, false);
    }
}
