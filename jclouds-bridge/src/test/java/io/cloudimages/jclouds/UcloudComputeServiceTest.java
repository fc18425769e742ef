package io.cloudimages.jclouds;

import io.cloudimages.Credentials;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** UCloud's images are of a zone; the region is the jclouds location, the zone is in the user metadata. */
class UcloudComputeServiceTest extends ComputeServiceContract {

    @Override
    protected String provider() {
        return "ucloud";
    }

    @Override
    protected FakeCloud startFake() {
        return FakeUcloud.withDefaultCatalogue().start();
    }

    @Override
    protected Credentials testCredentials() {
        return Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY);
    }

    @Override
    protected Map<String, String> regions() {
        return Map.of(FakeUcloud.REGION, "CN-BJ");
    }

    @Override
    protected Set<String> catalogueIds(FakeCloud fake, String region) {
        return Set.copyOf(((FakeUcloud) fake).imageIds());
    }

    @Override
    protected String unknownImageId() {
        return "uimage-zzzzzzzz";
    }

    @Test
    void theZoneOfEachImageIsInItsUserMetadata() {
        assertThat(listImages()).allSatisfy(image -> assertThat(image.getUserMetadata().get("zone")).isIn(FakeUcloud.ZONES));
    }
}
