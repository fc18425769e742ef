package io.cloudimages.benchmarks;

/** A page of 100 images: what a listing costs per page. */
public class PageRoundTripBenchmark extends ListPageBenchmark {

    static final int PAGE = 100;

    @Override
    int pageSize() {
        return PAGE;
    }
}
