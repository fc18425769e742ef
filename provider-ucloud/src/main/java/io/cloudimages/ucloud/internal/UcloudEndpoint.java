package io.cloudimages.ucloud.internal;

import io.cloudimages.ProviderSettings;
import io.cloudimages.core.http.Endpoints;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.ucloud.UcloudProvider;

import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where requests go and what every listing carries.
 *
 * @param uri       {@code https://api.ucloud.cn} unless overridden
 * @param region    the {@code Region}
 * @param projectId the {@code ProjectId} from the settings, or null to take the credentials'
 * @param funcType  the {@code FuncType} of listings, or null
 * @param prices    whether listings ask for {@code PriceSet}
 */
public record UcloudEndpoint(URI uri, String region, String projectId, String funcType, boolean prices) {

    private static final URI DEFAULT = URI.create("https://api.ucloud.cn");
    private static final Set<String> PROPERTIES = Set.of("projectId", "funcType", "prices");
    private static final Set<String> FUNC_TYPES = Set.of("gpu", "app", "uhost");

    public static UcloudEndpoint from(ProviderSettings settings) {
        ErrorContext context = ErrorContext.of(UcloudProvider.ID, null);
        for (String property : settings.properties().keySet()) {
            if (!PROPERTIES.contains(property)) {
                throw new InvalidRequestException("ucloud has no property \"" + property + "\"; its properties: "
                        + String.join(", ", new TreeSet<>(PROPERTIES)), context);
            }
        }
        String region = settings.region();
        if (region == null || !region.matches("[a-z]{2,}(-[a-z0-9]+)*")) {
            throw new InvalidRequestException("ucloud needs a region, for example cn-bj2 or hk, got "
                    + (region == null ? "none" : "\"" + region + "\""), context);
        }
        String funcType = settings.property("funcType").orElse(null);
        if (funcType != null && !FUNC_TYPES.contains(funcType)) {
            // UCloud ignores a wrong FuncType silently, which would list more than asked for
            throw new InvalidRequestException("funcType must be gpu, app or uhost, got \"" + funcType + "\"", context);
        }
        String prices = settings.property("prices").orElse("false");
        if (!prices.equals("true") && !prices.equals("false")) {
            throw new InvalidRequestException("prices must be true or false, got \"" + prices + "\"", context);
        }
        URI uri = settings.endpoint().map(Endpoints::requireAllowed).orElse(DEFAULT);
        return new UcloudEndpoint(uri, region, settings.property("projectId").orElse(null), funcType, prices.equals("true"));
    }
}
