package io.cloudimages.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one fuzz execution on a worker thread and waits for it a bounded time. A hang or an endless
 * loop then fails the execution with the stack of where the worker was, which Jazzer records as a
 * finding with its input, instead of stalling the fuzzer until libFuzzer's own timeout kills the
 * JVM (and, in a regression run, the whole build).
 */
final class Deadline {

    private static final AtomicReference<Thread> worker = new AtomicReference<>();
    private static ExecutorService executor = newExecutor();

    private Deadline() {
    }

    /** Work that may throw anything. */
    interface Work {
        void run() throws Throwable;
    }

    /** The worker thread, for a harness that wants its stack while it works. */
    static Thread worker() {
        return worker.get();
    }

    /**
     * @return what the work threw, or null when it returned
     * @throws AssertionError when it is still running after {@code limit}; its cause carries the
     *                        worker's stack at that moment
     */
    static synchronized Throwable run(Duration limit, Work work) {
        Future<?> future = executor.submit(() -> {
            try {
                work.run();
            } catch (Throwable thrown) {
                throw new Thrown(thrown);
            }
            return null;
        });
        try {
            future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Thrown thrown ? thrown.getCause() : e.getCause();
        } catch (TimeoutException e) {
            Thread stuck = worker.get();
            StillRunning where = new StillRunning(limit);
            where.setStackTrace(stuck == null ? new StackTraceElement[0] : stuck.getStackTrace());
            future.cancel(true);
            // the stuck thread may never end: later executions get a worker of their own
            executor.shutdownNow();
            executor = newExecutor();
            throw new AssertionError("the operation did not end within " + limit.toSeconds()
                    + " s: a hang or an endless loop (the cause shows where it was)", where);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the fuzz execution", e);
        }
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-execution");
            thread.setDaemon(true);
            worker.set(thread);
            return thread;
        });
    }

    /** Carries anything the work threw, checked exceptions and errors alike, out of the executor. */
    private static final class Thrown extends RuntimeException {
        Thrown(Throwable cause) {
            super(null, cause, false, false);
        }
    }

    /** Where a worker was when its time ran out: a stack, not an exception. */
    static final class StillRunning extends Throwable {
        StillRunning(Duration limit) {
            super("still running after " + limit.toSeconds() + " s", null, false, true);
        }
    }
}
