package io.cloudimages.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A module's API file, {@code <module>/api.txt}: the public API the module promises, checked in,
 * so that a change to the API is a change to this file, deliberate and seen in review.
 */
final class ApiFile {

    /** Writes the API files anew from the compiled classes; the one command to accept a change. */
    static final String ACCEPT_COMMAND = "mvn -B -pl architecture-tests -am verify -Dapi.accept=true";

    private ApiFile() {
    }

    /** What the file of a module holds: a header saying what it is, then the API. */
    static String contents(String module, String api) {
        return "# The public API of the " + module + " module, generated from its classes: every public and protected\n"
                + "# type, constructor, method and field outside the .internal packages. Tests fail when the classes\n"
                + "# differ from this file; to accept a deliberate change, run\n"
                + "#   " + ACCEPT_COMMAND + "\n"
                + "# and commit this file with the change.\n\n"
                + api;
    }

    /**
     * Checks that the file holds {@code expected}.
     *
     * @param accept write {@code expected} to the file instead of failing when it differs
     * @return whether the file was written
     * @throws AssertionError when the file differs, with the difference and how to accept it
     */
    static boolean check(Path file, String expected, boolean accept) throws IOException {
        String promised = Files.exists(file) ? Files.readString(file).replace("\r\n", "\n") : null;
        if (expected.equals(promised)) {
            return false;
        }
        if (accept) {
            Files.writeString(file, expected);
            return true;
        }
        throw new AssertionError((promised == null ? "There is no API file " + file + " yet."
                : "The public API differs from " + file + " (- in the file, + in the classes):\n" + diff(promised, expected))
                + "\nIf the change is deliberate, accept it with\n  " + ACCEPT_COMMAND
                + "\nand commit " + file.getParent().getFileName() + "/" + file.getFileName() + " with it;"
                + " otherwise undo the change to the API.");
    }

    /**
     * The lines that differ, as a unified diff writes them ({@code -} removed, {@code +} added),
     * each hunk under the type it is in. Blank lines are left out.
     */
    static String diff(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        // the longest common subsequence of lines, from the end: common[i][j] is that of a[i..] and b[j..]
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        String type = null;
        boolean typeShown = false;
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                if (isTypeLine(a.get(i))) {
                    type = a.get(i);
                    typeShown = false;
                }
                i++;
                j++;
                continue;
            }
            // removed lines before added ones, as diff writes them
            boolean added = i == a.size() || j < b.size() && common[i][j + 1] > common[i + 1][j];
            String line = added ? b.get(j++) : a.get(i++);
            if (line.isBlank()) {
                continue;
            }
            if (isTypeLine(line)) {
                // the members that follow belong to the type as the classes have it
                type = added ? line : type;
                typeShown = true;
            } else if (type != null && !typeShown) {
                out.append(' ').append(type).append('\n');
                typeShown = true;
            }
            out.append(added ? '+' : '-').append(line).append('\n');
        }
        return out.toString();
    }

    private static boolean isTypeLine(String line) {
        return !line.isBlank() && !line.startsWith(" ") && !line.startsWith("#");
    }
}
