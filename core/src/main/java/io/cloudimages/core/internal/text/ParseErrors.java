package io.cloudimages.core.internal.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes a JSON or YAML parse error by where it is and what kind of problem it is, never by
 * what the text says there: the parsers quote the offending token and print the offending line,
 * which in a credentials or configuration file is often a secret.
 */
public final class ParseErrors {

    private ParseErrors() {
    }

    /** "line 3, column 46: while scanning a quoted scalar, found unexpected end of stream". */
    public static String describe(JsonProcessingException e) {
        List<String> problems = new ArrayList<>();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (String line : message.split("\n")) {
            // snippet lines are indented; "in 'reader', line ..." lines only locate them
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("in '")) {
                continue;
            }
            problems.add(line.replaceAll("'[^']*'|\"[^\"]*\"", "'…'").strip());
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return where + String.join(", ", problems);
    }
}
