package io.cloudimages.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cloudimages.ratelimit.redis.TestRedis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every benchmark and writes the report, {@code RESULTS.md}, and the rate chart,
 * {@code rate-chart.svg}:
 *
 * <pre>
 * mvn -B -DskipTests -pl benchmarks -am verify -Pbenchmarks            # the full run, about 19 minutes
 * ... BenchmarkSuite --out DIR [--quick]                                # --quick: a smoke run of half a minute
 * ... BenchmarkSuite --out DIR --render                                 # the report again, from DIR/results.json
 * ... BenchmarkSuite --out DIR --part replicas                         # only the replicas on Redis, into DIR's results
 * ... BenchmarkSuite --out DIR --part jclouds                          # only a jclouds context's cold start, likewise
 * </pre>
 */
public final class BenchmarkSuite {

    static final Duration SERVER_LATENCY = Duration.ofMillis(50);

    /**
     * How much to run.
     *
     * @param quick              a smoke run: every part, briefly; its figures mean nothing
     * @param limits             the rate limits measured, requests per second
     * @param callers            the numbers of concurrent callers
     * @param rateSeconds        seconds per rate run
     * @param rateRuns           runs per (limit, callers)
     * @param sharedSeconds      seconds per run of the shared account
     * @param sharedConvergence  the first seconds of a shared-account run, left out of its converged rate
     * @param sharedRuns         shared-account runs
     * @param burstPages         pages, one request each, in a single caller's burst
     * @param burstRuns          bursts, after a warm-up burst
     * @param regionsPerProvider regions per provider in the fan-out
     * @param fanOutRounds       fan-out rounds
     * @param memoryImages       images streamed in the memory run
     * @param memoryRuns         memory runs
     * @param coldStarts         cold-start runs
     * @param replicaCounts      how many replica JVMs share a limit on Redis
     * @param replicaSeconds     seconds per replica run
     * @param permits            permits timed per backend for the cost of one
     * @param jcloudsColdStarts  cold starts of a jclouds context
     */
    record Plan(boolean quick, List<Integer> limits, List<Integer> callers, int rateSeconds, int rateRuns,
                int sharedSeconds, int sharedConvergence, int sharedRuns, int burstPages, int burstRuns,
                int regionsPerProvider, int fanOutRounds, int memoryImages, int memoryRuns, int coldStarts,
                List<Integer> replicaCounts, int replicaSeconds, int permits, int jcloudsColdStarts) {

        static final Plan FULL = new Plan(false, List.of(10, 40, 288), List.of(1, 16, 64), 20, 3,
                60, 10, 3, 200, 5, 10, 5, 100_000, 3, 5, List.of(1, 2, 4), 10, 20_000, 5);
        static final Plan QUICK = new Plan(true, List.of(40), List.of(16), 2, 1,
                3, 1, 1, 40, 1, 2, 1, 2_000, 1, 1, List.of(2), 3, 500, 1);

        /** Plans written before replicas were measured are read with the full plan's. */
        Plan {
            replicaCounts = replicaCounts == null ? List.of(1, 2, 4) : replicaCounts;
            replicaSeconds = replicaSeconds == 0 ? 10 : replicaSeconds;
            permits = permits == 0 ? 20_000 : permits;
            jcloudsColdStarts = jcloudsColdStarts == 0 ? 5 : jcloudsColdStarts;
        }
    }

    /**
     * Everything measured, and where.
     *
     * @param date    the day of the run, ISO-8601
     * @param machine cores, CPU model, operating system and JDK of the machine that measured
     */
    record Results(Plan plan, String date, String machine, List<JmhRuns.Figure> costs, List<RateLimitHarness.Run> rates,
                   List<SharedAccountHarness.Run> sharedAccount, List<BurstHarness.Run> bursts,
                   List<FanOutHarness.Round> fanOut, List<FanOutHarness.Round> sharedEndpoint,
                   List<MemoryHarness.Run> memory, List<ColdStartHarness.Run> coldStarts,
                   List<ReplicaHarness.Run> replicas, List<ReplicaHarness.PermitCost> permitCosts,
                   List<JcloudsColdStartHarness.Run> jcloudsColdStarts) {

        /** Results written before a part existed are read with that part empty. */
        Results {
            sharedAccount = sharedAccount == null ? List.of() : sharedAccount;
            bursts = bursts == null ? List.of() : bursts;
            replicas = replicas == null ? List.of() : replicas;
            permitCosts = permitCosts == null ? List.of() : permitCosts;
            jcloudsColdStarts = jcloudsColdStarts == null ? List.of() : jcloudsColdStarts;
        }

        Results withReplicas(Replicas measured) {
            return new Results(plan, date, machine, costs, rates, sharedAccount, bursts, fanOut, sharedEndpoint, memory,
                    coldStarts, measured.runs(), measured.permitCosts(), jcloudsColdStarts);
        }

        Results withJcloudsColdStarts(List<JcloudsColdStartHarness.Run> measured) {
            return new Results(plan, date, machine, costs, rates, sharedAccount, bursts, fanOut, sharedEndpoint, memory,
                    coldStarts, replicas, permitCosts, measured);
        }
    }

    /** What the replicas part measured. */
    record Replicas(List<ReplicaHarness.Run> runs, List<ReplicaHarness.PermitCost> permitCosts) {
    }

