package io.cloudimages.cli;

import io.cloudimages.CloudImages;
import io.cloudimages.ImageWaiter;
import io.cloudimages.core.credentials.HostEnvironment;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a run of the command talks to. Tests give their own.
 *
 * @param out           the command's output: the listing, the JSON document, the new image id
 * @param err           errors, warnings and progress
 * @param host          environment variables and home directory for credential lookups
 * @param progress      whether progress lines may be drawn on {@code err}: only when stderr is a
 *                      terminal and stdout is not (on one terminal, the rows themselves show progress,
 *                      and a progress line would end up in the middle of them)
 * @param cloudImages   the providers
 * @param stdoutFailure why the last write to {@code out} failed, when it did ({@link PrintWriter}
 *                      only says that it did)
 * @param waitProgress  whether a wait may draw its progress line on {@code err}: whenever stderr is a
 *                      terminal, as nothing else is printed while waiting
 * @param clock         the time: requests are signed with it, and waits are measured on it
 * @param sleeper       how a wait pauses between polls
 */
record CliEnvironment(PrintWriter out, PrintWriter err, HostEnvironment host, boolean progress,
                      Supplier<CloudImages> cloudImages, Supplier<Optional<IOException>> stdoutFailure,
                      boolean waitProgress, Clock clock, ImageWaiter.Sleeper sleeper) {

    static CliEnvironment system() {
        FailureRecordingStream stdout = new FailureRecordingStream(new FileOutputStream(FileDescriptor.out));
        // UTF-8 whatever the locale: image names are often Chinese, and JSON is UTF-8
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        return new CliEnvironment(out, err, HostEnvironment.system(), isTerminal(2) && !isTerminal(1), CloudImages::discover,
                stdout::failure, isTerminal(2), Clock.systemUTC(), ImageWaiter.Sleeper.SYSTEM);
    }

    /** Java 17 cannot ask about one stream alone; on Linux a descriptor links to a tty device when it is one. */
    private static boolean isTerminal(int descriptor) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Keeps the error of a failed write, which the {@link PrintWriter} above it swallows. */
    private static final class FailureRecordingStream extends FilterOutputStream {
        private volatile IOException failure;

        FailureRecordingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        Optional<IOException> failure() {
            return Optional.ofNullable(failure);
        }
    }
}
