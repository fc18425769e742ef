package io.cloudimages.ratelimit.redis;

import io.cloudimages.testkit.RecordedRequest;
import io.cloudimages.testkit.example.ExampleCloud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Replicas of a platform in separate JVMs ({@link Replica}) sharing one account's limits on one
 * Redis, against one example fake that counts arrivals over a strict sliding second and throttles
 * beyond its limits: what the fake saw, and what each replica saw.
 */
public final class ReplicaRun {

    /** The 288/s action and the 10/s one. */
    public static final String FAST = ExampleCloud.LIST_IMPORT_OS;
    public static final String SLOW = ExampleCloud.LIST_IMAGES;

    private ReplicaRun() {
    }

    /**
     * What happened.
     *
     * @param arrivals          arrival times at the fake during the run, per action, in nanoseconds from its start
     * @param busiestSecond     the most arrivals the fake saw in any sliding second, warm-up calls included, per action
     * @param cloudThrottles    throttling answers of the fake over the whole run, per action
     * @param replicas          each replica's RESULT values
     */
    public record Outcome(int seconds, Map<String, List<Long>> arrivals, Map<String, Integer> busiestSecond,
                          Map<String, Long> cloudThrottles, List<Map<String, String>> replicas) {

        /** Arrivals per second over the run. */
        public double rate(String action) {
            return arrivals.get(action).size() / (double) seconds;
        }

        /** Arrivals from {@code from} to the end of the run. */
        public long arrivalsAfter(String action, Duration from) {
            return arrivalsBetween(action, from, Duration.ofSeconds(seconds));
        }

        /** Arrivals from {@code from} until {@code to}, both counted from the start of the run. */
        public long arrivalsBetween(String action, Duration from, Duration to) {
            return arrivals.get(action).stream().filter(t -> t >= from.toNanos() && t < to.toNanos()).count();
        }

        /** The sum over replicas of one RESULT value, such as {@code images.unavailable}. */
        public long total(String value) {
            return replicas.stream().mapToLong(r -> Long.parseLong(r.getOrDefault(value, "0"))).sum();
        }
    }

    /** Something done to the store while the replicas run, at an offset from their start. */
    public record Event(Duration at, Runnable action) {
    }

    /**
     * Runs the replicas.
     *
     * @param fastThreads  each replica's callers of the fast action
     * @param slowThreads  each replica's callers of the slow action
     */
    public static Outcome run(int replicas, int seconds, int fastThreads, int slowThreads, int fastLimit, int slowLimit,
                              String redisUri, String onUnavailable, Duration storeTimeout, List<Event> events) {
        ExampleCloud fake = ExampleCloud.withCatalogue(1).start();
        fake.limit(FAST, fastLimit);
        fake.limit(SLOW, slowLimit);
        List<Process> processes = new ArrayList<>();
        try {
            List<BufferedReader> outputs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Process process = new ProcessBuilder(javaCommand(fake.endpoint().toString(), redisUri, onUnavailable,
                        storeTimeout, seconds, fastThreads, slowThreads, fastLimit, slowLimit)).redirectErrorStream(true).start();
                processes.add(process);
                outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            }
            List<StringBuilder> logs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                logs.add(new StringBuilder());
                awaitLine(outputs.get(i), "READY", logs.get(i));
            }
            long start = System.nanoTime();
            for (Process process : processes) {
                OutputStream in = process.getOutputStream();
                in.write("GO\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
            List<CompletableFuture<Map<String, String>>> results = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                BufferedReader output = outputs.get(i);
                StringBuilder log = logs.get(i);
                results.add(CompletableFuture.supplyAsync(() -> parse(awaitLine(output, "RESULT ", log))));
            }
            for (Event event : events) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, start + event.at().toNanos() - System.nanoTime()));
                event.action().run();
            }
            List<Map<String, String>> replicaResults = new ArrayList<>();
            for (CompletableFuture<Map<String, String>> result : results) {
                replicaResults.add(result.get(seconds + 120L, TimeUnit.SECONDS));
            }
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            Map<String, List<Long>> arrivals = new LinkedHashMap<>();
            Map<String, Integer> busiest = new LinkedHashMap<>();
            Map<String, Long> throttles = new LinkedHashMap<>();
            for (String action : List.of(FAST, SLOW)) {
                List<Long> times = fake.requests(action).stream().map(RecordedRequest::arrivalNanos)
                        .filter(t -> t - start >= 0 && t - end < 0).map(t -> t - start).sorted().toList();
                arrivals.put(action, times);
                busiest.put(action, fake.maxArrivalsInAnyWindow(action));
                throttles.put(action, fake.throttledAnswers(action));
            }
            return new Outcome(seconds, arrivals, busiest, throttles, replicaResults);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the replicas' run failed: " + e, e);
        } finally {
            processes.forEach(Process::destroyForcibly);
            fake.close();
        }
    }

    private static List<String> javaCommand(String endpoint, String redisUri, String onUnavailable, Duration timeout,
                                            int seconds, int fastThreads, int slowThreads, int fastLimit, int slowLimit) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), Replica.class.getName(), endpoint, redisUri, onUnavailable,
                String.valueOf(timeout.toMillis()), String.valueOf(seconds), String.valueOf(fastThreads), String.valueOf(slowThreads),
                String.valueOf(fastLimit), String.valueOf(slowLimit));
    }

    private static String awaitLine(BufferedReader output, String prefix, StringBuilder log) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                log.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("a replica ended without " + prefix.strip() + ":\n" + log);
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring("RESULT ".length()).trim().split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }
}