    static final String RESULTS = "results.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path out = null;
        boolean quick = false;
        boolean render = false;
        String part = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--render" -> render = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--part" -> {
                    part = args[++i];
                    if (!List.of("replicas", "jclouds").contains(part)) {
                        throw new IllegalArgumentException("the parts run on their own are replicas and jclouds");
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --out DIR [--quick | --render | --part replicas|jclouds]");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("say where the report goes: --out DIR");
        }
        Results results;
        if (render) {
            results = read(out);
        } else if ("replicas".equals(part)) {
            results = read(out);
            results = results.withReplicas(replicas(results.plan()));
        } else if ("jclouds".equals(part)) {
            results = read(out);
            results = results.withJcloudsColdStarts(jcloudsColdStarts(results.plan()));
        } else {
            results = run(quick ? Plan.QUICK : Plan.FULL);
        }
        write(results, out);
        System.exit(0);
    }

    static Results run(Plan plan) throws Exception {
        log("cost per call (JMH)");
        List<JmhRuns.Figure> costs = JmhRuns.run(plan.quick());
        List<RateLimitHarness.Run> rates = new ArrayList<>();
        for (int limit : plan.limits()) {
            for (int callers : plan.callers()) {
                for (int i = 0; i < plan.rateRuns(); i++) {
                    log("rate limit " + limit + "/s, " + callers + " callers, run " + (i + 1));
                    rates.add(RateLimitHarness.run(limit, callers, plan.rateSeconds()));
                }
            }
        }
        List<SharedAccountHarness.Run> sharedAccount = new ArrayList<>();
        for (int i = 0; i < plan.sharedRuns(); i++) {
            log("shared account, run " + (i + 1));
            sharedAccount.add(SharedAccountHarness.run(plan.sharedSeconds(), plan.sharedConvergence()));
        }
        List<BurstHarness.Run> bursts = new ArrayList<>();
        // the first burst warms the JVM up and is not counted
        for (int i = 0; i <= plan.burstRuns(); i++) {
            log("burst " + i);
            BurstHarness.Run burst = BurstHarness.run(plan.burstPages());
            if (i > 0 || plan.quick()) {
                bursts.add(burst);
            }
        }
        List<FanOutHarness.Round> fanOut = new ArrayList<>();
        List<FanOutHarness.Round> shared = new ArrayList<>();
        // the first round warms the JVM up and is not counted
        for (int i = 0; i <= plan.fanOutRounds(); i++) {
            log("fan-out round " + i);
            FanOutHarness.Round round = FanOutHarness.ownEndpoints(plan.regionsPerProvider(), SERVER_LATENCY);
            FanOutHarness.Round sharedRound = FanOutHarness.sharedTencentEndpoint(plan.regionsPerProvider(), SERVER_LATENCY);
            if (i > 0 || plan.quick()) {
                fanOut.add(round);
                shared.add(sharedRound);
            }
        }
        List<MemoryHarness.Run> memory = new ArrayList<>();
        for (int i = 0; i < plan.memoryRuns(); i++) {
            log("memory run " + (i + 1));
            memory.add(MemoryHarness.run(plan.memoryImages()));
        }
        List<ColdStartHarness.Run> coldStarts = new ArrayList<>();
        for (int i = 0; i < plan.coldStarts(); i++) {
            log("cold start " + (i + 1));
            coldStarts.add(ColdStartHarness.run());
        }
        Replicas replicas = replicas(plan);
        return new Results(plan, LocalDate.now().toString(), Report.machine(), costs, rates, sharedAccount, bursts, fanOut,
                shared, memory, coldStarts, replicas.runs(), replicas.permitCosts(), jcloudsColdStarts(plan));
    }

    static List<JcloudsColdStartHarness.Run> jcloudsColdStarts(Plan plan) {
        List<JcloudsColdStartHarness.Run> runs = new ArrayList<>();
        for (int i = 0; i < plan.jcloudsColdStarts(); i++) {
            log("jclouds cold start " + (i + 1));
            runs.add(JcloudsColdStartHarness.run());
        }
        return runs;
    }

    static Replicas replicas(Plan plan) throws InterruptedException {
        try (TestRedis redis = TestRedis.start()) {
            log("cost of one permit, local and on Redis");
            List<ReplicaHarness.PermitCost> costs = ReplicaHarness.permitCosts(redis, plan.permits());
            List<ReplicaHarness.Run> runs = new ArrayList<>();
            for (int limit : plan.limits()) {
                for (int replicas : plan.replicaCounts()) {
                    log(replicas + " replicas sharing " + limit + "/s on Redis");
                    runs.add(ReplicaHarness.run(redis, limit, replicas, plan.replicaSeconds()));
                }
            }
            return new Replicas(runs, costs);
        }
    }

    /** The results a run kept in {@code out}. */
    static Results read(Path out) throws IOException {
        return JSON.readValue(out.resolve(RESULTS).toFile(), Results.class);
    }

    static void write(Results results, Path out) throws IOException {
        Files.createDirectories(out);
        JSON.writeValue(out.resolve(RESULTS).toFile(), results);
        Files.writeString(out.resolve("RESULTS.md"), Report.markdown(results));
        List<RateLimitHarness.Run> charted = new ArrayList<>();
        int mostCallers = results.plan().callers().stream().mapToInt(Integer::intValue).max().orElseThrow();
        for (int limit : results.plan().limits()) {
            results.rates().stream().filter(run -> run.limit() == limit && run.callers() == mostCallers).findFirst()
                    .ifPresent(charted::add);
        }
        Files.writeString(out.resolve(Report.CHART), RateChart.svg(charted, results.plan().rateSeconds()));
        log("wrote " + out.resolve("RESULTS.md") + " and " + out.resolve(Report.CHART));
    }

    private static void log(String step) {
        System.out.println("[benchmarks] " + step);
    }
}
