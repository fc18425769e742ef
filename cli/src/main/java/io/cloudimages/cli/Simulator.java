package io.cloudimages.cli;

import io.cloudimages.Credentials;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated clouds of {@code --simulate}: the testkit's fakes, started in this process on
 * loopback when a command first needs one, each with a catalogue for the region asked for.
 */
final class Simulator implements AutoCloseable {

    static final List<String> PROVIDERS = List.of("tencent-legacy", "tencent-v3", "ucloud");
    private static final int GENERATED_TENCENT_IMAGES = 12;

    /** Where a simulated cloud listens, and the credentials it accepts. */
    record SimulatedCloud(URI endpoint, Credentials credentials) {
    }

    private final List<FakeCloud> started = new ArrayList<>();
    private FakeTencentCloud tencent;
    private final Set<String> tencentRegions = new HashSet<>();
    private FakeQcloudLegacy legacy;
    private final Map<String, FakeUcloud> ucloudByRegion = new HashMap<>();

    synchronized SimulatedCloud cloud(String provider, String region) {
        return switch (provider) {
            case "tencent-v3" -> {
                if (tencent == null) {
                    tencent = start(new FakeTencentCloud());
                    tencent.addCredentials(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY);
                }
                if (tencentRegions.add(region)) {
                    tencent.addPublicImages(region);
                    tencent.addGeneratedImages(region, GENERATED_TENCENT_IMAGES);
                }
                yield new SimulatedCloud(tencent.endpoint(),
                        Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY));
            }
            case "tencent-legacy" -> {
                if (legacy == null) {
                    legacy = start(FakeQcloudLegacy.withSeedCatalogue());
                }
                yield new SimulatedCloud(legacy.endpoint(),
                        Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY));
            }
            case "ucloud" -> {
                FakeUcloud ucloud = ucloudByRegion.computeIfAbsent(region, r -> start(FakeUcloud.withDefaultCatalogue(r)));
                yield new SimulatedCloud(ucloud.endpoint(), Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY));
            }
            default -> throw CommandFailure.usage("--simulate has no simulated cloud for provider \"" + provider
                    + "\"; it simulates " + String.join(", ", PROVIDERS));
        };
    }

    private <T extends FakeCloud> T start(T cloud) {
        cloud.start();
        started.add(cloud);
        return cloud;
    }

    @Override
    public synchronized void close() {
        started.forEach(FakeCloud::close);
        started.clear();
    }
}
