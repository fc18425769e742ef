package io.cloudimages.core.internal.pipeline;

import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.QuotaExceededException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.spi.Action;
import org.junit.jupiter.api.Test;

import static io.cloudimages.core.internal.pipeline.DefaultRequestPipeline.endpointFailed;
import static io.cloudimages.core.internal.pipeline.DefaultRequestPipeline.isRetryable;
import static io.cloudimages.core.internal.pipeline.DefaultRequestPipeline.mayHaveBeenPerformed;
import static org.assertj.core.api.Assertions.assertThat;

class RetryDecisionTest {

    private static final Action READ = Action.read("DescribeImages", 40);
    private static final Action WRITE = Action.write("ImportImage", 10);
    private static final ErrorContext AT = ErrorContext.of("p", "a");
    private static final ErrorContext ANSWERED = AT.withCloudError("Code", "req-1");

    @Test
    void readsAreRetriedAfterEveryFailureThatMayPass() {
        assertThat(isRetryable(READ, new ThrottledException("t", AT))).isTrue();
        assertThat(isRetryable(READ, new ServiceUnavailableException("u", AT))).isTrue();
        assertThat(isRetryable(READ, new ProtocolException("p", AT))).isTrue();
        assertThat(isRetryable(READ, ServiceUnavailableException.notSent("n", AT, null))).isTrue();
    }

    @Test
    void writesAreRetriedOnlyWhenTheyWereCertainlyNotPerformed() {
        assertThat(isRetryable(WRITE, new ThrottledException("the cloud refused it", AT))).isTrue();
        assertThat(isRetryable(WRITE, ServiceUnavailableException.notSent("no connection", AT, null))).isTrue();
        assertThat(isRetryable(WRITE, new OutcomeUnknownException("lost", AT))).isFalse();
        assertThat(isRetryable(WRITE, new ServiceUnavailableException("timeout after sending", AT))).isFalse();
        assertThat(isRetryable(WRITE, new ProtocolException("garbled answer", AT))).isFalse();
    }

    @Test
    void refusalsOfTheRequestItselfAreNeverRetried() {
        assertThat(isRetryable(READ, new AuthenticationException("a", AT))).isFalse();
        assertThat(isRetryable(READ, new InvalidRequestException("i", AT))).isFalse();
        assertThat(isRetryable(READ, new InvalidRequestException("i", ANSWERED))).isFalse();
    }

    @Test
    void aRequestTheClientSideLimiterHeldBackIsNotRetriedBecauseTheDeadlineIsAlreadySpent() {
        assertThat(isRetryable(READ, ThrottledException.byClient("no permit in time", AT, null))).isFalse();
        assertThat(isRetryable(WRITE, ThrottledException.byClient("no permit in time", AT, null))).isFalse();
    }

    @Test
    void aFailedRequestMayHaveBeenPerformedOnlyWhenItWasSentAndTheCloudDidNotRefuseIt() {
        assertThat(mayHaveBeenPerformed(new ServiceUnavailableException("timeout after sending", AT))).isTrue();
        assertThat(mayHaveBeenPerformed(new ServiceUnavailableException("InternalError", ANSWERED))).isTrue();
        assertThat(mayHaveBeenPerformed(new ProtocolException("garbled answer", AT))).isTrue();
        assertThat(mayHaveBeenPerformed(ServiceUnavailableException.notSent("no connection", AT, null))).isFalse();
        assertThat(mayHaveBeenPerformed(new ThrottledException("the cloud refused it", ANSWERED))).isFalse();
        assertThat(mayHaveBeenPerformed(new QuotaExceededException("the cloud refused it", ANSWERED))).isFalse();
        assertThat(mayHaveBeenPerformed(new InvalidRequestException("found here", AT))).isFalse();
    }

    @Test
    void theCircuitCountsAgainstTheEndpointOnlyWhatItFailedToServe() {
        assertThat(endpointFailed(new ServiceUnavailableException("timeout after sending", AT))).isTrue();
        assertThat(endpointFailed(ServiceUnavailableException.notSent("no connection", AT, null))).isTrue();
        assertThat(endpointFailed(new ProtocolException("garbled answer", AT))).isTrue();
        assertThat(endpointFailed(new OutcomeUnknownException("an import's answer was lost", AT))).isTrue();
        assertThat(endpointFailed(new InvalidRequestException("the cloud refused it", ANSWERED))).isFalse();
        assertThat(endpointFailed(new QuotaExceededException("the cloud refused it", ANSWERED))).isFalse();
        assertThat(endpointFailed(new AuthenticationException("no credentials found", ErrorContext.none()))).isFalse();
        assertThat(endpointFailed(new IllegalStateException("a bug"))).isFalse();
    }
}
