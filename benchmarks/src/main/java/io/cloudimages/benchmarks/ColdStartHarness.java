package io.cloudimages.benchmarks;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.testkit.tencent.FakeTencentCloud;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A new JVM's provider discovery and first call, against a fake running here. */
final class ColdStartHarness {

    private ColdStartHarness() {
    }

    /**
     * One run, in milliseconds.
     *
     * @param jvmStartToMain  from the JVM's start to the first line of main
     * @param discovery       {@code CloudImages.discover()}: loading every provider on the classpath
     * @param firstCall       opening a tencent-v3 service and its first DescribeImages page
     * @param jvmStartToFirst from the JVM's start to the first answer in hand
     */
    record Run(double jvmStartToMain, double discovery, double firstCall, double jvmStartToFirst) {
    }

    static Run run() {
        try (FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start()) {
            Map<String, String> result = ChildJvm.run(List.of(), Probe.class, fake.endpoint().toString());
            return new Run(Double.parseDouble(result.get("jvmStartToMain")), Double.parseDouble(result.get("discovery")),
                    Double.parseDouble(result.get("firstCall")), Double.parseDouble(result.get("jvmStartToFirst")));
        }
    }

    /** The child. */
    public static final class Probe {

        public static void main(String[] args) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long atMain = System.currentTimeMillis();
            long t0 = System.nanoTime();
            CloudImages clouds = CloudImages.discover();
            long t1 = System.nanoTime();
            ProviderSettings settings = ProviderSettings.builder()
                    .region("ap-guangzhou")
                    .endpoint(URI.create(args[0]))
                    .credentials(Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY))
                    .build();
            long t2;
            try (ImageService service = clouds.open("tencent-v3", settings)) {
                service.listPage(BenchClouds.ONE_PAGE_OF_PRIVATE_IMAGES, null);
                t2 = System.nanoTime();
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("jvmStartToMain", atMain - jvmStart);
            result.put("discovery", (t1 - t0) / 1e6);
            result.put("firstCall", (t2 - t1) / 1e6);
            result.put("jvmStartToFirst", atMain - jvmStart + (t2 - t0) / 1_000_000);
            ChildJvm.report(result);
        }
    }
}
