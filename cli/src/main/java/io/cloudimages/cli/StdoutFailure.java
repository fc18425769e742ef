package io.cloudimages.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Stdout could not be written: a full disk, or a reader that stopped reading ({@code | head}).
 * A long listing stops at once rather than fetch pages nobody will see.
 */
final class StdoutFailure extends RuntimeException {

    StdoutFailure() {
        super("stdout could not be written");
    }

    /** Throws when the last write to {@code out} failed. */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            throw new StdoutFailure();
        }
    }

    /**
     * Reports the failure and answers the exit code: a reader that closed the pipe wanted no more,
     * which is no error; anything else is, with the reason.
     */
    static int report(CliEnvironment environment, int exitCode) {
        Optional<IOException> cause = environment.stdoutFailure().get();
        if (cause.map(e -> String.valueOf(e.getMessage()).contains("Broken pipe")).orElse(false)) {
            return exitCode;
        }
        environment.err().println(Failure.PREFIX + "could not write the output to stdout"
                + cause.map(e -> ": " + e.getMessage()).orElse("") + "; what was printed is incomplete");
        return exitCode == ExitCode.OK ? ExitCode.UNEXPECTED : exitCode;
    }
}
