package io.cloudimages.tencentv3.internal;

import io.cloudimages.ProviderSettings;
import io.cloudimages.core.http.Endpoints;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.tencentv3.TencentV3Provider;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where requests go (reference/tencent.md section 5): the nearest gateway by default, the
 * regional host on request, the international site's gateway for {@code site=intl}, and always
 * the finance region's own host for a finance region. An endpoint override replaces all of it.
 * The credential scope's service stays {@code cvm} whatever the host.
 *
 * @param endpoint the URI requests are posted to
 * @param region   the region sent in {@code X-TC-Region}
 * @param language the {@code X-TC-Language}, or null
 */
public record TencentV3Endpoints(URI endpoint, String region, String language) {

    static final Set<String> FINANCE_REGIONS = Set.of("ap-shanghai-fsi", "ap-shenzhen-fsi");
    private static final Set<String> PROPERTIES = Set.of("site", "regionalEndpoint", "language");
    private static final Map<String, String> SITES = Map.of("china", "cvm.tencentcloudapi.com", "intl", "cvm.intl.tencentcloudapi.com");
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "en-US");

    public static TencentV3Endpoints from(ProviderSettings settings) {
        ErrorContext context = ErrorContext.of(TencentV3Provider.ID, null);
        for (String property : settings.properties().keySet()) {
            if (!PROPERTIES.contains(property)) {
                throw new InvalidRequestException("tencent-v3 has no property \"" + property + "\"; its properties: "
                        + String.join(", ", new TreeSet<>(PROPERTIES)), context);
            }
        }
        String region = settings.region();
        if (region == null) {
            throw new InvalidRequestException("tencent-v3 needs a region, for example ap-guangzhou", context);
        }
        if (!region.matches("[a-z]{2,3}(-[a-z0-9]+)+")) {
            throw new InvalidRequestException("\"" + region + "\" is not a Tencent Cloud region id; they look like"
                    + " ap-guangzhou or na-siliconvalley", context);
        }
        String site = settings.property("site").orElse("china").toLowerCase(Locale.ROOT);
        if (!SITES.containsKey(site)) {
            throw new InvalidRequestException("site must be china or intl, got \"" + site + "\"", context);
        }
        String regional = settings.property("regionalEndpoint").orElse("false").toLowerCase(Locale.ROOT);
        if (!regional.equals("true") && !regional.equals("false")) {
            throw new InvalidRequestException("regionalEndpoint must be true or false, got \"" + regional + "\"", context);
        }
        String language = settings.property("language").orElse(null);
        if (language != null && !LANGUAGES.contains(language)) {
            throw new InvalidRequestException("language must be zh-CN or en-US, got \"" + language + "\"", context);
        }
        URI endpoint;
        if (settings.endpoint().isPresent()) {
            endpoint = Endpoints.requireAllowed(settings.endpoint().get());
        } else if (FINANCE_REGIONS.contains(region) || regional.equals("true")) {
            endpoint = URI.create("https://cvm." + region + ".tencentcloudapi.com");
        } else {
            endpoint = URI.create("https://" + SITES.get(site));
        }
        return new TencentV3Endpoints(endpoint, region, language);
    }
}
