package io.cloudimages.benchmarks;

/**
 * A page of one image: what every call costs whatever it asks, signing included. Signing alone is
 * not measured: the signers are internal to their providers, and the benchmarks use only what an
 * application can.
 */
public class SmallestCallBenchmark extends ListPageBenchmark {

    @Override
    int pageSize() {
        return 1;
    }
}
