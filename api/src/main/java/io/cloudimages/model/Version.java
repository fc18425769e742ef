package io.cloudimages.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operating-system version as the cloud wrote it ("7.2", "14.04.1", "2012 R2", "11 SP3",
 * "V10"), ordered numerically: "22.04" is newer than "9.10", and "2012 R2" is newer than "2012".
 *
 * <p>{@link #toString()} gives the text exactly as written.
 */
public final class Version implements Comparable<Version> {

    private static final Pattern QUALIFIER = Pattern.compile("(?i)^([a-z]+)(\\d*)$");

    private final String text;
    private final List<Long> numbers;
    private final String qualifier;

    private Version(String text) {
        this.text = text;
        // "v"? digits ("." digits)*, read by hand: a regular expression would recurse once per number
        List<Long> parsed = new ArrayList<>();
        int start = text.length() > 1 && (text.charAt(0) == 'v' || text.charAt(0) == 'V') && isDigit(text, 1) ? 1 : 0;
        int end = start;
        while (isDigit(text, end)) {
            int from = end;
            while (isDigit(text, end)) {
                end++;
            }
            parsed.add(parseBounded(text.substring(from, end)));
            if (text.startsWith(".", end) && isDigit(text, end + 1)) {
                end++;
            }
        }
        this.numbers = Collections.unmodifiableList(parsed);
        this.qualifier = (parsed.isEmpty() ? text : text.substring(end)).trim();
    }

    /**
     * Reads a version. Any non-blank text is accepted; text with no leading number (such as
     * "-") sorts before every numbered version.
     *
     * @throws IllegalArgumentException if the text is null or blank
     */
    public static Version of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a version needs some text, such as \"7.9\" or \"22.04\"");
        }
        return new Version(text.trim());
    }

    /** The numeric components, "14.04.1" gives [14, 4, 1]; empty when the text has no leading number. */
    public List<Long> numbers() {
        return numbers;
    }

    /** The leading number, 14 for "14.04.1"; -1 when there is none. */
    public long major() {
        return numbers.isEmpty() ? -1 : numbers.get(0);
    }

    /** What follows the numbers ("R2", "SP3"), or "" when nothing does. */
    public String qualifier() {
        return qualifier;
    }

    /**
     * True when this version is {@code other} or lies within it: "7.9" is within "7", and "7" is
     * within "7". Qualifiers must match when {@code other} has one.
     */
    public boolean isWithin(Version other) {
        if (other.numbers.isEmpty() || other.numbers.size() > numbers.size()) {
            return text.equalsIgnoreCase(other.text);
        }
        if (!numbers.subList(0, other.numbers.size()).equals(other.numbers)) {
            return false;
        }
        return other.qualifier.isEmpty() || other.qualifier.equalsIgnoreCase(qualifier);
    }

    @Override
    public int compareTo(Version other) {
        int numerically = compareNumerically(other);
        return numerically != 0 ? numerically : text.compareTo(other.text);
    }

    /**
     * The order of {@link #compareTo}, but blind to how the numbers are written: "22.04" and "22.4"
     * are the same version here. Segment by segment, a missing segment before any number
     * ("22.04" before "22.04.3"), then the qualifier ("2012" before "2012 R2").
     */
    int compareNumerically(Version other) {
        int size = Math.max(numbers.size(), other.numbers.size());
        if (numbers.isEmpty() != other.numbers.isEmpty()) {
            return numbers.isEmpty() ? -1 : 1;
        }
        for (int i = 0; i < size; i++) {
            long mine = i < numbers.size() ? numbers.get(i) : -1;
            long theirs = i < other.numbers.size() ? other.numbers.get(i) : -1;
            if (mine != theirs) {
                return Long.compare(mine, theirs);
            }
        }
        return compareQualifiers(qualifier, other.qualifier);
    }

    /** No qualifier sorts first; "R2" before "R10"; "SP1" before "SP3". */
    private static int compareQualifiers(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(!a.isEmpty(), !b.isEmpty());
        }
        Matcher ma = QUALIFIER.matcher(a);
        Matcher mb = QUALIFIER.matcher(b);
        if (ma.matches() && mb.matches()) {
            int byWord = ma.group(1).toLowerCase(Locale.ROOT).compareTo(mb.group(1).toLowerCase(Locale.ROOT));
            if (byWord != 0) {
                return byWord;
            }
            long na = ma.group(2).isEmpty() ? 0 : parseBounded(ma.group(2));
            long nb = mb.group(2).isEmpty() ? 0 : parseBounded(mb.group(2));
            return Long.compare(na, nb);
        }
        return a.compareToIgnoreCase(b);
    }

    private static boolean isDigit(String text, int index) {
        return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
    }

    private static long parseBounded(String digits) {
        // a version component longer than a long is nonsense; cap it instead of failing a listing
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
