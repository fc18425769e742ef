package io.cloudimages.jclouds.internal;

import com.google.common.base.Supplier;
import com.google.common.collect.Iterables;
import io.cloudimages.core.multicloud.MultiCloudListing;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.PermissionDeniedException;
import io.cloudimages.exception.RegionNotSupportedException;
import io.cloudimages.model.ImagePicker;
import io.cloudimages.model.ImageQuery;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jclouds.compute.JCloudsNativeComputeServiceAdapter;
import org.jclouds.compute.domain.Hardware;
import org.jclouds.compute.domain.HardwareBuilder;
import org.jclouds.compute.domain.Image;
import org.jclouds.compute.domain.NodeMetadata;
import org.jclouds.compute.domain.Template;
import org.jclouds.domain.Location;
import org.jclouds.domain.LocationBuilder;
import org.jclouds.domain.LocationScope;
import org.jclouds.location.Iso3166;
import org.jclouds.location.Region;
import org.jclouds.location.suppliers.all.JustProvider;
import org.jclouds.rest.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * jclouds' compute service over cloudimages services: the images of every region of
 * {@code jclouds.regions}, those regions as locations, and nothing about machines.
 */
@Singleton
public final class CloudImagesComputeServiceAdapter implements JCloudsNativeComputeServiceAdapter {

    static final String IMAGES_ONLY = "cloudimages lists and picks images only: it creates, finds, destroys,"
            + " reboots, suspends and resumes no nodes; use the cloud's own tools for machines";

    private static final Logger LOG = LoggerFactory.getLogger(CloudImagesComputeServiceAdapter.class);
    /** jclouds sees every image, deprecated ones too: its user metadata says which are. */
    private static final ImageQuery EVERY_IMAGE = ImageQuery.builder().includeDeprecated(true).build();
    /** jclouds' template builder needs a hardware profile; this library knows no machine types. */
    private static final Hardware ANY_MACHINE = new HardwareBuilder().ids("any").name("any machine type").build();

    private final RegionalServices services;
    private final ListedImages listed;
    private final Supplier<Set<String>> regions;
    private final Supplier<Map<String, Supplier<Set<String>>>> isoCodes;
    private final JustProvider provider;

    @Inject
    CloudImagesComputeServiceAdapter(RegionalServices services, ListedImages listed, @Region Supplier<Set<String>> regions,
                                     @Iso3166 Supplier<Map<String, Supplier<Set<String>>>> isoCodes, JustProvider provider) {
        this.services = services;
        this.listed = listed;
        this.regions = regions;
        this.isoCodes = isoCodes;
        this.provider = provider;
    }

    /** The regions of {@code jclouds.regions}, under the provider, with their ISO 3166 codes where known. */
    @Override
    public Iterable<Location> listLocations() {
        return locations().values();
    }

    private Map<String, Location> locations() {
        Location parent = Iterables.getOnlyElement(provider.get());
        Map<String, Supplier<Set<String>>> codes = isoCodes.get();
        Map<String, Location> byRegion = new LinkedHashMap<>();
        for (String region : regions.get()) {
            LocationBuilder location = new LocationBuilder().scope(LocationScope.REGION).id(region).description(region)
                    .parent(parent);
            if (codes.containsKey(region)) {
                location.iso3166Codes(codes.get(region).get());
            }
            byRegion.put(region, location.build());
        }
        return byRegion;
    }

