package io.cloudimages.model;

import java.util.Objects;

/**
 * What an import did.
 *
 * @param provider   the provider id
 * @param region     the region
 * @param imageId    the new image's id; null for a dry run, or when the cloud answers without one
 * @param requestId  the cloud's request id of the import call
 * @param dryRun     true when the cloud only checked the request and reported that it would succeed
 * @param reconciled true when the import's answer was lost (timeout, dropped connection) and the
 *                   image was then found by its name: the import was performed once
 */
public record ImportResult(String provider, String region, String imageId, String requestId, boolean dryRun,
                           boolean reconciled) {
    public ImportResult {
        Objects.requireNonNull(provider, "provider");
    }
}
