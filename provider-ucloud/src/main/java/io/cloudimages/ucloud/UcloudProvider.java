package io.cloudimages.ucloud;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.ucloud.internal.UcloudEndpoint;
import io.cloudimages.ucloud.internal.UcloudImageService;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * UCloud UHost ({@code https://api.ucloud.cn}), provider id {@code ucloud}: DescribeImage and
 * ImportCustomImage, signed with UCloud's SHA-1 parameter signature.
 *
 * <p>Settings: a region is required ({@code cn-bj2}, {@code hk}...). Properties:
 * <ul>
 *   <li>{@code projectId}: the project (sub-accounts must give one); otherwise the credentials'
 *       project ({@code UCLOUD_PROJECT_ID}, the CLI profile's {@code project_id}), otherwise the
 *       account's default project;</li>
 *   <li>{@code funcType}: {@code gpu}, {@code app} or {@code uhost}, UCloud's image attribution,
 *       sent with every listing;</li>
 *   <li>{@code prices}: {@code true} to have listings carry image prices ({@code PriceSet=1}).</li>
 * </ul>
 * Credentials follow UCloud's tools: see {@link UcloudCredentials}. UCloud's VPC-internal endpoint
 * is plain http and so not accepted.
 */
public final class UcloudProvider implements ImageProvider {

    public static final String ID = "ucloud";
    /**
     * UCloud publishes no per-action limits (only RetCode 153 when one is hit); these are
     * conservative defaults, and each can be overridden.
     */
    public static final Action DESCRIBE_IMAGE = Action.read("DescribeImage", 20);
    public static final Action IMPORT_CUSTOM_IMAGE = Action.write("ImportCustomImage", 10);
    private static final List<Action> ACTIONS = List.of(DESCRIBE_IMAGE, IMPORT_CUSTOM_IMAGE);
    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.allOf(Capability.class));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "UCloud UHost";
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
        return new UcloudImageService(settings, UcloudEndpoint.from(settings), UcloudCredentials.provider(settings),
                CAPABILITIES);
    }
}
