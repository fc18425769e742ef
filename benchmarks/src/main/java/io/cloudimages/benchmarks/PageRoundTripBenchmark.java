package io.cloudimages.benchmarks;

import io.cloudimages.model.Image;
import io.cloudimages.model.Page;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

/**
 * One page of 100 images through the whole client over loopback: build the request, take a
 * rate-limit permit, sign, send, parse the answer and map 100 images into the neutral model.
 * The fake's own work (filtering its catalogue, writing the JSON) runs on the same two cores
 * and is included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageRoundTripBenchmark {

    static final int PAGE = 100;

    @Param({"tencent-v3", "tencent-legacy", "ucloud"})
    public String provider;

    private BenchClouds.Opened cloud;

    @Setup(Level.Trial)
    public void start() {
        cloud = BenchClouds.openUnthrottled(provider, PAGE + 20);
        int size = listPage().items().size();
        if (size != PAGE) {
            throw new IllegalStateException(provider + " answered a page of " + size + " images, not " + PAGE);
        }
    }

    @Setup(Level.Iteration)
    public void forgetRequests() {
        cloud.fake().clearRequests();
    }

    @TearDown(Level.Trial)
    public void stop() {
        cloud.close();
    }

    @Benchmark
    public Page<Image> listPage() {
        return cloud.service().listPage(BenchClouds.ONE_PAGE_OF_PRIVATE_IMAGES, null);
    }
}
