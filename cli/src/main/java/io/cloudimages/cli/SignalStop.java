package io.cloudimages.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or a TERM) during a wait: the JVM begins to shut down, and this interrupts the waiting
 * thread and gives it up to two seconds to say what became of the image, instead of the process
 * ending in the middle of a line with the user left guessing.
 */
final class SignalStop implements AutoCloseable {

    private static final long GRACE_SECONDS = 2;

    private final Thread waiting = Thread.currentThread();
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "cloudimages-stop-waiting");

    private SignalStop() {
    }

    /** Until closed, a shutdown interrupts the calling thread. */
    static SignalStop install() {
        SignalStop stop = new SignalStop();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    private void stop() {
        waiting.interrupt();
        try {
            reported.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The waiting thread has said what it had to: a shutdown under way may end the process now. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running, and has just been released
        }
    }
}
