package io.cloudimages.ucloud;

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
import java.util.Optional;

/**
 * Where UCloud's own tools keep credentials and the project id.
 *
 * <ul>
 *   <li>Environment: {@code UCLOUD_PUBLIC_KEY}, {@code UCLOUD_PRIVATE_KEY} and
 *       {@code UCLOUD_PROJECT_ID}.</li>
 *   <li>The ucloud CLI's files (shared with the Go SDK and Terraform):
 *       {@code ~/.ucloud/credential.json}, an array of {@code {public_key, private_key, profile}},
 *       and {@code ~/.ucloud/config.json}, an array of {@code {profile, project_id, active, ...}}.
 *       {@code UCLOUD_SHARED_CREDENTIAL_FILE} and {@code UCLOUD_SHARED_CONFIG_FILE} move them. The
 *       profile is the one asked for, else {@code UCLOUD_PROFILE}, else the one marked
 *       {@code "active": true}, else {@code default}.</li>
 * </ul>
 * The default chain takes the keys from the environment, else from the files, and the project id
 * from {@code UCLOUD_PROJECT_ID}, else from the profile's {@code project_id}.
 */
public final class UcloudCredentials {

    static final String PUBLIC_KEY = "UCLOUD_PUBLIC_KEY";
    static final String PRIVATE_KEY = "UCLOUD_PRIVATE_KEY";
    static final String PROJECT_ID = "UCLOUD_PROJECT_ID";
    static final String PROFILE = "UCLOUD_PROFILE";
    static final String CREDENTIAL_FILE = "UCLOUD_SHARED_CREDENTIAL_FILE";
    static final String CONFIG_FILE = "UCLOUD_SHARED_CONFIG_FILE";

    private UcloudCredentials() {
    }

    /** The settings' credentials, looked up in their {@link CoreSettings#HOST_ENVIRONMENT} (this process's by default). */
    public static CredentialsProvider provider(ProviderSettings settings) {
        return provider(settings.credentials(), HostEnvironment.of(settings));
    }

    /**
     * Resolves the source now and returns a provider of the result; a
     * {@link CredentialsSource.Custom} source is returned as it is.
     *
     * @throws AuthenticationException when the source has no credentials or a broken entry
     */
    public static CredentialsProvider provider(CredentialsSource source, HostEnvironment host) {
        Optional<CredentialsProvider> direct = ExplicitCredentials.of(source);
        if (direct.isPresent()) {
            return direct.get();
        }
        boolean defaultChain = source instanceof CredentialsSource.DefaultChain;
        Path credentialFile = host.variable(CREDENTIAL_FILE).map(Path::of)
                .orElse(host.homeDirectory().resolve(".ucloud/credential.json"));
        Path configFile = host.variable(CONFIG_FILE).map(Path::of)
                .orElse(host.homeDirectory().resolve(".ucloud/config.json"));
        String profile = source instanceof CredentialsSource.CliProfile cli && cli.profile() != null
                ? cli.profile()
                : host.variable(PROFILE).orElseGet(() -> activeProfile(configFile).orElse("default"));

        CredentialChain chain = CredentialChain.forCloud("UCloud");
        if (source instanceof CredentialsSource.Environment || defaultChain) {
            chain.then("environment variables " + PUBLIC_KEY + " and " + PRIVATE_KEY, () -> fromEnvironment(host)
                    .map(keys -> defaultChain && keys.projectId() == null ? withFileProject(keys, configFile, profile) : keys));
        }
        if (source instanceof CredentialsSource.CliProfile || defaultChain) {
            chain.then(credentialFile + " (profile " + profile + ")", () -> fromFiles(credentialFile, configFile, profile)
                    .map(keys -> defaultChain && host.variable(PROJECT_ID).isPresent() ? withVariableProject(keys, host) : keys));
        }
        return chain.resolve();
    }

    private static Optional<Credentials> fromEnvironment(HostEnvironment host) {
        return CredentialChain.fromVariables(host, PUBLIC_KEY, PRIVATE_KEY, null).map(keys -> withVariableProject(keys, host));
    }

    private static Optional<Credentials> fromFiles(Path credentialFile, Path configFile, String profile) {
        return CredentialFiles.readJson(credentialFile).flatMap(json -> profileEntry(json, profile, credentialFile))
                .map(entry -> Credentials.of(
                        CredentialFiles.text(entry, "public_key").orElseThrow(() -> missing(credentialFile, profile, "public_key")),
                        CredentialFiles.text(entry, "private_key").orElseThrow(() -> missing(credentialFile, profile, "private_key"))))
                .map(keys -> withFileProject(keys, configFile, profile));
    }

    // the project id may come from another source than the keys: a refused one names its own

    private static Credentials withVariableProject(Credentials keys, HostEnvironment host) {
        return CredentialChain.from("environment variable " + PROJECT_ID,
                () -> keys.withProjectId(host.variable(PROJECT_ID).orElse(null)));
    }

    private static Credentials withFileProject(Credentials keys, Path configFile, String profile) {
        return CredentialChain.from(configFile + " (profile " + profile + ")",
                () -> keys.withProjectId(projectIdOf(configFile, profile).orElse(null)));
    }

    private static Optional<String> projectIdOf(Path configFile, String profile) {
        return CredentialFiles.readJson(configFile).flatMap(json -> profileEntry(json, profile, configFile))
                .flatMap(entry -> CredentialFiles.text(entry, "project_id"));
    }

    private static Optional<String> activeProfile(Path configFile) {
        return CredentialFiles.readJson(configFile).flatMap(json -> {
            requireArray(json, configFile);
            for (JsonNode entry : json) {
                if (entry.path("active").asBoolean(false)) {
                    return CredentialFiles.text(entry, "profile");
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<JsonNode> profileEntry(JsonNode json, String profile, Path file) {
        requireArray(json, file);
        for (JsonNode entry : json) {
            if (profile.equals(CredentialFiles.text(entry, "profile").orElse(null))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static void requireArray(JsonNode json, Path file) {
        if (!json.isArray()) {
            throw new AuthenticationException(file + " should hold a JSON array of profiles", ErrorContext.none());
        }
    }

    private static AuthenticationException missing(Path file, String profile, String field) {
        return new AuthenticationException(file + ": profile " + profile + " has no \"" + field + "\"", ErrorContext.none());
    }
}
