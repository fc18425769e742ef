package io.cloudimages.exception;

import io.cloudimages.Capability;
import io.cloudimages.model.ImageState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What every kind of error answers about the request that failed: sent, refused by the cloud, worth sending again. */
class ErrorAnswersTest {

    /** Where an error found by this library is reported: no code, no request id. */
    private static final ErrorContext HERE = ErrorContext.of("tencent-v3", "ImportImage");
    /** Where the cloud's answer is reported: its code and request id. */
    private static final ErrorContext CLOUD = HERE.withCloudError("Some.Code", "req-1");

    static Stream<Arguments> kinds() {
        return Stream.of(
                //                                                                                       sent   refused retryable
                arguments("invalid input found here", new InvalidRequestException("d", HERE),               false, false, false),
                arguments("invalid input refused by the cloud", new InvalidRequestException("d", CLOUD),    true,  true,  false),
                arguments("name conflict found here", new NameConflictException("d", HERE),                 false, false, false),
                arguments("name conflict refused by the cloud", new NameConflictException("d", CLOUD),      true,  true,  false),
                arguments("unsupported OS found here", new UnsupportedOsException("d", HERE),               false, false, false),
                arguments("unsupported OS refused by the cloud", new UnsupportedOsException("d", CLOUD),    true,  true,  false),
                arguments("region found here", new RegionNotSupportedException("d", HERE),                  false, false, false),
                arguments("region refused by the cloud", new RegionNotSupportedException("d", CLOUD),       true,  true,  false),
                arguments("unsupported capability",
                        new UnsupportedCapabilityException("tencent-legacy", Capability.IMPORT_IMAGE),      false, false, false),
                arguments("no credentials found", new AuthenticationException("d", ErrorContext.none()),     false, false, false),
                arguments("credentials refused by the cloud", new AuthenticationException("d", CLOUD),      true,  true,  false),
                arguments("permission denied", new PermissionDeniedException("d", CLOUD),                   true,  true,  false),
                arguments("quota exceeded", new QuotaExceededException("d", CLOUD),                         true,  true,  false),
                arguments("another cloud error", new CloudServiceException("d", CLOUD),                     true,  true,  false),
                arguments("a gateway's HTTP 403, without a code", new CloudServiceException("d", HERE),     true,  true,  false),
                arguments("throttled by the cloud", new ThrottledException("d", CLOUD),                     true,  true,  true),
                arguments("a gateway's HTTP 429, without a code",
                        new ThrottledException("d", HERE, Duration.ofSeconds(1), null),                     true,  true,  true),
                arguments("throttled by the client", ThrottledException.byClient("d", HERE, null),          false, false, true),
                arguments("no answer in time", new ServiceUnavailableException("d", HERE),                  true,  false, true),
                arguments("the cloud's internal error", new ServiceUnavailableException("d", CLOUD),        true,  false, true),
                arguments("no connection", ServiceUnavailableException.notSent("d", HERE, null),            false, false, true),
                arguments("an unreadable answer", new ProtocolException("d", CLOUD),                        true,  false, true),
                arguments("an unknown outcome", new OutcomeUnknownException("d", HERE),                     true,  false, false),
                arguments("an image that failed in the cloud",
                        new ImageFailedException("d", HERE, "img-1", ImageState.FAILED, "IMPORTFAILED"),    true,  false, false),
                arguments("an image that vanished", new ImageVanishedException("d", HERE, "img-1", true),   true,  false, false),
                arguments("a wait that timed out", new WaitTimeoutException("d", HERE, "img-1", ImageState.IMPORTING,
                        "IMPORTING", Duration.ofMinutes(30), null),                                          true,  false, true));
    }

    @ParameterizedTest(name = "{0}: sent {2}, refused {3}, retryable {4}")
    @MethodSource("kinds")
    void eachKindOfErrorSaysWhatBecameOfItsRequest(String what, CloudImagesException error, boolean sent, boolean refused,
                                                   boolean retryable) {
        assertThat(error.requestSent()).as("requestSent").isEqualTo(sent);
        assertThat(error.cloudRefused()).as("cloudRefused").isEqualTo(refused);
        assertThat(error.retryable()).as("retryable").isEqualTo(retryable);
    }

    @ParameterizedTest
    @ValueSource(classes = {NameConflictException.class, UnsupportedOsException.class, RegionNotSupportedException.class,
            UnsupportedCapabilityException.class})
    void theInputErrorsAreKindsOfInvalidRequest(Class<?> kind) {
        assertThat(InvalidRequestException.class).isAssignableFrom(kind);
    }

    @Test
    void throttlingIsTheCloudsUnlessTheClientSideLimiterHeldTheRequestBack() {
        assertThat(new ThrottledException("d", CLOUD).source()).isEqualTo(ThrottledException.Source.CLOUD);
        assertThat(new ThrottledException("d", HERE, null, null).source()).isEqualTo(ThrottledException.Source.CLOUD);
        assertThat(ThrottledException.byClient("d", HERE, null).source()).isEqualTo(ThrottledException.Source.CLIENT);
    }

    @Test
    void theAnswersSurviveSerialization() throws Exception {
        ThrottledException throttled = (ThrottledException) copy(ThrottledException.byClient("d", HERE, null));
        CloudImagesException unavailable = copy(ServiceUnavailableException.notSent("d", HERE, null));

        assertThat(throttled.source()).isEqualTo(ThrottledException.Source.CLIENT);
        assertThat(throttled.requestSent()).isFalse();
        assertThat(throttled.retryable()).isTrue();
        assertThat(unavailable.requestSent()).isFalse();
    }

    @Test
    void whatAWaitSawSurvivesSerialization() throws Exception {
        WaitTimeoutException timedOut = (WaitTimeoutException) copy(new WaitTimeoutException("d", HERE, "img-1",
                ImageState.IMPORTING, "IMPORTING", Duration.ofMinutes(30), null));
        ImageFailedException failed = (ImageFailedException) copy(new ImageFailedException("d", HERE, "img-1",
                ImageState.FAILED, "IMPORTFAILED"));

        assertThat(timedOut.imageId()).isEqualTo("img-1");
        assertThat(timedOut.lastState()).isEqualTo(ImageState.IMPORTING);
        assertThat(timedOut.timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(failed.rawState()).isEqualTo("IMPORTFAILED");
    }

    private static CloudImagesException copy(CloudImagesException error) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(error);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (CloudImagesException) in.readObject();
        }
    }
}
