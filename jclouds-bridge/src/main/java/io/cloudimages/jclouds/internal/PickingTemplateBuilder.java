package io.cloudimages.jclouds.internal;

import com.google.common.base.Function;
import com.google.common.base.Supplier;
import com.google.common.collect.Iterables;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImagePicker;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.VersionRange;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import org.jclouds.collect.Memoized;
import org.jclouds.compute.domain.Hardware;
import org.jclouds.compute.domain.Image;
import org.jclouds.compute.domain.TemplateBuilder;
import org.jclouds.compute.domain.internal.TemplateBuilderImpl;
import org.jclouds.compute.options.TemplateOptions;
import org.jclouds.domain.Location;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * jclouds' template builder, choosing among the images its criteria match by cloudimages' rules
 * ({@link ImagePicker}), so that a template and {@code ImageService.pick} answer the same: only
 * an available image that is not deprecated; the highest OS version compared as numbers, not as
 * text (22.04 above 9.10); then the newest; then the smallest id.
 *
 * <p>jclouds filters first, as it always does. The criteria the model can say exactly are then
 * applied as the model applies them: {@code osFamily}, {@code osVersionMatches} given a version
 * ({@code 22.04} accepts 22.04.3 but not 122.04), {@code osArchMatches} given an architecture's
 * name ({@code x86_64}, {@code arm64}, {@code i386}) and {@code os64Bit}. A chooser the caller sets
 * with {@code imageChooser} is used as it is.
 */
public final class PickingTemplateBuilder extends TemplateBuilderImpl {

    private static final Set<Architecture> SIXTY_FOUR_BIT = EnumSet.of(Architecture.X86_64, Architecture.ARM64);

    private final ListedImages listed;

    @Inject
    PickingTemplateBuilder(@Memoized Supplier<Set<? extends Location>> locations,
                           @Memoized Supplier<Set<? extends Image>> images,
                           @Memoized Supplier<Set<? extends Hardware>> hardwares, Supplier<Location> defaultLocation,
                           @Named("DEFAULT") Provider<TemplateOptions> optionsProvider,
                           @Named("DEFAULT") Provider<TemplateBuilder> defaultTemplateProvider, ListedImages listed) {
        super(locations, images, hardwares, defaultLocation, optionsProvider, defaultTemplateProvider);
        this.listed = listed;
    }

    @Override
    protected Function<Iterable<? extends Image>, Image> imageChooser() {
        if (imageChooser != null) {
            return imageChooser;
        }
        Optional<ImageQuery> query = query();
        return candidates -> {
            Map<io.cloudimages.model.Image, Image> byModel = new IdentityHashMap<>();
            for (Image candidate : candidates) {
                listed.get(candidate.getId()).ifPresent(image -> byModel.put(image, candidate));
            }
            return query.flatMap(criteria -> ImagePicker.pick(byModel.keySet(), criteria)).map(byModel::get)
                    .orElseThrow(NoSuchElementException::new);
        };
    }

    /** A failure of this chooser says why: jclouds' own message only repeats the criteria. */
    @Override
    protected Image resolveImage(Hardware hardware, Iterable<? extends Image> supportedImages) {
        try {
            return super.resolveImage(hardware, supportedImages);
        } catch (NoSuchElementException e) {
            if (imageChooser != null) {
                throw e;
            }
            throw new NoSuchElementException(e.getMessage() + "; " + Iterables.size(supportedImages) + " images match"
                    + " them, and none is available and not deprecated, which an image must be to be picked");
        }
    }

    /** The template's criteria as the model says them; empty when they contradict each other. */
    Optional<ImageQuery> query() {
        ImageQuery.Builder query = ImageQuery.builder();
        if (osFamily != null) {
            query.osFamilies(JcloudsOsFamilies.ours(osFamily));
        }
        if (osVersion != null) {
            versionRange(osVersion).ifPresent(query::osVersion);
        }
        Set<Architecture> architectures = EnumSet.allOf(Architecture.class);
        boolean narrowed = false;
        if (osArch != null) {
            Optional<Architecture> named = Arrays.stream(Architecture.values())
                    .filter(architecture -> architecture != Architecture.UNKNOWN && architecture.id().equalsIgnoreCase(osArch))
                    .findFirst();
            if (named.isPresent()) {
                architectures.retainAll(Set.of(named.get()));
                narrowed = true;
            }
        }
        if (os64Bit != null) {
            architectures.retainAll(os64Bit ? SIXTY_FOUR_BIT : Set.of(Architecture.I386));
            narrowed = true;
        }
        if (narrowed && architectures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((narrowed ? query.architectures(architectures) : query).build());
    }

    /** A version or range the model reads; jclouds' regular expressions ({@code 1[012].[01][04]}) are left to jclouds. */
    private static Optional<VersionRange> versionRange(String text) {
        try {
            return Optional.of(VersionRange.parse(text));
        } catch (InvalidRequestException notAVersion) {
            return Optional.empty();
        }
    }
}
