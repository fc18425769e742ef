package io.cloudimages.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Something going wrong at a fake cloud. Each fault says whether the request is still performed
 * (an import still creates its image), which is what makes the difference between a lost answer
 * and a lost request.
 */
public final class Fault {

    /** What the fault does. */
    public enum Kind {
        /** Answer with an HTTP status and a gateway's text body, without performing the request. */
        STATUS,
        /** Perform the request, then answer only after a delay (past the client's deadline, usually). */
        DELAY,
        /** Close the connection without answering and without performing the request. */
        DROP,
        /** Perform the request, then close the connection without answering. */
        DROP_AFTER_PROCESSING,
        /** Answer 200 with a body that is not JSON, without performing the request. */
        MALFORMED_JSON,
        /** Perform the request, then answer with only the first half of the JSON. */
        TRUNCATED_JSON,
        /** Answer with the cloud's own throttling answer, without performing the request. */
        THROTTLE,
        /** Answer with a given answer, without performing the request. */
        ANSWER,
        /** Perform the request, then answer with the cloud's answer changed: a cloud that lies. */
        REWRITE
    }

    private final Kind kind;
    private final int status;
    private final Duration delay;
    private final UnaryOperator<FakeResponse> rewrite;

    private Fault(Kind kind, int status, Duration delay) {
        this(kind, status, delay, null);
    }

    private Fault(Kind kind, int status, Duration delay, UnaryOperator<FakeResponse> rewrite) {
        this.kind = kind;
        this.status = status;
        this.delay = delay;
        this.rewrite = rewrite;
    }

    /** A gateway failure such as 502, 503 or 504. */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a failure status is 4xx or 5xx, got " + status);
        }
        return new Fault(Kind.STATUS, status, Duration.ZERO);
    }

    /** Performs the request and answers after {@code delay}. */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 0, Objects.requireNonNull(delay, "delay"));
    }

    /** Performs the request and never answers while the fake runs. */
    public static Fault hang() {
        return delay(Duration.ofHours(1));
    }

    /** The connection drops before the request is performed. */
    public static Fault drop() {
        return new Fault(Kind.DROP, 0, Duration.ZERO);
    }

    /** The request is performed, then the connection drops before the answer. */
    public static Fault dropAfterProcessing() {
        return new Fault(Kind.DROP_AFTER_PROCESSING, 0, Duration.ZERO);
    }

    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, 0, Duration.ZERO);
    }

    public static Fault truncatedJson() {
        return new Fault(Kind.TRUNCATED_JSON, 0, Duration.ZERO);
    }

    public static Fault throttle() {
        return new Fault(Kind.THROTTLE, 0, Duration.ZERO);
    }

    /** Answers with {@code answer} (any status, headers and body), without performing the request. */
    public static Fault answer(FakeResponse answer) {
        Objects.requireNonNull(answer, "answer");
        return new Fault(Kind.ANSWER, answer.status(), Duration.ZERO, ignored -> answer);
    }

    /**
     * Performs the request, then answers with what {@code rewrite} makes of the cloud's answer:
     * a total that lies, a page cut short, a field of the wrong type.
     */
    public static Fault rewrite(UnaryOperator<FakeResponse> rewrite) {
        return new Fault(Kind.REWRITE, 0, Duration.ZERO, Objects.requireNonNull(rewrite, "rewrite"));
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public Duration delay() {
        return delay;
    }

    /** The answer this fault gives instead of (ANSWER) or made of (REWRITE) the cloud's own. */
    FakeResponse rewritten(FakeResponse answer) {
        return rewrite.apply(answer);
    }

    /** Whether the request is still performed under this fault. */
    public boolean performs() {
        return kind == Kind.DELAY || kind == Kind.DROP_AFTER_PROCESSING || kind == Kind.TRUNCATED_JSON
                || kind == Kind.REWRITE;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STATUS -> "status " + status;
            case DELAY -> "delay " + delay;
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
