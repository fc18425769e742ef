package io.cloudimages.model;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which OS versions a query accepts: a version, or a range of them, compared numerically segment
 * by segment as {@link Version} compares ("22.04" is newer than "9.10").
 *
 * <ul>
 *   <li>A version stands for itself and every version within it: {@code 22.04} accepts 22.04 and
 *       22.04.3, {@code 22} every 22.x, {@code 2012} also 2012 R2 (a qualifier given must match:
 *       {@code 2012 R2} accepts 2012 R2 only).</li>
 *   <li>A range is comparisons joined by commas, all of which must hold: {@code >=20.04,<24}
 *       accepts 20.04 up to every 23.x. {@code >=V} and {@code <V} compare with V itself;
 *       {@code <=V} also accepts what is within V ({@code <=22.04} accepts 22.04.3), and
 *       {@code >V} accepts nothing within V ({@code >22} starts at 23). A version without an
 *       operator may be one of the terms.</li>
 *   <li>An image whose version is unknown, or has no number ("-"), is never accepted.</li>
 * </ul>
 *
 * <p>Immutable. Two ranges are equal when they are written the same way, blanks aside.
 */
public final class VersionRange {

    /** The longest text accepted, in characters: ranges are short, and this bounds the work a query does per image. */
    public static final int MAX_LENGTH = 200;

    /** What may follow the numbers of a version in a range, as OS names write it: "R2", "SP3". */
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(R|SP)[0-9]+");

    private enum Operator {
        WITHIN(""), AT_LEAST(">="), ABOVE(">"), AT_MOST("<="), BELOW("<");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    private record Term(Operator operator, Version version) {
        boolean accepts(Version candidate) {
            int order = candidate.compareNumerically(version);
            return switch (operator) {
                case WITHIN -> candidate.isWithin(version);
                case AT_LEAST -> order >= 0;
                case ABOVE -> order > 0 && !candidate.isWithin(version);
                case AT_MOST -> order < 0 || candidate.isWithin(version);
                case BELOW -> order < 0;
            };
        }

        @Override
        public String toString() {
            return operator.symbol + version;
        }
    }

    private final List<Term> terms;
    private final String text;

    private VersionRange(List<Term> terms) {
        this.terms = List.copyOf(terms);
        this.text = terms.stream().map(Term::toString).collect(Collectors.joining(","));
    }

    /**
     * Reads a version ({@code 22.04}) or a range ({@code >=20.04,<24}); blanks around the terms
     * and operators are ignored.
     *
     * @throws InvalidRequestException when the text is neither, saying what is allowed
     */
    public static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("an OS version is needed, such as 22.04, 22, or a range such as >=20.04,<24");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid("the OS version range has " + text.length() + " characters; at most " + MAX_LENGTH
                    + " are allowed");
        }
        List<Term> terms = new ArrayList<>();
        for (String written : text.split(",", -1)) {
            String term = written.strip();
            Operator operator = Operator.WITHIN;
            for (Operator candidate : List.of(Operator.AT_LEAST, Operator.AT_MOST, Operator.ABOVE, Operator.BELOW)) {
                if (term.startsWith(candidate.symbol)) {
                    operator = candidate;
                    term = term.substring(candidate.symbol.length()).strip();
                    break;
                }
            }
            terms.add(new Term(operator, version(term, text)));
        }
        return new VersionRange(terms);
    }

    private static Version version(String term, String whole) {
        Version version = term.isEmpty() ? null : Version.of(term);
        if (version == null || version.numbers().isEmpty()
                || !(version.qualifier().isEmpty() || QUALIFIER.matcher(version.qualifier()).matches())) {
            throw invalid("\"" + whole + "\" is not an OS version or range: \"" + term + "\" is not a version; write a"
                    + " version such as 22.04, 22 or 2012 R2, or comparisons joined by commas, each of >=, >, <= or <"
                    + " and a version, such as >=20.04,<24");
        }
        return version;
    }

    /** Whether this version is accepted; an unknown version (null) or one without a number never is. */
    public boolean contains(Version version) {
        if (version == null || version.numbers().isEmpty()) {
            return false;
        }
        for (Term term : terms) {
            if (!term.accepts(version)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionRange other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    /** The range as it can be written again, blanks around the terms removed: {@code >=20.04,<24}. */
    @Override
    public String toString() {
        return text;
    }

    private static InvalidRequestException invalid(String detail) {
        return new InvalidRequestException(detail, ErrorContext.none());
    }
}
