package io.cloudimages.tencentlegacy;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.tencent.credentials.TencentCloudCredentials;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.tencentlegacy.internal.LegacyEndpoint;
import io.cloudimages.tencentlegacy.internal.LegacyImageService;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Tencent Cloud's legacy qcloud v2 API ({@code https://image.api.qcloud.com/v2/index.php}),
 * provider id {@code tencent-legacy}: DescribeImages only, signed with HmacSHA1 or HmacSHA256.
 * Import and the import OS list are API 3.0's; use {@code tencent-v3} for them.
 *
 * <p>Settings: a region is required. Properties:
 * <ul>
 *   <li>{@code signatureMethod}: {@code HmacSHA1} (default) or {@code HmacSHA256};</li>
 *   <li>{@code method}: {@code POST} (default, a form body) or {@code GET} (a query string).</li>
 * </ul>
 * An endpoint in the settings is a base URL: the API's path {@code /v2/index.php} is added to it.
 * Credentials follow Tencent's tools: see {@link TencentCloudCredentials}.
 */
public final class TencentLegacyProvider implements ImageProvider {

    public static final String ID = "tencent-legacy";
    /**
     * Seed 003 publishes no limit for the legacy DescribeImages; 10 per second is the lowest
     * figure Tencent has published for listing images (an older DescribeImages page).
     */
    public static final Action DESCRIBE_IMAGES = Action.read("DescribeImages", 10);
    private static final List<Action> ACTIONS = List.of(DESCRIBE_IMAGES);
    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(
            EnumSet.of(Capability.LIST_IMAGES, Capability.GET_IMAGE));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Tencent Cloud (legacy qcloud v2 API)";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<Action> actions() {
        return ACTIONS;
    }

    @Override
    public ImageService create(ProviderSettings settings) {
        LegacyEndpoint endpoint = LegacyEndpoint.from(settings);
        return new LegacyImageService(settings, endpoint, TencentCloudCredentials.provider(settings), CAPABILITIES);
    }
}
