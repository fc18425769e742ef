package io.cloudimages.cli;

/** A failure the command itself decides on, with its exit code and a message a person can act on. */
final class CommandFailure extends RuntimeException {

    private final int exitCode;

    private CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Bad usage, found before anything was sent. */
    static CommandFailure usage(String message) {
        return new CommandFailure(ExitCode.USAGE, message, null);
    }

    static CommandFailure of(int exitCode, String message) {
        return new CommandFailure(exitCode, message, null);
    }

    /** A failure that explains a library error further; {@code --verbose} shows the error. */
    static CommandFailure of(int exitCode, String message, Throwable cause) {
        return new CommandFailure(exitCode, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
