package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.internal.http.NotSentException;
import io.cloudimages.spi.Action;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import org.junit.jupiter.api.Test;

import static io.cloudimages.core.internal.pipeline.DefaultRequestPipeline.isRetryable;
import static org.assertj.core.api.Assertions.assertThat;

class RetryDecisionTest {

    private static final Action READ = Action.read("DescribeImages", 40);
    private static final Action WRITE = Action.write("ImportImage", 10);
    private static final ErrorContext AT = ErrorContext.of("p", "a");

    @Test
    void readsAreRetriedAfterEveryFailureThatMayPass() {
        assertThat(isRetryable(READ, new ThrottledException("t", AT))).isTrue();
        assertThat(isRetryable(READ, new ServiceUnavailableException("u", AT))).isTrue();
        assertThat(isRetryable(READ, new ProtocolException("p", AT))).isTrue();
        assertThat(isRetryable(READ, new NotSentException("n", AT, null))).isTrue();
    }

    @Test
    void writesAreRetriedOnlyWhenTheyWereCertainlyNotPerformed() {
        assertThat(isRetryable(WRITE, new ThrottledException("the cloud refused it", AT))).isTrue();
        assertThat(isRetryable(WRITE, new NotSentException("no connection", AT, null))).isTrue();
        assertThat(isRetryable(WRITE, new OutcomeUnknownException("lost", AT))).isFalse();
        assertThat(isRetryable(WRITE, new ServiceUnavailableException("timeout after sending", AT))).isFalse();
        assertThat(isRetryable(WRITE, new ProtocolException("garbled answer", AT))).isFalse();
    }

    @Test
    void refusalsOfTheRequestItselfAreNeverRetried() {
        assertThat(isRetryable(READ, new AuthenticationException("a", AT))).isFalse();
        assertThat(isRetryable(READ, new InvalidRequestException("i", AT))).isFalse();
    }

    @Test
    void clientSideRefusalsAreNotRetriedBecauseTheDeadlineIsAlreadySpent() {
        assertThat(isRetryable(READ, new ClientThrottledException("no permit in time", AT, null))).isFalse();
        assertThat(isRetryable(READ, new CircuitOpenException("open", AT, null))).isFalse();
    }
}
