package io.cloudimages.jclouds;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.Page;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.example.provider.ExampleProvider;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The example provider under another id, counting the services it opens and those closed, to see what a context closes. */
public final class RecordingExampleProvider implements ImageProvider {

    static final String ID = "recording-example";
    static final AtomicInteger OPENED = new AtomicInteger();
    static final AtomicInteger CLOSED = new AtomicInteger();

    private final ExampleProvider example = new ExampleProvider();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "the example cloud, its services counted";
    }

    @Override
    public Set<Capability> capabilities() {
        return example.capabilities();
    }

    @Override
    public List<Action> actions() {
        return example.actions();
    }

    @Override
    public ImageService create(ProviderSettings settings) {
        ImageService service = example.create(settings);
        OPENED.incrementAndGet();
        return new ImageService() {
            @Override
            public String provider() {
                return ID;
            }

            @Override
            public String region() {
                return service.region();
            }

            @Override
            public Set<Capability> capabilities() {
                return service.capabilities();
            }

            @Override
            public Page<Image> listPage(ImageQuery query, String cursor) {
                return service.listPage(query, cursor);
            }

            @Override
            public Optional<Image> get(String imageId) {
                return service.get(imageId);
            }

            @Override
            public void close() {
                CLOSED.incrementAndGet();
                service.close();
            }
        };
    }
}
