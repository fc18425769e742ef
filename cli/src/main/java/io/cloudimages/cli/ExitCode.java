package io.cloudimages.cli;

/** The command's exit codes: a contract scripts rely on. */
final class ExitCode {

    static final int OK = 0;
    /** Something unexpected: a bug, or the machine (out of memory, disk). */
    static final int UNEXPECTED = 1;
    /** Bad usage or input, found before anything that changes anything was sent. */
    static final int USAGE = 2;
    /** The credentials were refused, missing, or lack a permission. */
    static final int AUTHENTICATION = 3;
    /** The cloud kept throttling after every retry. */
    static final int THROTTLED = 4;
    /** Any other error the cloud answered with (its code and request id are printed), or no such image. */
    static final int CLOUD_ERROR = 5;
    /** The network or the cloud is unavailable. */
    static final int UNAVAILABLE = 6;
    /** An import was sent and whether it happened cannot be told. */
    static final int OUTCOME_UNKNOWN = 7;
    /** A wait's timeout passed before the image was available; the cloud goes on with it. */
    static final int WAIT_TIMED_OUT = 8;
    /** Ctrl-C stopped a wait (128 + SIGINT, as shells report it); the cloud goes on with the image. */
    static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
