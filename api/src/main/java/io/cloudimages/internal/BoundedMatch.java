package io.cloudimages.internal;

import java.util.regex.Pattern;

/**
 * Searches text for a user's regular expression at a bounded cost. Java's engine backtracks:
 * an expression such as {@code (.*a){10}!x} takes exponential time on a short name, and
 * {@code (a|b)*c} recurses once per character, overflowing the stack on a long one. Every step
 * of the engine reads a character, so the text is handed over behind a counter that stops the
 * search once it has read too many; a stack overflow stops it too, as it unwinds out of the
 * engine alone.
 */
public final class BoundedMatch {

    /** Characters a search may read: a million, and a hundred per character of the text. */
    static final long BASE_BUDGET = 1_000_000;
    static final long BUDGET_PER_CHARACTER = 100;

    private BoundedMatch() {
    }

    /** The search was stopped before it could tell. */
    public static final class TooCostly extends Exception {
        private TooCostly(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Whether {@code pattern} is found anywhere in {@code text}, as {@link java.util.regex.Matcher#find()}. */
    public static boolean find(Pattern pattern, String text) throws TooCostly {
        Budgeted budgeted = new Budgeted(text, BASE_BUDGET + BUDGET_PER_CHARACTER * text.length());
        try {
            return pattern.matcher(budgeted).find();
        } catch (Exhausted e) {
            throw new TooCostly("it backtracks more than " + budgeted.budget + " steps on a name of " + text.length()
                    + " characters");
        } catch (StackOverflowError e) {
            throw new TooCostly("it recurses too deeply on a name of " + text.length() + " characters");
        }
    }

    private static final class Exhausted extends RuntimeException {
        private static final Exhausted INSTANCE = new Exhausted();

        private Exhausted() {
            super(null, null, false, false);
        }
    }

    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long budget;
        private long remaining;

        Budgeted(String text, long budget) {
            this.text = text;
            this.budget = budget;
            this.remaining = budget;
        }

        @Override
        public char charAt(int index) {
            if (--remaining < 0) {
                throw Exhausted.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
