package io.cloudimages.cli;

import io.cloudimages.core.credentials.HostEnvironment;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a run of the command talks to: its output streams, where credentials are looked up, and
 * whether stderr is a terminal (progress is shown only there). Tests give their own.
 *
 * @param out              the command's output: the listing, the JSON document, the new image id
 * @param err              errors, warnings and progress
 * @param host             environment variables and home directory for credential lookups
 * @param stderrIsTerminal whether progress lines may be drawn on {@code err}
 */
record CliEnvironment(PrintWriter out, PrintWriter err, HostEnvironment host, boolean stderrIsTerminal) {

    static CliEnvironment system() {
        // UTF-8 whatever the locale: image names are often Chinese, and JSON is UTF-8
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        return new CliEnvironment(out, err, HostEnvironment.system(), stderrIsATerminal());
    }

    /** Java 17 cannot ask about stderr alone; on Linux its descriptor links to a tty device when it is one. */
    private static boolean stderrIsATerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
