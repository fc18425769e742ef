package io.cloudimages.core.json;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    record Stamp(String ImageId, Instant CreatedTime, OffsetDateTime Updated) {
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void timestampsWithZAndWithAnOffsetReadAlike() {
        Stamp z = Json.read(bytes("{\"CreatedTime\":\"2020-09-22T00:00:00Z\"}"), Stamp.class, ErrorContext.none());
        Stamp offset = Json.read(bytes("{\"CreatedTime\":\"2020-09-22T00:00:00+00:00\"}"), Stamp.class, ErrorContext.none());
        Stamp east = Json.read(bytes("{\"CreatedTime\":\"2020-09-22T08:00:00+08:00\"}"), Stamp.class, ErrorContext.none());

        assertThat(z.CreatedTime()).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(offset.CreatedTime()).isEqualTo(z.CreatedTime());
        assertThat(east.CreatedTime()).isEqualTo(z.CreatedTime());
    }

    @Test
    void offsetTimestampsKeepTheirOffset() {
        Stamp stamp = Json.read(bytes("{\"Updated\":\"2020-09-22T08:00:00+08:00\"}"), Stamp.class, ErrorContext.none());

        assertThat(stamp.Updated().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void unknownFieldsAreIgnoredBecauseCloudsAddFieldsAllTheTime() {
        Stamp stamp = Json.read(bytes("{\"ImageId\":\"img-1\",\"SomethingNew\":{\"a\":1}}"), Stamp.class, ErrorContext.none());

        assertThat(stamp.ImageId()).isEqualTo("img-1");
    }

    @Test
    void malformedOrTruncatedJsonIsAProtocolError() {
        ErrorContext at = ErrorContext.of("p", "DescribeImages");

        assertThatThrownBy(() -> Json.readTree(bytes("{\"Response\": {\"ImageSet\": ["), at))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("DescribeImages");
        assertThatThrownBy(() -> Json.readTree(bytes("<html>"), at)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> Json.readTree(new byte[0], at)).isInstanceOf(ProtocolException.class);
    }

    @Test
    void instantsAreWrittenAsIsoText() {
        assertThat(Json.write(new Stamp("i", Instant.parse("2024-01-02T03:04:05Z"), null)))
                .contains("\"CreatedTime\":\"2024-01-02T03:04:05Z\"");
    }
}
