package io.cloudimages.benchmarks;

import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
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
 * One page of private images through the whole client over loopback, as an application calls it:
 * build the request, take a rate-limit permit, sign, send, parse the answer and map the images
 * into the neutral model. The fake's own work (filtering its catalogue, writing the JSON) runs on
 * the same two cores and is included. Each subclass is one page size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class ListPageBenchmark {

    @Param({"tencent-v3", "tencent-legacy", "ucloud"})
    public String provider;

    private BenchClouds.Opened cloud;
    private ImageQuery query;

    /** Images per page. */
    abstract int pageSize();

    @Setup(Level.Trial)
    public void start() {
        query = BenchClouds.privateImages(pageSize());
        cloud = BenchClouds.openUnthrottled(provider, pageSize() + 20);
        int size = listPage().items().size();
        if (size != pageSize()) {
            throw new IllegalStateException(provider + " answered a page of " + size + " images, not " + pageSize());
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
        return cloud.service().listPage(query, null);
    }
}
