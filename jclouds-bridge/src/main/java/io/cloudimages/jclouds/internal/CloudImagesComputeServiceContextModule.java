package io.cloudimages.jclouds.internal;

import org.jclouds.compute.config.ComputeServiceAdapterContextModule.LocationsFromComputeServiceAdapterModule;
import org.jclouds.compute.config.JCloudsNativeComputeServiceAdapterContextModule;
import org.jclouds.compute.domain.Hardware;
import org.jclouds.compute.domain.Image;
import org.jclouds.compute.domain.NodeMetadata;
import org.jclouds.compute.domain.TemplateBuilder;
import org.jclouds.domain.Location;

/**
 * The Guice module of a cloudimages context: the adapter, its locations, and the template builder
 * that picks by cloudimages' rules (bound as jclouds' EC2 provider binds its own).
 */
public final class CloudImagesComputeServiceContextModule extends JCloudsNativeComputeServiceAdapterContextModule {

    public CloudImagesComputeServiceContextModule() {
        super(CloudImagesComputeServiceAdapter.class);
    }

    @Override
    protected void configure() {
        super.configure();
        // the adapter's regions, with their ISO 3166 codes, are the context's locations
        install(new LocationsFromComputeServiceAdapterModule<NodeMetadata, Hardware, Image, Location>() {
        });
        bind(TemplateBuilder.class).to(PickingTemplateBuilder.class);
    }
}
