package io.cloudimages.benchmarks;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.List;

/** Runs the JMH benchmarks with the GC profiler and reads the medians of their measurement iterations. */
final class JmhRuns {

    private JmhRuns() {
    }

    /**
     * A benchmark's figures for one provider.
     *
     * @param benchmark      the benchmark method's class, for example SmallestCallBenchmark
     * @param provider       the provider parameter
     * @param microsPerOp    the median time per operation
     * @param bytesPerOp     the median allocation per operation
     * @param iterations     measurement iterations the medians are of
     */
    record Figure(String benchmark, String provider, double microsPerOp, double bytesPerOp, int iterations) {
    }

    static List<Figure> run(boolean quick) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(SmallestCallBenchmark.class.getName())
                .include(PageRoundTripBenchmark.class.getName())
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        if (quick) {
            // in this JVM, a glance at each: enough to show the benchmarks run, not to measure
            options.forks(0).warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(200));
        } else {
            options.forks(1).warmupIterations(5).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(10).measurementTime(TimeValue.seconds(1));
        }
        List<Figure> figures = new ArrayList<>();
        for (RunResult run : new Runner(options.build()).run()) {
            String benchmark = run.getParams().getBenchmark();
            String simpleName = benchmark.substring(0, benchmark.lastIndexOf('.'));
            simpleName = simpleName.substring(simpleName.lastIndexOf('.') + 1);
            List<Double> times = new ArrayList<>();
            List<Double> bytes = new ArrayList<>();
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    times.add(iteration.getPrimaryResult().getScore());
                    allocation(iteration).ifPresent(bytes::add);
                }
            }
            figures.add(new Figure(simpleName, run.getParams().getParam("provider"), Stats.median(times),
                    bytes.isEmpty() ? Double.NaN : Stats.median(bytes), times.size()));
        }
        return figures;
    }

    /** The GC profiler's bytes per operation; JMH's map of secondary results holds them as a raw type. */
    private static java.util.Optional<Double> allocation(IterationResult iteration) {
        for (String name : iteration.getSecondaryResults().keySet()) {
            if (name.endsWith("gc.alloc.rate.norm")) {
                Result<?> bytes = iteration.getSecondaryResults().get(name);
                return java.util.Optional.of(bytes.getScore());
            }
        }
        return java.util.Optional.empty();
    }
}
