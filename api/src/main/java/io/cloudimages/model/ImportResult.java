package io.cloudimages.model;

import java.util.Objects;

/**
 * What an import did: it was performed, found performed after its answer was lost, or only
 * checked (a dry run). Each has a factory of its own, so that no result says two of them.
 *
 * <p>Immutable. It is a class with factories rather than a record so that it can gain what clouds
 * add to an import's answer without breaking callers.
 */
public final class ImportResult {

    private final String provider;
    private final String region;
    private final String imageId;
    private final String requestId;
    private final boolean dryRun;
    private final boolean reconciled;

    private ImportResult(String provider, String region, String imageId, String requestId, boolean dryRun,
                         boolean reconciled) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.region = region;
        this.imageId = imageId;
        this.requestId = requestId;
        this.dryRun = dryRun;
        this.reconciled = reconciled;
    }

    /**
     * The cloud performed the import and answered.
     *
     * @param imageId   the new image's id, or null when the cloud answered without one
     * @param requestId the cloud's request id of the import call, or null
     */
    public static ImportResult performed(String provider, String region, String imageId, String requestId) {
        return new ImportResult(provider, region, imageId, requestId, false, false);
    }

    /**
     * The import's answer was lost (timeout, dropped connection) and the image was then found by
     * its name: the import was performed once.
     */
    public static ImportResult reconciled(String provider, String region, String imageId) {
        return new ImportResult(provider, region, Objects.requireNonNull(imageId, "imageId"), null, false, true);
    }

    /** The cloud only checked the request and reported that it would succeed; nothing was imported. */
    public static ImportResult dryRun(String provider, String region, String requestId) {
        return new ImportResult(provider, region, null, requestId, true, false);
    }

    /** The provider id. */
    public String provider() {
        return provider;
    }

    /** The region. */
    public String region() {
        return region;
    }

    /** The new image's id; null for a dry run, or when the cloud answers without one. */
    public String imageId() {
        return imageId;
    }

    /** The cloud's request id of the import call, or null (a reconciled import's answer was lost). */
    public String requestId() {
        return requestId;
    }

    /** True when the cloud only checked the request and reported that it would succeed. */
    public boolean dryRun() {
        return dryRun;
    }

    /**
     * True when the import's answer was lost (timeout, dropped connection) and the image was then
     * found by its name: the import was performed once.
     */
    public boolean reconciled() {
        return reconciled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportResult r && provider.equals(r.provider) && Objects.equals(region, r.region)
                && Objects.equals(imageId, r.imageId) && Objects.equals(requestId, r.requestId)
                && dryRun == r.dryRun && reconciled == r.reconciled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, region, imageId, requestId, dryRun, reconciled);
    }

    @Override
    public String toString() {
        return "ImportResult[provider=" + provider + ", region=" + region + ", imageId=" + imageId + ", requestId="
                + requestId + (dryRun ? ", dryRun" : "") + (reconciled ? ", reconciled" : "") + "]";
    }
}