    /**
     * Every image of every region, listed concurrently. A region the cloud says it does not serve
     * is left out with a warning; any other failure fails the listing, since jclouds would keep a
     * partial one for a whole session.
     */
    @Override
    public Iterable<Image> listImages() {
        Map<String, Location> locations = locations();
        if (locations.isEmpty()) {
            throw new IllegalStateException("no region to list images in: set the property jclouds.regions,"
                    + " for example jclouds.regions=ap-guangzhou,ap-shanghai");
        }
        // one image in several zones is one jclouds image: jclouds refuses two images of one id
        Map<String, List<io.cloudimages.model.Image>> byId = new LinkedHashMap<>();
        try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(services.in(locations.keySet()), EVERY_IMAGE)) {
            for (Iterator<MultiCloudListing.Result> it = results.iterator(); it.hasNext(); ) {
                MultiCloudListing.Result result = it.next();
                if (result instanceof MultiCloudListing.Found found) {
                    byId.computeIfAbsent(JcloudsImages.idOf(found.image()), id -> new ArrayList<>()).add(found.image());
                } else if (result instanceof MultiCloudListing.Failed failed) {
                    if (!(failed.error() instanceof RegionNotSupportedException)) {
                        throw inJcloudsTerms(failed.error());
                    }
                    LOG.warn("{}: region {} left out of the listing: {}", services.providerId(), failed.cloud(),
                            failed.error().getMessage());
                }
            }
        }
        Map<String, io.cloudimages.model.Image> chosen = new LinkedHashMap<>();
        List<Image> images = new ArrayList<>(byId.size());
        byId.forEach((id, sameImage) -> {
            io.cloudimages.model.Image image = sameImage.stream().min(ImagePicker.BEST_FIRST).orElseThrow();
            chosen.put(id, image);
            images.add(JcloudsImages.toJclouds(image, locations.get(image.region()), JcloudsImages.zones(sameImage)));
        });
        listed.replaceWith(chosen);
        return images;
    }

    /**
     * The image of a region-qualified id ({@code ap-guangzhou/img-xxxxxxxx}), or null when there is
     * none: also for an id that is not region-qualified, of a region the context does not list, or
     * that the provider or the cloud calls malformed.
     */
    @Override
    public Image getImage(String id) {
        Optional<JcloudsImages.RegionalId> regional = JcloudsImages.parseId(id);
        Location location = regional.map(ref -> locations().get(ref.region())).orElse(null);
        if (location == null) {
            return null;
        }
        Optional<io.cloudimages.model.Image> found;
        try {
            found = services.in(regional.get().region()).get(regional.get().imageId());
        } catch (InvalidRequestException malformed) {
            return null;
        } catch (AuthenticationException | PermissionDeniedException refused) {
            throw inJcloudsTerms(refused);
        }
        found.ifPresent(image -> listed.addUnlisted(id, image));
        return found.map(image -> JcloudsImages.toJclouds(image, location, image.zone())).orElse(null);
    }

    @Override
    public Iterable<Hardware> listHardwareProfiles() {
        return List.of(ANY_MACHINE);
    }

    @Override
    public NodeWithInitialCredentials createNodeWithGroupEncodedIntoName(String group, String name, Template template) {
        throw new UnsupportedOperationException(IMAGES_ONLY);
    }

    @Override
    public Iterable<NodeMetadata> listNodes() {
        return List.of();
    }

    @Override
    public Iterable<NodeMetadata> listNodesByIds(Iterable<String> ids) {
        return List.of();
    }

    @Override
    public NodeMetadata getNode(String id) {
        throw new UnsupportedOperationException(IMAGES_ONLY);
    }

    @Override
    public void destroyNode(String id) {
        throw new UnsupportedOperationException(IMAGES_ONLY);
    }

    @Override
    public void rebootNode(String id) {
        throw new UnsupportedOperationException(IMAGES_ONLY);
    }

    @Override
    public void resumeNode(String id) {
        throw new UnsupportedOperationException(IMAGES_ONLY);
    }

    @Override
    public void suspendNode(String id) {
        throw new UnsupportedOperationException(IMAGES_ONLY);
    }

    /**
     * Refused credentials are jclouds' {@link AuthorizationException}, which jclouds remembers rather
     * than asking again and locking the account out; anything else stays a cloudimages exception.
     */
    private static RuntimeException inJcloudsTerms(Throwable error) {
        if (error instanceof AuthenticationException || error instanceof PermissionDeniedException) {
            return new AuthorizationException(error.getMessage(), error);
        }
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return new IllegalStateException(error);
    }
}
