package io.cloudimages.core.credentials;

import io.cloudimages.ApplicationApi;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What credential lookups read from the machine: environment variables and the home directory. */
@ApplicationApi
public interface HostEnvironment {

    /** The value of an environment variable; empty when unset or blank. */
    Optional<String> variable(String name);

    /** The user's home directory. */
    Path homeDirectory();

    /** A file system path; the real root by default, a test folder in tests. */
    default Path path(String absolute) {
        return Path.of(absolute);
    }

    /** The settings' {@link CoreSettings#HOST_ENVIRONMENT}, or this process's. */
    static HostEnvironment of(ProviderSettings settings) {
        return settings.extension(CoreSettings.HOST_ENVIRONMENT).orElseGet(HostEnvironment::system);
    }

    /**
     * This process's environment, and {@code $HOME} (else {@code user.home}) as the home: the
     * clouds' CLIs expand {@code ~} from {@code $HOME}, while Java reads the account database.
     */
    static HostEnvironment system() {
        return new HostEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
            }

            @Override
            public Path homeDirectory() {
                return variable("HOME").map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
            }
        };
    }

    /** Fixed variables and a home directory (absolute paths resolve under {@code root}), for tests. */
    static HostEnvironment of(Map<String, String> variables, Path home, Path root) {
        return new HostEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
            }

            @Override
            public Path homeDirectory() {
                return home;
            }

            @Override
            public Path path(String absolute) {
                return root.resolve(absolute.startsWith("/") ? absolute.substring(1) : absolute);
            }
        };
    }
}
