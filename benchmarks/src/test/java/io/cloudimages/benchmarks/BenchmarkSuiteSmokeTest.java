package io.cloudimages.benchmarks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks still run: every part, briefly, and the report is written. Their figures are
 * measured by the full run ({@code -Pbenchmarks}), never asserted here.
 */
class BenchmarkSuiteSmokeTest {

    @TempDir
    Path out;

    /**
     * JMH's lock keeps two measuring runs apart; a smoke run measures nothing, so it must not fail
     * because a developer's full run (or another checkout's) holds the lock.
     */
    @BeforeAll
    static void smokeRunsNeedNoJmhLock() {
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void everyPartRunsAndTheReportAndChartAreWritten() throws Exception {
        BenchmarkSuite.Results results = BenchmarkSuite.run(BenchmarkSuite.Plan.QUICK);
        BenchmarkSuite.write(results, out);

        assertThat(results.costs()).extracting(JmhRuns.Figure::benchmark).containsOnly("SmallestCallBenchmark", "PageRoundTripBenchmark");
        assertThat(results.costs()).hasSize(2 * BenchClouds.PROVIDERS.size());
        assertThat(results.rates()).isNotEmpty();
        assertThat(results.sharedAccount()).allSatisfy(run -> assertThat(run.acceptedPerSecond())
                .hasSize(BenchmarkSuite.Plan.QUICK.sharedSeconds()));
        assertThat(results.bursts()).allSatisfy(run -> assertThat(run.images()).isEqualTo(BenchmarkSuite.Plan.QUICK.burstPages()));
        assertThat(results.fanOut()).allSatisfy(round -> assertThat(round.images()).isPositive());
        assertThat(results.memory()).allSatisfy(run -> assertThat(run.images()).isEqualTo(BenchmarkSuite.Plan.QUICK.memoryImages()));
        assertThat(results.coldStarts()).isNotEmpty();
        assertThat(results.replicas()).allSatisfy(run -> assertThat(run.rate()).isPositive());
        assertThat(results.permitCosts()).extracting(ReplicaHarness.PermitCost::backend).containsExactly("local", "redis");
        assertThat(results.jcloudsColdStarts()).allSatisfy(run -> assertThat(run.images()).isPositive()).isNotEmpty();
        assertThat(Files.readString(out.resolve("RESULTS.md")))
                .contains("smoke run", "## 1. CPU cost per call", "## 2. Rate-limit accuracy", "## 3. Multi-cloud fan-out",
                        "## 4. Memory of a long listing", "## 5. Cold start", "## 6. An account shared with other clients",
                        "## 7. A short burst from one caller", "## 8. Replicas sharing one account's limits on Redis",
                        "## 9. A jclouds context's cold start");
        assertThat(Files.readString(out.resolve(Report.CHART))).startsWith("<svg").contains("<polyline");
        assertThat(Report.markdown(BenchmarkSuite.read(out))).isEqualTo(Files.readString(out.resolve("RESULTS.md")));
    }
}
