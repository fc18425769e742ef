package io.cloudimages.core.internal.pipeline;

import io.cloudimages.Capability;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.NameConflictException;
import io.cloudimages.exception.RegionNotSupportedException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.exception.UnsupportedCapabilityException;
import io.cloudimages.exception.UnsupportedOsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcome tag names the kind of error, the most specific one. */
class OutcomesTest {

    private static final ErrorContext AT = ErrorContext.of("p", "a");

    @Test
    void eachKindOfInvalidRequestKeepsItsOwnName() {
        assertThat(Outcomes.of(new NameConflictException("n", AT))).isEqualTo("name_conflict");
        assertThat(Outcomes.of(new UnsupportedOsException("o", AT))).isEqualTo("unsupported_os");
        assertThat(Outcomes.of(new RegionNotSupportedException("r", AT))).isEqualTo("region_not_supported");
        assertThat(Outcomes.of(new UnsupportedCapabilityException("p", Capability.IMPORT_IMAGE)))
                .isEqualTo("unsupported_capability");
        assertThat(Outcomes.of(new InvalidRequestException("i", AT))).isEqualTo("invalid_request");
    }

    @Test
    void throttlingIsOneOutcomeWhicheverLimitRefused() {
        assertThat(Outcomes.of(new ThrottledException("t", AT))).isEqualTo("throttled");
        assertThat(Outcomes.of(ThrottledException.byClient("t", AT, null))).isEqualTo("throttled");
    }
}
