package io.cloudimages;

import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.Page;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudImagesTest {

    static class FakeProvider implements ImageProvider {
        private final String id;
        ProviderSettings opened;

        FakeProvider(String id) {
            this.id = id;
        }

        @Override public String id() { return id; }
        @Override public String displayName() { return "fake " + id; }
        @Override public Set<Capability> capabilities() { return Set.of(Capability.LIST_IMAGES); }
        @Override public List<Action> actions() { return List.of(Action.read("DescribeImages", 40)); }

        @Override
        public ImageService create(ProviderSettings settings) {
            opened = settings;
            return new ImageService() {
                @Override public String provider() { return id; }
                @Override public String region() { return settings.region(); }
                @Override public Set<Capability> capabilities() { return Set.of(Capability.LIST_IMAGES); }
                @Override public Page<Image> listPage(ImageQuery query, String cursor) { return Page.last(List.of()); }
                @Override public Optional<Image> get(String imageId) { return Optional.empty(); }
                @Override public void close() { }
            };
        }
    }

    /** Listed in this module's test META-INF/services, to be found by discovery. */
    public static final class DiscoveredProvider extends FakeProvider {
        public DiscoveredProvider() {
            super("discovered");
        }
    }

    @Test
    void discoveryFindsProvidersListedInMetaInfServices() {
        assertThat(CloudImages.discover().provider("discovered")).isPresent();
    }

    @Test
    void explicitlyRegisteredProvidersAreAvailableWithoutDiscovery() {
        CloudImages clouds = CloudImages.builder().discover(false).register(new FakeProvider("mine")).build();

        assertThat(clouds.providers()).extracting(ImageProvider::id).containsExactly("mine");
    }

    @Test
    void twoProvidersWithOneIdAreRefusedNamingBothClasses() {
        CloudImages.Builder builder = CloudImages.builder().register(new FakeProvider("discovered"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"discovered\"")
                .hasMessageContaining(DiscoveredProvider.class.getName())
                .hasMessageContaining(FakeProvider.class.getName());
    }

    @Test
    void anIdThatIsNotLowerCaseWithHyphensIsRefused() {
        assertThatThrownBy(() -> CloudImages.builder().discover(false).register(new FakeProvider("Tencent V3")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lower-case");
    }

    @Test
    void openingAnUnknownProviderListsTheKnownOnes() {
        CloudImages clouds = CloudImages.builder().discover(false).register(new FakeProvider("a")).register(new FakeProvider("b")).build();

        assertThatThrownBy(() -> clouds.open("c", ProviderSettings.builder().build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("known providers: a, b");
    }

    @Test
    void aRateLimitOverrideForAnActionTheProviderLacksIsRefused() {
        FakeProvider provider = new FakeProvider("a");
        CloudImages clouds = CloudImages.builder().discover(false).register(provider).build();

        assertThatThrownBy(() -> clouds.open("a", ProviderSettings.builder().rateLimit("DescribeImage", 5).build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("\"DescribeImage\"")
                .hasMessageContaining("DescribeImages");
        assertThat(provider.opened).isNull();
    }

    @Test
    void openingHandsTheSettingsToTheProvider() {
        FakeProvider provider = new FakeProvider("a");
        CloudImages clouds = CloudImages.builder().discover(false).register(provider).build();

        try (ImageService service = clouds.open("a", ProviderSettings.builder().region("r1").rateLimit("DescribeImages", 20).build())) {
            assertThat(service.region()).isEqualTo("r1");
            assertThat(provider.opened.rateLimits()).containsEntry("DescribeImages", 20);
        }
    }

    @Test
    void aMissingCapabilityFailsNamingItAndTheProvider() {
        ImageService service = new FakeProvider("p").create(ProviderSettings.builder().build());

        assertThatThrownBy(service::importOsSupport)
                .isInstanceOf(io.cloudimages.exception.UnsupportedCapabilityException.class)
                .hasMessageContaining("provider p does not support listing the operating systems an import accepts");
    }

    @Test
    void aProviderThatDeclaresAnActionTwiceIsRefused() {
        FakeProvider twice = new FakeProvider("twice") {
            @Override public List<Action> actions() {
                return List.of(Action.write("ImportImage", 10), Action.read("ImportImage", 10));
            }
        };

        assertThatThrownBy(() -> CloudImages.builder().discover(false).register(twice).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares an action twice")
                .hasMessageContaining("Action.dryRun()");
    }

}
