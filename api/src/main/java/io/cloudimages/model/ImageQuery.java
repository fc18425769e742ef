package io.cloudimages.model;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.internal.BoundedMatch;
import io.cloudimages.internal.Copies;
import io.cloudimages.internal.Text;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which images to list, or to pick one from ({@link io.cloudimages.ImageService#pick}). Every
 * criterion is optional; an empty query lists every image that is not deprecated. Criteria combine
 * with AND; the values of one criterion combine with OR.
 *
 * <p>Deprecated images are left out unless {@link Builder#includeDeprecated(boolean)} asks for them,
 * even when they are asked for by id, so that a platform picking an image never gets a deprecated
 * one by surprise. The command line's {@code images list} has the same default, and its
 * {@code --include-deprecated} lists them too.
 *
 * <p>Providers push each criterion down to the cloud where its API supports it and apply the rest
 * on the client; the results are the same either way. {@link #matches(Image)} is that client-side
 * test.
 *
 * <p>Immutable; build one with {@link #builder()}. It is a class with a builder rather than a
 * record so that it can gain criteria without breaking callers.
 */
public final class ImageQuery {

    /** The largest page any provider is asked for. */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final ImageQuery ALL = builder().build();

    private final List<String> ids;
    private final Set<ImageType> types;
    private final Set<OsFamily> osFamilies;
    private final OsType osType;
    private final VersionRange osVersion;
    private final Set<Architecture> architectures;
    private final Pattern namePattern;
    private final Set<ImageState> states;
    private final String zone;
    private final String instanceType;
    private final Map<String, String> tags;
    private final Set<String> tagKeys;
    private final boolean includeDeprecated;
    private final Integer pageSize;

    private ImageQuery(Builder b) {
        ids = Copies.list(b.ids);
        types = Copies.set(b.types);
        osFamilies = Copies.set(b.osFamilies);
        osType = b.osType;
        osVersion = b.osVersion;
        architectures = Copies.set(b.architectures);
        namePattern = b.namePattern;
        states = Copies.set(b.states);
        zone = b.zone;
        instanceType = b.instanceType;
        tags = Copies.map(b.tags);
        tagKeys = Copies.set(b.tagKeys);
        includeDeprecated = b.includeDeprecated;
        pageSize = b.pageSize;
        if (tags.entrySet().stream().anyMatch(t -> t.getKey() == null || t.getKey().isBlank() || t.getValue() == null)
                || tagKeys.stream().anyMatch(k -> k == null || k.isBlank())) {
            throw invalid("tag criteria need non-blank keys and, for key=value tags, a value");
        }
        if (ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw invalid("image ids must not be blank");
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
            throw invalid("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
        }
    }

    /** Every image that is not deprecated. */
    public static ImageQuery all() {
        return ALL;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Image ids (empty: any), each once, in the order given. */
    public List<String> ids() {
        return ids;
    }

    /** Image types (empty: any). */
    public Set<ImageType> types() {
        return types;
    }

    /** OS families (empty: any). */
    public Set<OsFamily> osFamilies() {
        return osFamilies;
    }

    /** Linux or Windows, or null for any. */
    public OsType osType() {
        return osType;
    }

    /**
     * The OS versions accepted ({@code 22.04}, {@code 22}, {@code >=20.04,<24}), or null for any.
     * An image whose version is unknown matches no version.
     */
    public VersionRange osVersion() {
        return osVersion;
    }

    /** CPU architectures (empty: any). An image whose architecture is unknown matches only {@link Architecture#UNKNOWN}. */
    public Set<Architecture> architectures() {
        return architectures;
    }

    /**
     * A regular expression found anywhere in the image name, or null. It is searched within a
     * budget of steps, and one too costly for a name is refused with an {@link InvalidRequestException}.
     */
    public Pattern namePattern() {
        return namePattern;
    }

    /** States (empty: any). */
    public Set<ImageState> states() {
        return states;
    }

    /** An availability zone: images of that zone and region-wide images; null for any. */
    public String zone() {
        return zone;
    }

    /** Only images usable on this instance type (only where the cloud can tell), or null. */
    public String instanceType() {
        return instanceType;
    }

    /** Tags the image must carry with exactly these values (all of them). */
    public Map<String, String> tags() {
        return tags;
    }

    /** Tag keys the image must carry, with any value (all of them). */
    public Set<String> tagKeys() {
        return tagKeys;
    }

    /** Whether deprecated images are listed too. */
    public boolean includeDeprecated() {
        return includeDeprecated;
    }

    /** Images per page asked of the cloud, or null for the provider's largest page. */
    public Integer pageSize() {
        return pageSize;
    }

    /** The client-side test of every criterion except {@code instanceType}, which only the cloud can judge. */
    public boolean matches(Image image) {
        return (ids.isEmpty() || ids.contains(image.id()))
                && (types.isEmpty() || types.contains(image.type()))
                && (osFamilies.isEmpty() || osFamilies.contains(image.os().family()))
                && (osType == null || osType == image.os().type())
                && (osVersion == null || osVersion.contains(image.os().version()))
                && (architectures.isEmpty() || architectures.contains(image.os().architecture()))
                && (namePattern == null || nameMatches(image.name()))
                && (states.isEmpty() || states.contains(image.state()))
                && (zone == null || image.zone() == null || zone.equals(image.zone()))
                && tags.entrySet().stream().allMatch(t -> t.getValue().equals(image.tags().get(t.getKey())))
                && image.tags().keySet().containsAll(tagKeys)
                && (includeDeprecated || !image.deprecated());
    }

    /**
     * The name pattern searched within a budget, so that no expression and no name from a cloud
     * can make a listing spin or overflow the stack.
     */
    private boolean nameMatches(String name) {
        try {
            return BoundedMatch.find(namePattern, name);
        } catch (BoundedMatch.TooCostly e) {
            String shown = name.length() <= 60 ? name : name.substring(0, 60) + "...";
            throw invalid("the name pattern \"" + namePattern.pattern() + "\" is too costly to match against the image"
                    + " name \"" + shown + "\": " + e.getMessage() + "; simplify it, avoiding nested repetition such as"
                    + " (a|b)* or (.*a){10}");
        }
    }

    /** Patterns have no value equality of their own; two queries with the same expression and flags are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ImageQuery q
                && ids.equals(q.ids) && types.equals(q.types) && osFamilies.equals(q.osFamilies)
                && osType == q.osType && Objects.equals(osVersion, q.osVersion) && architectures.equals(q.architectures)
                && patternKey(namePattern).equals(patternKey(q.namePattern))
                && states.equals(q.states) && Objects.equals(zone, q.zone)
                && Objects.equals(instanceType, q.instanceType) && tags.equals(q.tags) && tagKeys.equals(q.tagKeys)
                && includeDeprecated == q.includeDeprecated
                && Objects.equals(pageSize, q.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ids, types, osFamilies, osType, osVersion, architectures, patternKey(namePattern), states, zone,
                instanceType, tags, tagKeys, includeDeprecated, pageSize);
    }

    /** The criteria that are set, for logs and messages. */
    @Override
    public String toString() {
        StringJoiner shown = new StringJoiner(", ", "ImageQuery[", "]");
        show(shown, "ids", ids);
        show(shown, "types", types);
        show(shown, "osFamilies", osFamilies);
        show(shown, "osType", osType);
        show(shown, "osVersion", osVersion);
        show(shown, "architectures", architectures);
        show(shown, "namePattern", namePattern);
        show(shown, "states", states);
        show(shown, "zone", zone);
        show(shown, "instanceType", instanceType);
        show(shown, "tags", tags);
        show(shown, "tagKeys", tagKeys);
        show(shown, "includeDeprecated", includeDeprecated ? true : null);
        show(shown, "pageSize", pageSize);
        return shown.toString();
    }

    private static void show(StringJoiner shown, String criterion, Object value) {
        boolean unset = value == null || value instanceof Collection<?> values && values.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
        if (!unset) {
            shown.add(criterion + "=" + value);
        }
    }

    private static String patternKey(Pattern pattern) {
        return pattern == null ? "" : pattern.flags() + "/" + pattern.pattern();
    }

    private static InvalidRequestException invalid(String detail) {
        return new InvalidRequestException(detail, ErrorContext.none());
    }

    /** Builds an {@link ImageQuery}. */
    public static final class Builder {
        private final Set<String> ids = new LinkedHashSet<>();
        private final Set<ImageType> types = new LinkedHashSet<>();
        private final Set<OsFamily> osFamilies = new LinkedHashSet<>();
        private OsType osType;
        private VersionRange osVersion;
        private final Set<Architecture> architectures = new LinkedHashSet<>();
        private Pattern namePattern;
        private final Set<ImageState> states = new LinkedHashSet<>();
        private String zone;
        private String instanceType;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final Set<String> tagKeys = new LinkedHashSet<>();
        private boolean includeDeprecated;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(ImageQuery q) {
            ids.addAll(q.ids);
            types.addAll(q.types);
            osFamilies.addAll(q.osFamilies);
            osType = q.osType;
            osVersion = q.osVersion;
            architectures.addAll(q.architectures);
            namePattern = q.namePattern;
            states.addAll(q.states);
            zone = q.zone;
            instanceType = q.instanceType;
            tags.putAll(q.tags);
            tagKeys.addAll(q.tagKeys);
            includeDeprecated = q.includeDeprecated;
            pageSize = q.pageSize;
        }

        public Builder ids(Collection<String> values) { ids.addAll(values); return this; }
        public Builder ids(String... values) { return ids(Arrays.asList(values)); }
        public Builder types(Collection<ImageType> values) { types.addAll(values); return this; }
        public Builder types(ImageType... values) { return types(Arrays.asList(values)); }
        public Builder osFamilies(Collection<OsFamily> values) { osFamilies.addAll(values); return this; }
        public Builder osFamilies(OsFamily... values) { return osFamilies(Arrays.asList(values)); }
        public Builder osType(OsType value) { osType = value; return this; }
        /** Only these OS versions (see {@link VersionRange}); null for any. */
        public Builder osVersion(VersionRange value) { osVersion = value; return this; }

        /**
         * Only these OS versions: a version ({@code 22.04} matches 22.04 and 22.04.3, {@code 22}
         * every 22.x) or a range ({@code >=20.04,<24}); null for any.
         *
         * @throws InvalidRequestException when the text is neither
         */
        public Builder osVersion(String value) { osVersion = value == null ? null : VersionRange.parse(value); return this; }
        public Builder architectures(Collection<Architecture> values) { architectures.addAll(values); return this; }
        public Builder architectures(Architecture... values) { return architectures(Arrays.asList(values)); }
        public Builder states(Collection<ImageState> values) { states.addAll(values); return this; }
        public Builder states(ImageState... values) { return states(Arrays.asList(values)); }
        public Builder zone(String value) { zone = Text.blankToNull(value); return this; }
        public Builder instanceType(String value) { instanceType = Text.blankToNull(value); return this; }
        /** Only images with this tag, with exactly this value. */
        public Builder tag(String key, String value) { tags.put(key, value); return this; }
        /** Only images with a tag of this key, whatever its value. */
        public Builder tagKey(String key) { tagKeys.add(key); return this; }
        /** Lists deprecated images too; they are left out by default. */
        public Builder includeDeprecated(boolean value) { includeDeprecated = value; return this; }
        public Builder pageSize(Integer value) { pageSize = value; return this; }

        public Builder namePattern(Pattern value) { namePattern = value; return this; }

        /**
         * A regular expression (Java syntax) searched for anywhere in the image name.
         *
         * @throws InvalidRequestException when the expression does not compile
         */
        public Builder nameRegex(String regex) {
            if (regex == null) {
                namePattern = null;
                return this;
            }
            try {
                namePattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw invalid("the name pattern \"" + regex + "\" is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
            return this;
        }

        public ImageQuery build() {
            return new ImageQuery(this);
        }

    }
}
