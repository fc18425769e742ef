package io.cloudimages.jclouds;

import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.jclouds.ContextBuilder;
import org.jclouds.compute.ComputeServiceContext;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * A platform's first jclouds context of a cloudimages provider, in a new JVM, for the benchmarks:
 * how long finding the provider, building the context and its first listing take, how many classes
 * the JVM has loaded after each, and the same for a second context in the now warm JVM, which
 * tells one-time costs from each context's own. The argument is the endpoint of a fake Tencent
 * Cloud; it prints one {@code RESULT} line of {@code key=value} pairs.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long atMain = System.currentTimeMillis();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("jvmStartToMain", atMain - jvmStart);
        result.put("classesAtMain", classes.getTotalLoadedClassCount());
        measure(args[0], result, "");
        measure(args[0], result, "second");
        StringJoiner line = new StringJoiner(" ", "RESULT ", "");
        result.forEach((key, value) -> line.add(key + "=" + value));
        System.out.println(line);
    }

    /** Builds a context as the README shows, lists once, closes it; {@code prefix} names the figures. */
    private static void measure(String endpoint, Map<String, Object> result, String prefix) {
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        Properties overrides = new Properties();
        overrides.setProperty("jclouds.regions", "ap-guangzhou");
        long t0 = System.nanoTime();
        ContextBuilder builder = ContextBuilder.newBuilder("tencent-v3");
        long t1 = System.nanoTime();
        try (ComputeServiceContext context = builder
                .credentials(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY)
                .endpoint(endpoint)
                .overrides(overrides)
                .buildView(ComputeServiceContext.class)) {
            long t2 = System.nanoTime();
            long classesBuilt = classes.getTotalLoadedClassCount();
            int images = context.getComputeService().listImages().size();
            long t3 = System.nanoTime();
            result.put(name(prefix, "newBuilder"), millis(t1 - t0));
            result.put(name(prefix, "buildView"), millis(t2 - t1));
            result.put(name(prefix, "classesAfterBuild"), classesBuilt);
            result.put(name(prefix, "firstList"), millis(t3 - t2));
            result.put(name(prefix, "classesAfterList"), classes.getTotalLoadedClassCount());
            result.put(name(prefix, "images"), images);
        }
    }

    private static String name(String prefix, String figure) {
        return prefix.isEmpty() ? figure : prefix + Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
