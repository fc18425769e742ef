package io.cloudimages.tencent.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.CredentialsSource;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.credentials.CredentialChain;
import io.cloudimages.core.credentials.CredentialFiles;
import io.cloudimages.core.credentials.ExplicitCredentials;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where Tencent Cloud's own tools keep credentials, for both Tencent providers.
 *
 * <ul>
 *   <li>Environment: {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} and, for
 *       temporary keys, {@code TENCENTCLOUD_TOKEN} (as tccli reads them).</li>
 *   <li>tccli: {@code ~/.tccli/<profile>.credential}, JSON with {@code secretId},
 *       {@code secretKey} and {@code token}; the profile is {@code TCCLI_PROFILE} or
 *       {@code default}.</li>
 *   <li>The SDKs' INI file: section {@code [<profile>]} with {@code secret_id} and
 *       {@code secret_key}, in {@code ~/.tencentcloud/credentials}, then
 *       {@code /etc/tencentcloud/credentials}.</li>
 * </ul>
 * The default chain tries them in that order.
 */
public final class TencentCloudCredentials {

    static final String SECRET_ID = "TENCENTCLOUD_SECRET_ID";
    static final String SECRET_KEY = "TENCENTCLOUD_SECRET_KEY";
    static final String TOKEN = "TENCENTCLOUD_TOKEN";
    static final String PROFILE = "TCCLI_PROFILE";

    private static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    private TencentCloudCredentials() {
    }

    /** The settings' credentials, looked up in their {@link CoreSettings#HOST_ENVIRONMENT} (this process's by default). */
    public static CredentialsProvider provider(ProviderSettings settings) {
        return provider(settings.credentials(), HostEnvironment.of(settings));
    }

    /**
     * Resolves the source now (so a missing key fails when a service is opened, not on its first
     * call) and returns a provider of the result; a {@link CredentialsSource.Custom} source is
     * returned as it is, to be asked for each request.
     *
     * @throws AuthenticationException when the source has no credentials or a broken entry
     */
    public static CredentialsProvider provider(CredentialsSource source, HostEnvironment host) {
        Optional<CredentialsProvider> direct = ExplicitCredentials.of(source);
        if (direct.isPresent()) {
            return direct.get();
        }
        CredentialChain chain = CredentialChain.forCloud("Tencent Cloud");
        if (source instanceof CredentialsSource.Environment || source instanceof CredentialsSource.DefaultChain) {
            chain.then("environment variables " + SECRET_ID + " and " + SECRET_KEY, () -> CredentialChain.fromVariables(host, SECRET_ID, SECRET_KEY, TOKEN));
        }
        if (source instanceof CredentialsSource.CliProfile || source instanceof CredentialsSource.DefaultChain) {
            String profile = source instanceof CredentialsSource.CliProfile cli && cli.profile() != null
                    ? requireFileName(cli.profile(), "the tccli profile asked for")
                    : requireFileName(host.variable(PROFILE).orElse("default"), "the environment variable " + PROFILE);
            Path tccli = host.homeDirectory().resolve(".tccli").resolve(profile + ".credential");
            chain.then(tccli + " (tccli profile " + profile + ")", () -> fromTccli(tccli));
            for (Path ini : new Path[] {host.homeDirectory().resolve(".tencentcloud/credentials"),
                    host.path("/etc/tencentcloud/credentials")}) {
                chain.then(ini + " [" + profile + "]", () -> fromIni(ini, profile));
            }
        }
        return chain.resolve();
    }

    /** A profile names a file of tccli's: only a plain file name is one, never a path or a control character. */
    private static String requireFileName(String profile, String source) {
        if (!PROFILE_NAME.matcher(profile).matches()) {
            throw new AuthenticationException("the profile name of " + source + " may hold only letters, digits, '.', '_'"
                    + " and '-', and not begin with '.' (tccli keeps each profile in a file of that name)", ErrorContext.none());
        }
        return profile;
    }

    private static Optional<Credentials> fromTccli(Path file) {
        return CredentialFiles.readJson(file).map(json -> {
            if (CredentialFiles.text(json, "type").filter("cvm-role"::equals).isPresent()) {
                throw new AuthenticationException(file + " uses a CVM instance role, which cloudimages cannot use yet;"
                        + " configure secret keys instead (tccli configure)", ErrorContext.none());
            }
            if (CredentialFiles.text(json, "role-arn").isPresent()) {
                // tccli would assume the role; using the base keys instead would act as the wrong principal
                throw new AuthenticationException(file + " assumes a role (role-arn), which cloudimages cannot do yet;"
                        + " give it the role's temporary keys (TENCENTCLOUD_SECRET_ID, _SECRET_KEY, _TOKEN)",
                        ErrorContext.none());
            }
            return Credentials.of(required(json, "secretId", file), required(json, "secretKey", file),
                    CredentialFiles.text(json, "token").orElse(null));
        });
    }

    private static Optional<Credentials> fromIni(Path file, String profile) {
        return CredentialFiles.readIniSection(file, profile).map(section ->
                Credentials.of(required(section, "secret_id", file), required(section, "secret_key", file)));
    }

    private static String required(JsonNode json, String field, Path file) {
        return CredentialFiles.text(json, field).orElseThrow(() ->
                new AuthenticationException(file + " has no \"" + field + "\"", ErrorContext.none()));
    }

    private static String required(Map<String, String> section, String key, Path file) {
        String value = section.get(key);
        if (value == null || value.isBlank()) {
            throw new AuthenticationException(file + " has no \"" + key + "\" in the profile's section", ErrorContext.none());
        }
        return value;
    }
}
