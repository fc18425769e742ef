package io.cloudimages.core.multicloud;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads of a multi-cloud call: one per cloud, daemons, so a caller that walks away never holds the JVM. */
final class CloudThreads {

    private CloudThreads() {
    }

    static ExecutorService forClouds(int clouds, String purpose) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, clouds), task -> {
            Thread thread = new Thread(task, "cloudimages-multicloud-" + purpose + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
