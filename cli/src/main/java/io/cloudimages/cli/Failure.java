package io.cloudimages.cli;

import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * How a run failed: its exit code and the one line that tells a person what went wrong and what
 * to do. Library messages never hold secrets, and neither does anything added here.
 */
record Failure(int exitCode, String message, Throwable error) {

    static final String PREFIX = "cloudimages: ";

    static Failure of(Throwable error) {
        return of(error, null);
    }

    /** @param region the region of the cloud that failed, when known, for a message that names it */
    static Failure of(Throwable error, String region) {
        if (error instanceof CommandFailure failure) {
            return new Failure(failure.exitCode(), failure.getMessage(), error);
        }
        if (error instanceof CloudImagesException cloud) {
            int code = exitCode(cloud);
            if (UnknownRegion.refused(cloud)) {
                return new Failure(code, UnknownRegion.message(cloud, region), error);
            }
            return new Failure(code, cloud.getMessage() + hint(code, cloud), error);
        }
        return new Failure(ExitCode.UNEXPECTED, "unexpected error: " + error
                + " (run again with --verbose for details, and report it if it persists)", error);
    }

    static int exitCode(CloudImagesException error) {
        if (error instanceof OutcomeUnknownException) {
            return ExitCode.OUTCOME_UNKNOWN;
        }
        if (error instanceof AuthenticationException || error instanceof PermissionDeniedException) {
            return ExitCode.AUTHENTICATION;
        }
        if (error instanceof ThrottledException) {
            return ExitCode.THROTTLED;
        }
        if (error instanceof ServiceUnavailableException) {
            return ExitCode.UNAVAILABLE;
        }
        // bad input the library found before sending; the same refused by the cloud is the cloud's error
        return error instanceof InvalidRequestException && !error.requestSent() ? ExitCode.USAGE : ExitCode.CLOUD_ERROR;
    }

    private static String hint(int exitCode, CloudImagesException error) {
        return switch (exitCode) {
            // only the cloud's throttling says that other clients use the account's limit
            case ExitCode.THROTTLED -> error.cloudRefused() ? "; other clients share this account's limit, retry later"
                    : "; retry later";
            case ExitCode.UNAVAILABLE -> "; check the network (and --endpoint), then retry";
            // refused by the cloud; missing credentials are explained by the library's own message
            case ExitCode.AUTHENTICATION -> error.cloudRefused()
                    ? "; check the key pair the command used (environment variables, the cloud CLI's profile, or --config)"
                            + " and its permissions"
                    : "";
            default -> "";
        };
    }

    /** Prints the line (and with {@code verbose}, the causes) and answers the exit code. */
    int report(PrintWriter err, boolean verbose) {
        err.println(PREFIX + oneLine(message));
        if (verbose) {
            if (exitCode == ExitCode.UNEXPECTED) {
                // an exception's message may quote the cloud
                StringWriter trace = new StringWriter();
                error.printStackTrace(new PrintWriter(trace));
                trace.toString().lines().map(Printable::text).forEach(err::println);
            } else {
                // a failure of the command's own says all there is; one that explains a library error shows that error
                Throwable shown = error instanceof CommandFailure ? error.getCause() : error;
                if (shown != null) {
                    err.println("  error: " + shown.getClass().getName());
                    for (Throwable cause = shown.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                        err.println("  caused by: " + oneLine(String.valueOf(cause)));
                    }
                }
            }
        }
        err.flush();
        return exitCode;
    }

    static String oneLine(String text) {
        return text == null ? "" : Printable.text(text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }
}
