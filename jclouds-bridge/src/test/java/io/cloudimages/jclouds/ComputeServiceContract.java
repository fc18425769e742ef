package io.cloudimages.jclouds;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.OsFamily;
import io.cloudimages.testkit.CatalogueImage;
import io.cloudimages.testkit.FakeCloud;
import org.jclouds.ContextBuilder;
import org.jclouds.compute.ComputeService;
import org.jclouds.compute.ComputeServiceContext;
import org.jclouds.compute.RunNodesException;
import org.jclouds.compute.domain.Image;
import org.jclouds.compute.domain.Template;
import org.jclouds.domain.Location;
import org.jclouds.domain.LocationScope;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a platform written against jclouds' {@link ComputeService} sees of a cloudimages provider,
 * over loopback against the provider's fake cloud: one context per class, as a platform keeps one.
 * The images the picking tests need are added before the context first lists, each test's under a
 * name of its own, since jclouds keeps a listing for its session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComputeServiceContract {

    private static final Instant OLDER = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant NEWER = Instant.parse("2024-06-01T00:00:00Z");

    private FakeCloud fake;
    private ComputeServiceContext context;
    private ComputeService compute;

    /** The provider's id, which is its jclouds id. */
    protected abstract String provider();

    /** The provider's fake, started, with its catalogue. */
    protected abstract FakeCloud startFake();

    protected abstract Credentials testCredentials();

    /** The regions the context lists, the first being where templates look, with the ISO 3166 code of each. */
    protected abstract Map<String, String> regions();

    /** Every image id the fake holds in a region. */
    protected abstract Set<String> catalogueIds(FakeCloud fake, String region);

    /** An id of the provider's form that names no image. */
    protected abstract String unknownImageId();

    /** The OS name the clouds write for an arm64 build of Ubuntu 22.04, where some read the architecture. */
    private static final String UBUNTU_22_04_ARM = "Ubuntu Server 22.04 LTS 64位 ARM";
    private static final String UBUNTU_22_04 = "Ubuntu Server 22.04 LTS 64位";

    @BeforeAll
    void buildTheContext() {
        fake = startFake();
        String region = firstRegion();
        fake.addImage(region, image("by-version-ubuntu-22.04", UBUNTU_22_04, Architecture.X86_64, OLDER));
        fake.addImage(region, image("by-version-ubuntu-9.10", "Ubuntu Server 9.10 64位", Architecture.X86_64, NEWER));
        fake.addImage(region, image("by-state-ubuntu-22.04-available", UBUNTU_22_04, Architecture.X86_64, OLDER));
        fake.addImage(region, image("by-state-ubuntu-22.04-failed", UBUNTU_22_04, Architecture.X86_64, NEWER)
                .withState(ImageState.FAILED));
        fake.addImage(region, image("by-arch-ubuntu-22.04-x86_64", UBUNTU_22_04, Architecture.X86_64, OLDER));
        fake.addImage(region, image("by-arch-ubuntu-22.04-arm64", UBUNTU_22_04_ARM, Architecture.ARM64, NEWER));
        fake.addImage(region, image("by-text-ubuntu-22.04", UBUNTU_22_04, Architecture.X86_64, OLDER));
        fake.addImage(region, image("by-text-ubuntu-322.04", "Ubuntu Server 322.04 64位", Architecture.X86_64, NEWER));
        context = contextBuilder(builder -> builder.credentials(testCredentials().accessKeyId(), testCredentials().secretKey()))
                .buildView(ComputeServiceContext.class);
        compute = context.getComputeService();
    }

    @AfterAll
    void closeTheContext() {
        context.close();
        fake.close();
    }

    /** A context of the provider on the fake, listing {@link #regions()}, as the test shapes it. */
    protected ContextBuilder contextBuilder(Consumer<ContextBuilder> shape) {
        Properties overrides = new Properties();
        overrides.setProperty("jclouds.regions", String.join(",", regions().keySet()));
        ContextBuilder builder = ContextBuilder.newBuilder(provider()).endpoint(fake.endpoint().toString()).overrides(overrides);
        shape.accept(builder);
        return builder;
    }

    protected FakeCloud fake() {
        return fake;
    }

    protected Set<? extends Image> listImages() {
        return compute.listImages();
    }

    protected String firstRegion() {
        return regions().keySet().iterator().next();
    }

    @Test
    void listImagesGivesEveryImageOfEveryRegionUnderARegionQualifiedId() {
        Set<? extends Image> images = compute.listImages();

        for (String region : regions().keySet()) {
            List<? extends Image> inRegion = images.stream().filter(image -> image.getLocation().getId().equals(region)).toList();
            assertThat(inRegion).extracting(Image::getProviderId).containsExactlyInAnyOrderElementsOf(catalogueIds(fake, region));
            assertThat(inRegion).allSatisfy(image -> assertThat(image.getId()).isEqualTo(region + "/" + image.getProviderId()));
        }
    }

    @Test
    void getImageGivesTheImageOfARegionQualifiedId() {
        Image listed = imageNamed("by-version-ubuntu-22.04");

        Image image = compute.getImage(listed.getId());

        assertThat(image.getId()).isEqualTo(firstRegion() + "/" + listed.getProviderId());
        assertThat(image.getName()).isEqualTo("by-version-ubuntu-22.04");
        assertThat(image.getStatus()).isEqualTo(Image.Status.AVAILABLE);
        assertThat(image.getOperatingSystem()).isEqualTo(listed.getOperatingSystem());
        assertThat(image.getLocation()).isEqualTo(listed.getLocation());
        assertThat(image.getUserMetadata()).isEqualTo(listed.getUserMetadata());
    }

    @Test
    void getImageGivesNullForAnImageTheCloudDoesNotHave() {
        assertThat(compute.getImage(firstRegion() + "/" + unknownImageId())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"img-12345678", "/", "region-only/", "/img-12345678", "a/b/c", "ap-guangzhou/img-1/../x", " "})
    void getImageGivesNullForAnIdThatIsNotRegionAndImage(String id) {
        assertThat(compute.getImage(id)).isNull();
    }

    @Test
    void getImageGivesNullForARegionTheContextDoesNotList() {
        Image listed = imageNamed("by-version-ubuntu-22.04");

        assertThat(compute.getImage("xx-nowhere/" + listed.getProviderId())).isNull();
    }

    @Test
    void theLocationsAreTheRegionsWithTheirIso3166Codes() {
        Set<? extends Location> locations = compute.listAssignableLocations();

        assertThat(locations).extracting(Location::getId).containsExactlyElementsOf(regions().keySet());
        assertThat(locations).allSatisfy(location -> {
            assertThat(location.getScope()).isEqualTo(LocationScope.REGION);
            assertThat(location.getIso3166Codes()).containsExactly(regions().get(location.getId()));
            assertThat(location.getParent().getScope()).isEqualTo(LocationScope.PROVIDER);
            assertThat(location.getParent().getId()).isEqualTo(provider());
        });
    }

    @Test
    void theTemplatePicksTheHighestVersionComparedAsNumbersNotAsText() {
        Template template = compute.templateBuilder().osFamily(org.jclouds.compute.domain.OsFamily.UBUNTU)
                .imageNameMatches("by-version-").build();

        assertThat(template.getImage().getName()).isEqualTo("by-version-ubuntu-22.04");
    }

    /** jclouds matches the version as text, and "322.04" contains "22.04"; its own chooser would take it. */
    @Test
    void aVersionThatOnlyContainsTheTextAskedForIsNotThatVersion() {
        Template template = compute.templateBuilder().osFamily(org.jclouds.compute.domain.OsFamily.UBUNTU)
                .osVersionMatches("22.04").imageNameMatches("by-text-").build();

        assertThat(template.getImage().getName()).isEqualTo("by-text-ubuntu-22.04");
    }

    @Test
    void theTemplatePicksAnAvailableImageOverANewerFailedOne() {
        Template template = compute.templateBuilder().osFamily(org.jclouds.compute.domain.OsFamily.UBUNTU)
                .osVersionMatches("22.04").imageNameMatches("by-state-").build();

        assertThat(template.getImage().getName()).isEqualTo("by-state-ubuntu-22.04-available");
    }

    @Test
    void theTemplatePicksX86_64OverANewerArm64BuildWhenAskedTo() {
        Template template = compute.templateBuilder().osFamily(org.jclouds.compute.domain.OsFamily.UBUNTU)
                .osArchMatches("x86_64").imageNameMatches("by-arch-").build();

        assertThat(template.getImage().getName()).isEqualTo("by-arch-ubuntu-22.04-x86_64");
    }

    @Test
    void theTemplatePicksWhatPickPicksForTheSameCriteria() {
        Template template = compute.templateBuilder().osFamily(org.jclouds.compute.domain.OsFamily.UBUNTU)
                .osVersionMatches("22.04").osArchMatches("x86_64").build();

        assertThat(template.getImage().getId()).isEqualTo(firstRegion() + "/" + picked(ImageQuery.builder()
                .osFamilies(OsFamily.UBUNTU).osVersion("22.04").architectures(Architecture.X86_64).build()));
    }

    @Test
    void aBareTemplateGivesTheUbuntuImageForX86_64ThatPickPicks() {
        Template template = compute.templateBuilder().build();

        assertThat(template.getImage().getId()).isEqualTo(firstRegion() + "/" + picked(ImageQuery.builder()
                .osFamilies(OsFamily.UBUNTU).architectures(Architecture.X86_64).build()));
        assertThat(template.getLocation().getId()).isEqualTo(firstRegion());
    }

    @Test
    void aTemplateWhoseImagesAreNoneAvailableSaysSo() {
        assertThatThrownBy(() -> compute.templateBuilder().imageNameMatches("^by-state-ubuntu-22.04-failed$").build())
                .hasMessageContaining("none is available and not deprecated");
    }

    @Test
    void creatingNodesIsRefusedSayingThatThisLibraryDoesImages() {
        assertThatThrownBy(() -> compute.createNodesInGroup("web", 1))
                .isInstanceOf(RunNodesException.class)
                .satisfies(thrown -> assertThat(((RunNodesException) thrown).getExecutionErrors().values())
                        .singleElement(InstanceOfAssertFactories.THROWABLE)
                        .rootCause()
                        .isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageContaining("images only"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"destroy", "reboot", "suspend", "resume", "get"})
    void everyOperationOnANodeIsRefusedSayingThatThisLibraryDoesImages(String operation) {
        Runnable call = switch (operation) {
            case "destroy" -> () -> compute.destroyNode("ins-12345678");
            case "reboot" -> () -> compute.rebootNode("ins-12345678");
            case "suspend" -> () -> compute.suspendNode("ins-12345678");
            case "resume" -> () -> compute.resumeNode("ins-12345678");
            default -> () -> compute.getNodeMetadata("ins-12345678");
        };

        assertThatThrownBy(call::run).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("images only");
    }

    @Test
    void closingTheContextClosesItsServices() {
        ComputeServiceContext closed = contextBuilder(builder -> builder.credentials(testCredentials().accessKeyId(),
                testCredentials().secretKey())).buildView(ComputeServiceContext.class);
        String id = closed.getComputeService().listImages().iterator().next().getId();

        closed.close();

        assertThatThrownBy(() -> closed.getComputeService().getImage(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("context is closed");
    }

    @Test
    void thereAreNoNodes() {
        assertThat(compute.listNodes()).isEmpty();
    }

    /** The id {@code ImageService.pick} answers on the first region with the same settings. */
    private String picked(ImageQuery query) {
        ProviderSettings settings = ProviderSettings.builder().region(firstRegion()).endpoint(fake.endpoint())
                .credentials(testCredentials()).build();
        try (ImageService images = CloudImages.discover().open(provider(), settings)) {
            return images.pick(query).orElseThrow().id();
        }
    }

    protected Image imageNamed(String name) {
        Map<String, Image> byName = compute.listImages().stream()
                .filter(image -> image.getLocation().getId().equals(firstRegion()))
                .collect(Collectors.toMap(Image::getName, image -> image, (a, b) -> a, LinkedHashMap::new));
        assertThat(byName).containsKey(name);
        return byName.get(name);
    }

    private static CatalogueImage image(String name, String osName, Architecture architecture, Instant createdAt) {
        return CatalogueImage.of(name, osName, architecture).withCreatedAt(createdAt);
    }
}
