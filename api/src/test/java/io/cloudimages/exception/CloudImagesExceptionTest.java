package io.cloudimages.exception;

import io.cloudimages.Capability;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CloudImagesExceptionTest {

    @Test
    void theMessageCarriesTheContextForLogs() {
        CloudImagesException e = new NameConflictException("The specified image name already exists.",
                ErrorContext.of("tencent-v3", "ImportImage").withCloudError("InvalidImageName.Duplicate", "71e69b56"));

        assertThat(e.getMessage()).isEqualTo("The specified image name already exists. [provider=tencent-v3,"
                + " action=ImportImage, code=InvalidImageName.Duplicate, requestId=71e69b56]");
        assertThat(e.detail()).isEqualTo("The specified image name already exists.");
        assertThat(e.errorCode()).isEqualTo("InvalidImageName.Duplicate");
        assertThat(e.requestId()).isEqualTo("71e69b56");
    }

    @Test
    void theContextSurvivesSerialization() throws Exception {
        CloudImagesException e = new ThrottledException("slow down",
                ErrorContext.of("ucloud", "DescribeImage").withCloudError("153", "req-9"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            CloudImagesException copy = (CloudImagesException) in.readObject();

            assertThat(copy.provider()).isEqualTo("ucloud");
            assertThat(copy.errorCode()).isEqualTo("153");
        }
    }

    @Test
    void anErrorFoundBeforeSendingHasNoCloudFields() {
        CloudImagesException e = new InvalidRequestException("name is required", ErrorContext.none());

        assertThat(e.getMessage()).isEqualTo("name is required");
        assertThat(e.errorCode()).isNull();
        assertThat(e.requestId()).isNull();
    }

    @Test
    void throttlingCarriesTheCloudsRetryHint() {
        ThrottledException e = new ThrottledException("slow down", ErrorContext.of("ucloud", "DescribeImage"),
                Duration.ofSeconds(2), null);

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void anUnsupportedCapabilityNamesAProviderThatHasIt() {
        UnsupportedCapabilityException e =
                new UnsupportedCapabilityException("tencent-legacy", Capability.IMPORT_IMAGE, "tencent-v3");

        assertThat(e.getMessage()).contains("provider tencent-legacy does not support importing an image")
                .contains("use provider tencent-v3");
        assertThat(e.alternativeProvider()).contains("tencent-v3");
    }

    @Test
    void aThrottlingHintIsKeptBetweenZeroAndAnHour() {
        ErrorContext context = ErrorContext.none();

        assertThat(new ThrottledException("t", context, java.time.Duration.ofDays(400), null).retryAfter())
                .contains(java.time.Duration.ofHours(1));
        assertThat(new ThrottledException("t", context, java.time.Duration.ofSeconds(-5), null).retryAfter())
                .contains(java.time.Duration.ZERO);
        assertThat(new ThrottledException("t", context, java.time.Duration.ofSeconds(3), null).retryAfter())
                .contains(java.time.Duration.ofSeconds(3));
    }
}
