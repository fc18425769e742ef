package io.cloudimages.tencentv3.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.paging.Paging;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a neutral query into DescribeImages requests. The API takes {@code ImageIds} or
 * {@code Filters}, never both ({@code InvalidParameterCoexistImageIdsFilters}), at most 10
 * filters of at most 5 values each, so:
 *
 * <ul>
 *   <li>ids become {@code image-id} filters of 5 ids, one segment of pages per 5 ids, so they
 *       combine with the other filters;</li>
 *   <li>types become an {@code image-type} filter, unless marketplace images are asked for
 *       (the filter has no value for them);</li>
 *   <li>families become a {@code platform} filter (a fuzzy match, so a superset) when every family
 *       asked for has a known platform word;</li>
 *   <li>a name pattern that is plain text (no regular-expression syntax, no flags) becomes an
 *       {@code image-name} filter, whose fuzzy match finds a superset of the names containing it;</li>
 *   <li>tags become {@code tag:<key>} filters, and a single tag key a {@code tag-key} filter, while
 *       the ten filters last;</li>
 *   <li>an instance type goes in {@code InstanceType};</li>
 *   <li>everything else (states, OS type, OS version, architecture, name pattern, deprecation) is
 *       applied on the client: DescribeImages has no filter for them (its filters are
 *       {@code image-id}, {@code image-type}, {@code image-name}, {@code platform} and the tag ones).</li>
 * </ul>
 * Whatever is pushed down selects a superset of the query; the client-side test then makes the
 * result exact.
 */
final class DescribeImagesPlan {

    static final int MAX_FILTER_VALUES = 5;
    static final int MAX_FILTERS = 10;
    private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");
    static final int MAX_PAGE = 100;

    /** Families whose Tencent {@code Platform} word is known (reference/tencent.md section 3.1). */
    private static final Map<OsFamily, String> PLATFORMS = Map.of(
            OsFamily.CENTOS, "CentOS", OsFamily.UBUNTU, "Ubuntu", OsFamily.DEBIAN, "Debian",
            OsFamily.TENCENTOS, "TencentOS", OsFamily.WINDOWS, "Windows", OsFamily.FEDORA, "Fedora");

    private static final Map<ImageType, String> TYPES = Map.of(
            ImageType.PUBLIC, "PUBLIC_IMAGE", ImageType.PRIVATE, "PRIVATE_IMAGE", ImageType.SHARED, "SHARED_IMAGE");

    private DescribeImagesPlan() {
    }

    /** The request bodies to page through, in order; each lacks only Offset and Limit. */
    static List<ObjectNode> segments(ImageQuery query) {
        List<ObjectNode> segments = new ArrayList<>();
        for (List<String> ids : Paging.idBatches(query, MAX_FILTER_VALUES)) {
            ObjectNode body = Json.objectNode();
            ArrayNode filters = Json.objectNode().arrayNode();
            if (!ids.isEmpty()) {
                addFilter(filters, "image-id", ids);
            }
            if (!query.types().isEmpty() && !query.types().contains(ImageType.MARKETPLACE)) {
                addFilter(filters, "image-type", query.types().stream().map(TYPES::get).toList());
            }
            if (!query.osFamilies().isEmpty() && query.osFamilies().size() <= MAX_FILTER_VALUES
                    && PLATFORMS.keySet().containsAll(query.osFamilies())) {
                addFilter(filters, "platform", query.osFamilies().stream().map(PLATFORMS::get).toList());
            }
            literalName(query.namePattern()).ifPresent(name -> addFilter(filters, "image-name", List.of(name)));
            for (Map.Entry<String, String> tag : query.tags().entrySet()) {
                if (filters.size() < MAX_FILTERS) {
                    addFilter(filters, "tag:" + tag.getKey(), List.of(tag.getValue()));
                }
            }
            if (query.tagKeys().size() == 1 && filters.size() < MAX_FILTERS) {
                // several keys in one tag-key filter would mean any of them; the query means all
                addFilter(filters, "tag-key", List.copyOf(query.tagKeys()));
            }
            if (!filters.isEmpty()) {
                body.set("Filters", filters);
            }
            if (query.instanceType() != null) {
                body.put("InstanceType", query.instanceType());
            }
            segments.add(body);
        }
        return segments;
    }

    /** The text a pattern matches when it is plain text: "ubuntu", or "a.b" written as {@code Pattern.quote}. */
    static Optional<String> literalName(Pattern pattern) {
        if (pattern == null || pattern.flags() != 0) {
            return Optional.empty();
        }
        String text = pattern.pattern();
        if (text.startsWith("\\Q") && text.endsWith("\\E") && !text.substring(2, text.length() - 2).contains("\\E")) {
            text = text.substring(2, text.length() - 2);
        } else if (REGEX_SYNTAX.matcher(text).find()) {
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** One image by id: {@code ImageIds}, with no filter beside it. */
    static ObjectNode byId(String imageId) {
        ObjectNode body = Json.objectNode();
        body.putArray("ImageIds").add(imageId);
        body.put("Offset", 0).put("Limit", 1);
        return body;
    }

    private static void addFilter(ArrayNode filters, String name, List<String> values) {
        ObjectNode filter = filters.addObject();
        filter.put("Name", name);
        values.forEach(filter.putArray("Values")::add);
    }
}
