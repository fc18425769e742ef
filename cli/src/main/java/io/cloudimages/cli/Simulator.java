package io.cloudimages.cli;

import io.cloudimages.Credentials;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.PickingCatalogue;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The simulated clouds of {@code --simulate}: the testkit's fakes, started in this process on
 * loopback when a command first needs one, each with a catalogue for the region asked for, and in
 * it the testkit's {@link PickingCatalogue}, so that {@code images pick} shows its rules. Tencent
 * Cloud and UCloud serve their real regions and refuse any other as the clouds do; the legacy API
 * serves every region alike.
 */
final class Simulator implements AutoCloseable {

    /** Private and shared images beside the public ones, in every state, so a listing shows them all. */
    private static final int GENERATED_TENCENT_IMAGES = 12;

    /** Where a simulated cloud listens, and the credentials it accepts. */
    record SimulatedCloud(URI endpoint, Credentials credentials) {
    }

    private final Map<String, Function<String, SimulatedCloud>> byProvider =
            Map.of("tencent-v3", this::tencent, "tencent-legacy", this::legacy, "ucloud", this::ucloud);
    private final List<FakeCloud> started = new ArrayList<>();
    private FakeTencentCloud tencent;
    private final Set<String> tencentRegions = new HashSet<>();
    private FakeQcloudLegacy legacy;
    private final Map<String, FakeUcloud> ucloudByRegion = new HashMap<>();
    private final Clock clock;

    /** @param clock the time of the simulated clouds, the command's own: they check signatures and move images on with it */
    Simulator(Clock clock) {
        this.clock = clock;
    }

    /** The simulated cloud of a provider, serving this region. */
    synchronized SimulatedCloud cloud(String provider, String region) {
        Function<String, SimulatedCloud> simulate = byProvider.get(provider);
        if (simulate == null) {
            throw CommandFailure.usage("--simulate has no simulated cloud for provider \"" + provider
                    + "\"; it simulates " + String.join(", ", new TreeSet<>(byProvider.keySet())));
        }
        return simulate.apply(region);
    }

    private SimulatedCloud tencent(String region) {
        if (tencent == null) {
            tencent = start(new FakeTencentCloud());
            tencent.addCredentials(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY);
        }
        if (FakeTencentCloud.REGIONS.contains(region) && tencentRegions.add(region)) {
            tencent.addPublicImages(region);
            tencent.addGeneratedImages(region, GENERATED_TENCENT_IMAGES);
            PickingCatalogue.addTo(tencent, region);
        }
        return new SimulatedCloud(tencent.endpoint(), Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY));
    }

    /** The legacy fake serves every region alike. */
    private SimulatedCloud legacy(String region) {
        if (legacy == null) {
            legacy = start(FakeQcloudLegacy.withSeedCatalogue());
            PickingCatalogue.addTo(legacy, region);
        }
        return new SimulatedCloud(legacy.endpoint(), Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY));
    }

    /**
     * A UCloud fake serves one region, as UCloud checks the region of every request: a region UCloud
     * does not have goes to the fake of its default region, which refuses it.
     */
    private SimulatedCloud ucloud(String region) {
        String served = FakeUcloud.REGIONS.containsKey(region) ? region : FakeUcloud.REGION;
        FakeUcloud ucloud = ucloudByRegion.computeIfAbsent(served, r -> {
            FakeUcloud cloud = start(FakeUcloud.withDefaultCatalogue(r));
            PickingCatalogue.addTo(cloud, r);
            return cloud;
        });
        return new SimulatedCloud(ucloud.endpoint(), Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY));
    }

    private <T extends FakeCloud> T start(T cloud) {
        cloud.clock(clock);
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
