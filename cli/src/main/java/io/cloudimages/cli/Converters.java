package io.cloudimages.cli;

import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsType;
import io.cloudimages.model.VersionRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads option values into the neutral model, saying what is allowed when a value is not. */
final class Converters {

    private Converters() {
    }

    static final class ImageTypes implements ITypeConverter<ImageType> {
        @Override
        public ImageType convert(String value) {
            return ImageType.fromId(lower(value)).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not an image type; use " + ids(ImageType.values(), ImageType::id)));
        }
    }

    static final class OsTypes implements ITypeConverter<OsType> {
        @Override
        public OsType convert(String value) {
            return switch (lower(value)) {
                case "linux" -> OsType.LINUX;
                case "windows" -> OsType.WINDOWS;
                default -> throw new TypeConversionException("'" + value + "' is not an OS type; use linux or windows");
            };
        }
    }

    static final class OsFamilies implements ITypeConverter<OsFamily> {
        @Override
        public OsFamily convert(String value) {
            return OsFamily.fromId(lower(value)).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not an OS family; use one of " + ids(OsFamily.values(), OsFamily::id)));
        }
    }

    /** The architectures an image can be imported as: never {@code unknown}. */
    static final class Architectures implements ITypeConverter<Architecture> {
        @Override
        public Architecture convert(String value) {
            return Architecture.fromName(value).filter(a -> a != Architecture.UNKNOWN).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not an architecture; use x86_64, i386 or arm64"));
        }
    }

    /** An OS version ({@code 22.04}, {@code 22}) or a range ({@code >=20.04,<24}). */
    static final class VersionRanges implements ITypeConverter<VersionRange> {
        @Override
        public VersionRange convert(String value) {
            try {
                return VersionRange.parse(value);
            } catch (InvalidRequestException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code KEY=VALUE}; the value may be empty, the key may not. */
    static final class Tags implements ITypeConverter<Map.Entry<String, String>> {
        @Override
        public Map.Entry<String, String> convert(String value) {
            int equals = value.indexOf('=');
            if (equals <= 0 || value.substring(0, equals).isBlank()) {
                throw new TypeConversionException("'" + value + "' is not a tag; write KEY=VALUE, for example team=infra");
            }
            return Map.entry(value.substring(0, equals).strip(), value.substring(equals + 1).strip());
        }
    }

    static final class PositiveCounts implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int count = Integer.parseInt(value.strip());
                if (count >= 1) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a whole number from 1 to " + Integer.MAX_VALUE);
        }
    }

    /** How long to wait: {@code 90s}, {@code 10m}, {@code 1h}, or together, {@code 1h30m}; from a second to a day. */
    static final class WaitTimeouts implements ITypeConverter<Duration> {
        private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,5})h)?(?:(\\d{1,7})m)?(?:(\\d{1,9})s)?");
        static final Duration LONGEST = Duration.ofDays(1);

        @Override
        public Duration convert(String value) {
            Matcher parts = DURATION.matcher(lower(value));
            if (parts.matches() && !parts.group().isEmpty()) {
                Duration duration = Duration.ofHours(number(parts.group(1))).plusMinutes(number(parts.group(2)))
                        .plusSeconds(number(parts.group(3)));
                if (!duration.isZero() && duration.compareTo(LONGEST) <= 0) {
                    return duration;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a wait from 1s to 24h; write for example 90s, 10m,"
                    + " 1h or 1h30m");
        }

        private static long number(String digits) {
            return digits == null ? 0 : Long.parseLong(digits);
        }
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> String ids(T[] values, java.util.function.Function<T, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }
}
