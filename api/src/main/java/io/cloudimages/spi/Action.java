package io.cloudimages.spi;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;

import java.util.Objects;

/**
 * A cloud API action a provider sends, declared once: the provider lists its actions
 * ({@link ImageProvider#actions()}), its calls hand the same constants to the request pipeline,
 * and the published limit is what {@link io.cloudimages.ProviderSettings#rateLimits()} may override.
 *
 * <pre>{@code
 * public static final Action LIST_IMAGES = Action.read("ListImages", 20);
 * public static final Action IMPORT_IMAGE = Action.write("ImportImage", 10);
 * }</pre>
 *
 * @param name              the cloud's action name, for example {@code DescribeImages}
 * @param requestsPerSecond the published limit: at most this many requests in any sliding second
 * @param idempotent        true for reads: they are retried on throttling, server and network
 *                          errors. False for actions that change something (an import): they are
 *                          sent again only when the cloud proved it did not perform them (a
 *                          throttling answer) or nothing was sent; any other failure after
 *                          sending is an unknown outcome for the provider to reconcile
 */
public record Action(String name, int requestsPerSecond, boolean idempotent) {

    /** The largest limit an action may have or be given; no cloud publishes more. */
    public static final int MAX_REQUESTS_PER_SECOND = 100_000;

    public Action {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an action needs a name");
        }
        requireValidLimit(requestsPerSecond, "rate limit of " + name);
    }

    /** A read, safe to send more than once. */
    public static Action read(String name, int requestsPerSecond) {
        return new Action(name, requestsPerSecond, true);
    }

    /** An action that changes something and must never be performed twice. */
    public static Action write(String name, int requestsPerSecond) {
        return new Action(name, requestsPerSecond, false);
    }

    /**
     * This action sent as a dry run: the cloud only checks the request and performs nothing, so
     * the call may be retried like a read. Same name, same limit: the cloud counts it as the action.
     */
    public Action dryRun() {
        return idempotent ? this : new Action(name, requestsPerSecond, true);
    }

    /**
     * Checks a limit, declared or given in settings.
     *
     * @param what names the limit in the message, for example "rate limit for DescribeImages"
     * @throws InvalidRequestException when it is out of range, with what is allowed
     */
    public static int requireValidLimit(int limit, String what) {
        if (limit < 2 || limit > MAX_REQUESTS_PER_SECOND) {
            throw new InvalidRequestException("the " + what + " must be a whole number of requests per second from 2 to "
                    + MAX_REQUESTS_PER_SECOND + ", got " + limit + " (the limiter allows at most N in any sliding second"
                    + " and sustains N-1 per second, so 2 already means about one request per second)", ErrorContext.none());
        }
        return limit;
    }
}
