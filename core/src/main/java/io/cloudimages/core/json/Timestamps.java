package io.cloudimages.core.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The timestamp formats the clouds use, read into {@link Instant}s. */
public final class Timestamps {

    /** China Standard Time: the zone of the legacy qcloud API's zone-less timestamps. */
    public static final ZoneId CHINA_STANDARD_TIME = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    /**
     * An ISO-8601 timestamp with an offset: {@code 2020-09-22T00:00:00Z} and
     * {@code 2020-09-22T00:00:00+00:00} alike (Tencent documents the first and sends the second).
     *
     * @return the instant, or empty for null, blank or unreadable text (a listing never fails on a date)
     */
    public static Optional<Instant> parseIso(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A zone-less {@code yyyy-MM-dd HH:mm:ss} timestamp in the given zone.
     *
     * @return the instant, or empty for null, blank or unreadable text
     */
    public static Optional<Instant> parseLocal(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), LOCAL).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Unix seconds; empty for null or values that are not positive. */
    public static Optional<Instant> fromEpochSeconds(Long seconds) {
        return seconds == null || seconds <= 0 || seconds > Instant.MAX.getEpochSecond() ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(seconds));
    }
}
