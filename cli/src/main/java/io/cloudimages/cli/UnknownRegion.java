package io.cloudimages.cli;

import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.RegionNotSupportedException;

import java.util.Map;

/**
 * A region the cloud refused as unknown: a typing mistake more often than not, so the message
 * names the region and how to list the cloud's regions.
 */
final class UnknownRegion {

    /** The clouds' own tools that list their regions. */
    private static final Map<String, String> LISTED_BY = Map.of(
            "tencent-v3", "tccli cvm DescribeRegions",
            "tencent-legacy", "tccli cvm DescribeRegions",
            "ucloud", "ucloud region list");

    private UnknownRegion() {
    }

    /**
     * Whether the cloud refused the region itself (Tencent's {@code UnsupportedRegion} or
     * {@code InvalidRegion.*}, UCloud's RetCode 230 naming {@code [Region]}), as its provider types
     * it. A region that exists but cannot import ({@code RegionAbilityLimit.*}) is another matter.
     */
    static boolean refused(CloudImagesException error) {
        return error instanceof RegionNotSupportedException
                && (error.errorCode() == null || !error.errorCode().startsWith("RegionAbilityLimit"));
    }

    /** "no region "ap-guangzhuo" on tencent-v3: ...; list its regions with: tccli cvm DescribeRegions". */
    static String message(CloudImagesException error, String region) {
        String listing = LISTED_BY.get(error.provider());
        return (region == null ? "an unknown region" : "no region \"" + region + "\"") + " on " + error.provider() + ": "
                + error.getMessage() + "; " + (listing != null ? "list its regions with: " + listing
                : "check the region against the cloud's list of regions");
    }
}
