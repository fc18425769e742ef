package io.cloudimages.cli;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.Page;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A provider whose every call fails with the error a test chooses, and that declares no rate limits. */
final class ScriptedProvider implements ImageProvider {

    static final String ID = "scripted";

    private final Supplier<RuntimeException> failure;

    ScriptedProvider(Supplier<RuntimeException> failure) {
        this.failure = failure;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Scripted failures";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.LIST_IMAGES, Capability.GET_IMAGE);
    }

    @Override
    public List<Action> actions() {
        return List.of();
    }

    @Override
    public ImageService create(ProviderSettings settings) {
        return new ImageService() {
            @Override
            public String provider() {
                return ID;
            }

            @Override
            public String region() {
                return settings.region();
            }

            @Override
            public Set<Capability> capabilities() {
                return ScriptedProvider.this.capabilities();
            }

            @Override
            public Page<Image> listPage(ImageQuery query, String cursor) {
                throw failure.get();
            }

            @Override
            public Optional<Image> get(String imageId) {
                throw failure.get();
            }

            @Override
            public void close() {
            }
        };
    }
}
