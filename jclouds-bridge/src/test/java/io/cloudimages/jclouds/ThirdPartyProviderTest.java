package io.cloudimages.jclouds;

import io.cloudimages.testkit.example.ExampleCloud;
import org.jclouds.ContextBuilder;
import org.jclouds.compute.ComputeServiceContext;
import org.jclouds.compute.domain.Image;
import org.jclouds.osgi.ProviderRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A provider from a third party's jar (the testkit's example provider, listed in this module's test
 * {@code META-INF/services}) offered to jclouds at run time, and what closing a context closes.
 */
class ThirdPartyProviderTest {

    private static ExampleCloud cloud;

    @BeforeAll
    static void startTheCloud() {
        cloud = ExampleCloud.withCatalogue(30).start();
    }

    @AfterAll
    static void stopTheCloud() {
        cloud.close();
    }

    /** The registry is jclouds' and global: only these tests add to it. */
    @AfterEach
    void unregister() {
        ProviderRegistry.clear();
    }

    @Test
    void oneCallMakesAProviderOnTheClasspathAJcloudsProvider() {
        // tag::jclouds-third-party[]
        ProviderRegistry.registerProvider(CloudImagesProviderMetadata.of("example", "ex-region-1"));   // once, at start-up
        ComputeServiceContext context = ContextBuilder.newBuilder("example")
                .credentials(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET)
                .endpoint(cloud.endpoint().toString())
                .buildView(ComputeServiceContext.class);
        // end::jclouds-third-party[]
        try (context) {
            assertThat(context.getComputeService().listImages()).extracting(Image::getProviderId)
                    .containsExactlyInAnyOrderElementsOf(cloud.imageIds());
        }
    }

    @Test
    void aProviderNotOnTheClasspathIsRefusedNamingThoseThatAre() {
        assertThatThrownBy(() -> CloudImagesProviderMetadata.of("no-such-cloud", "region-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-cloud").hasMessageContaining("example");
    }

    @Test
    void aProviderIsOfferedWithTheRegionsItListsByDefault() {
        assertThatThrownBy(() -> CloudImagesProviderMetadata.of("example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regions");
    }

    @Test
    void aContextOfTheApiUsesTheProviderItNames() {
        Properties overrides = new Properties();
        overrides.setProperty(CloudImagesProperties.PROVIDER, "example");
        overrides.setProperty("jclouds.regions", "ex-region-1");

        try (ComputeServiceContext context = ContextBuilder.newBuilder(CloudImagesApiMetadata.ID)
                .credentials(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET).endpoint(cloud.endpoint().toString())
                .overrides(overrides).buildView(ComputeServiceContext.class)) {
            assertThat(context.getComputeService().listImages()).hasSize(cloud.imageIds().size());
        }
    }

    @Test
    void aContextOfTheApiNamingNoProviderSaysHowToNameOne() {
        assertThatThrownBy(() -> ContextBuilder.newBuilder(CloudImagesApiMetadata.ID)
                .credentials(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET).endpoint(cloud.endpoint().toString())
                .buildView(ComputeServiceContext.class))
                .hasMessageContaining(CloudImagesProperties.PROVIDER);
    }

    @Test
    void closingTheContextClosesEveryServiceItOpened() {
        ProviderRegistry.registerProvider(CloudImagesProviderMetadata.of(RecordingExampleProvider.ID, "ex-region-1"));
        int openedBefore = RecordingExampleProvider.OPENED.get();
        int closedBefore = RecordingExampleProvider.CLOSED.get();
        ComputeServiceContext context = ContextBuilder.newBuilder(RecordingExampleProvider.ID)
                .credentials(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET).endpoint(cloud.endpoint().toString())
                .buildView(ComputeServiceContext.class);
        String id = context.getComputeService().listImages().iterator().next().getId();
        int opened = RecordingExampleProvider.OPENED.get() - openedBefore;

        context.close();

        assertThat(opened).isPositive();
        assertThat(RecordingExampleProvider.CLOSED.get() - closedBefore).isEqualTo(opened);
        assertThatThrownBy(() -> context.getComputeService().getImage(id)).hasMessageContaining("closed");
    }
}
