package io.cloudimages.core.paging;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.ImageQuery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * Opaque listing cursors that carry a provider's paging state (an offset, a type index) and are
 * bound to the query they came from. A cursor is stable across processes, so a platform can
 * store it and resume on another replica; used with another query or provider it is refused.
 */
final class Cursors {

    private static final String VERSION = "c2";

    private Cursors() {
    }

    /** A cursor for {@code state} (the provider's own text) under this provider and query. */
    static String encode(String provider, ImageQuery query, String state) {
        String raw = VERSION + "|" + fingerprint(provider, query) + "|" + state;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The state in a cursor.
     *
     * @throws InvalidRequestException when the cursor is malformed or belongs to another query or provider
     */
    static String decode(String provider, ImageQuery query, String cursor) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(provider, "the cursor \"" + cursor + "\" is not one this library issued");
        }
        String[] parts = raw.split("\\|", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw invalid(provider, "the cursor \"" + cursor + "\" is not one this library issued");
        }
        if (!parts[1].equals(fingerprint(provider, query))) {
            throw invalid(provider, "the cursor belongs to another query or provider; list again from the first page"
                    + " (a null cursor) with this query");
        }
        return parts[2];
    }

    /** A digest of everything that shapes the listing, in a canonical order. */
    static String fingerprint(String provider, ImageQuery q) {
        String canonical = String.join("\n",
                provider,
                String.join(",", q.ids()),
                q.types().stream().map(t -> t.id()).sorted().collect(Collectors.joining(",")),
                q.osFamilies().stream().map(f -> f.id()).sorted().collect(Collectors.joining(",")),
                q.osType() == null ? "" : q.osType().id(),
                q.namePattern() == null ? "" : q.namePattern().flags() + "/" + q.namePattern().pattern(),
                q.states().stream().map(s -> s.id()).sorted().collect(Collectors.joining(",")),
                q.zone() == null ? "" : q.zone(),
                q.instanceType() == null ? "" : q.instanceType(),
                q.tags().entrySet().stream().map(t -> t.getKey() + "=" + t.getValue()).sorted().collect(Collectors.joining(",")),
                q.tagKeys().stream().sorted().collect(Collectors.joining(",")),
                Boolean.toString(q.includeDeprecated()),
                q.pageSize() == null ? "" : q.pageSize().toString());
        // criteria added later are appended only when set, so that the cursors of a query without them stay valid
        if (q.osVersion() != null) {
            canonical += "\nosVersion=" + q.osVersion();
        }
        if (!q.architectures().isEmpty()) {
            canonical += "\narchitectures="
                    + q.architectures().stream().map(a -> a.id()).sorted().collect(Collectors.joining(","));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static InvalidRequestException invalid(String provider, String detail) {
        return new InvalidRequestException(detail, ErrorContext.of(provider, null));
    }
}
