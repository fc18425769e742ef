package io.cloudimages.tencentlegacy.internal;

import io.cloudimages.ProviderSettings;
import io.cloudimages.core.http.Endpoints;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.tencentlegacy.TencentLegacyProvider;

import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where and how requests go.
 *
 * @param uri             the full URI: {@code https://image.api.qcloud.com/v2/index.php}, or an
 *                        overriding base URL followed by {@code /v2/index.php}
 * @param region          the {@code Region} parameter
 * @param signatureMethod {@code HmacSHA1} or {@code HmacSHA256}
 * @param method          {@code POST} (form body) or {@code GET} (query string)
 */
public record LegacyEndpoint(URI uri, String region, String signatureMethod, String method) {

    static final String PATH = "/v2/index.php";
    private static final URI DEFAULT = URI.create("https://image.api.qcloud.com" + PATH);
    private static final Set<String> PROPERTIES = Set.of("signatureMethod", "method");

    public static LegacyEndpoint from(ProviderSettings settings) {
        ErrorContext context = ErrorContext.of(TencentLegacyProvider.ID, null);
        for (String property : settings.properties().keySet()) {
            if (!PROPERTIES.contains(property)) {
                throw new InvalidRequestException("tencent-legacy has no property \"" + property + "\"; its properties: "
                        + String.join(", ", new TreeSet<>(PROPERTIES)), context);
            }
        }
        String region = settings.region();
        if (region == null || !region.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidRequestException("tencent-legacy needs a region, for example ap-guangzhou (or the legacy gz),"
                    + " got " + (region == null ? "none" : "\"" + region + "\""), context);
        }
        String signatureMethod = settings.property("signatureMethod").orElse(LegacySigner.HMAC_SHA1);
        if (!signatureMethod.equals(LegacySigner.HMAC_SHA1) && !signatureMethod.equals(LegacySigner.HMAC_SHA256)) {
            throw new InvalidRequestException("signatureMethod must be HmacSHA1 or HmacSHA256, got \"" + signatureMethod + "\"",
                    context);
        }
        String method = settings.property("method").orElse("POST");
        if (!method.equals("POST") && !method.equals("GET")) {
            throw new InvalidRequestException("method must be POST or GET, got \"" + method + "\"", context);
        }
        URI uri = DEFAULT;
        if (settings.endpoint().isPresent()) {
            URI override = Endpoints.requireAllowed(settings.endpoint().get());
            // the endpoint is a base URL (a host, or a proxy prefix); the API's path always follows it
            String path = override.getRawPath() == null ? "" : override.getRawPath();
            if (!path.endsWith(PATH)) {
                String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                uri = URI.create(override.getScheme() + "://" + override.getRawAuthority() + base + PATH);
            } else {
                uri = URI.create(override.getScheme() + "://" + override.getRawAuthority() + path);
            }
        }
        return new LegacyEndpoint(uri, region, signatureMethod, method);
    }
}
