package io.cloudimages.benchmarks;

import io.cloudimages.jclouds.ColdStartProbe;
import io.cloudimages.testkit.tencent.FakeTencentCloud;

import java.util.List;
import java.util.Map;

/**
 * A new JVM's first jclouds context of tencent-v3 and its first listing, against a fake running
 * here, then a second context in the warm JVM (the probe is the jclouds bridge's, so that jclouds
 * stays in its module).
 */
final class JcloudsColdStartHarness {

    private JcloudsColdStartHarness() {
    }

    /**
     * One run, in milliseconds and loaded classes.
     *
     * @param jvmStartToMain    from the JVM's start to the first line of main
     * @param newBuilder        {@code ContextBuilder.newBuilder("tencent-v3")}: jclouds finds its providers and APIs
     * @param buildView         {@code buildView(ComputeServiceContext.class)}: the context's Guice injector
     * @param firstList         the first {@code listImages()}: cloudimages' discovery, service and first call, and the mapping
     * @param classesAtMain     classes loaded when main starts
     * @param classesAfterBuild classes loaded once the context is built
     * @param classesAfterList  classes loaded once the images are listed
     * @param images            the images listed
     * @param secondNewBuilder  the same for a second context, in the same JVM
     * @param secondBuildView   the same for a second context, in the same JVM
     * @param secondFirstList   the same for a second context, in the same JVM
     */
    record Run(double jvmStartToMain, double newBuilder, double buildView, double firstList, long classesAtMain,
               long classesAfterBuild, long classesAfterList, int images, double secondNewBuilder, double secondBuildView,
               double secondFirstList) {

        /** From the JVM's start to the first images in hand. */
        double jvmStartToImages() {
            return jvmStartToMain + newBuilder + buildView + firstList;
        }
    }

    static Run run() {
        try (FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start()) {
            Map<String, String> r = ChildJvm.run(List.of(), ColdStartProbe.class, fake.endpoint().toString());
            return new Run(number(r, "jvmStartToMain"), number(r, "newBuilder"), number(r, "buildView"),
                    number(r, "firstList"), (long) number(r, "classesAtMain"), (long) number(r, "classesAfterBuild"),
                    (long) number(r, "classesAfterList"), (int) number(r, "images"), number(r, "secondNewBuilder"), number(r, "secondBuildView"),
                    number(r, "secondFirstList"));
        }
    }

    private static double number(Map<String, String> result, String key) {
        return Double.parseDouble(result.get(key));
    }
}
