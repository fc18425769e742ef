package io.cloudimages.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.CredentialsSource;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.tencent.credentials.TencentCloudCredentials;
import io.cloudimages.ucloud.UcloudCredentials;
import io.cloudimages.exception.CloudImagesException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The clouds' credential files, whatever they hold, give credentials or are refused with a
 * {@link CloudImagesException} (an {@link io.cloudimages.exception.AuthenticationException} that
 * names the file): nothing else escapes, and nothing takes more than {@link #DEADLINE}. The
 * lookups run through their public entry points, {@link TencentCloudCredentials#provider} and
 * {@link UcloudCredentials#provider}, against a home directory and environment of the input's:
 *
 * <pre>
 * input = choice profile 0xFF environment 0xFF tccli 0xFF tencentcloud-ini 0xFF etc-ini 0xFF
 *         ucloud-credential-json 0xFF ucloud-config-json 0xFF
 * </pre>
 *
 * <ul>
 *   <li>{@code choice}: bit 2 set looks up UCloud's, else Tencent's; bits 0-1 pick the source:
 *       the default chain, the environment, the CLI profile named by {@code profile}, the CLI's
 *       own profile;</li>
 *   <li>{@code environment}: {@code NAME=value} lines. The variables that move UCloud's files
 *       elsewhere are left out: they name files of the real file system;</li>
 *   <li>the rest: {@code ~/.tccli/<profile>.credential} (for the profile the lookup will use),
 *       {@code ~/.tencentcloud/credentials}, {@code /etc/tencentcloud/credentials},
 *       {@code ~/.ucloud/credential.json} and {@code ~/.ucloud/config.json}; an absent part is an
 *       absent file.</li>
 * </ul>
 *
 * <p>A longer run: see the README's "Fuzzing" section. Findings land in
 * {@code src/test/resources/io/cloudimages/fuzz/CredentialFilesFuzzTestInputs/everyFileGivesCredentialsOrAnAuthenticationError/}.
 */
class CredentialFilesFuzzTest {

    static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Path DIRECTORY = temporaryDirectory();

    @MethodSource("examples")
    @DictionaryEntries({"\"secretId\"", "\"secretKey\"", "\"token\"", "\"type\"", "\"cvm-role\"", "\"role-arn\"",
            "[default]", "secret_id", "secret_key", "\"public_key\"", "\"private_key\"", "\"profile\"", "\"project_id\"",
            "\"active\"", "true", "null", "TENCENTCLOUD_SECRET_ID=", "TENCENTCLOUD_SECRET_KEY=", "TENCENTCLOUD_TOKEN=",
            "TCCLI_PROFILE=", "UCLOUD_PUBLIC_KEY=", "UCLOUD_PRIVATE_KEY=", "UCLOUD_PROJECT_ID=", "UCLOUD_PROFILE="})
    @FuzzTest(maxDuration = "5m")
    void everyFileGivesCredentialsOrAnAuthenticationError(byte[] input) throws IOException {
        FileParts parts = FileParts.parse(input);
        boolean ucloud = (parts.choice() & 4) != 0;
        String profile = parts.text(0);
        CredentialsSource source = switch (parts.choice() & 3) {
            case 0 -> CredentialsSource.defaultChain();
            case 1 -> CredentialsSource.environment();
            case 2 -> CredentialsSource.cliProfile(profile);
            default -> CredentialsSource.cliProfile(null);
        };
        Map<String, String> environment = environment(parts.text(1));
        Path home = DIRECTORY.resolve("home");
        Path root = DIRECTORY.resolve("root");
        HostEnvironment host = HostEnvironment.of(environment, home, root);
        clear(DIRECTORY);
        String tccliProfile = source instanceof CredentialsSource.CliProfile cli && cli.profile() != null
                ? cli.profile() : host.variable("TCCLI_PROFILE").orElse("default");
        write(() -> home.resolve(".tccli").resolve(tccliProfile + ".credential"), parts.part(2));
        write(() -> home.resolve(".tencentcloud/credentials"), parts.part(3));
        write(() -> root.resolve("etc/tencentcloud/credentials"), parts.part(4));
        write(() -> home.resolve(".ucloud/credential.json"), parts.part(5));
        write(() -> home.resolve(".ucloud/config.json"), parts.part(6));

        Throwable thrown = Deadline.run(DEADLINE, () -> {
            CredentialsProvider provider = ucloud ? UcloudCredentials.provider(source, host)
                    : TencentCloudCredentials.provider(source, host);
            Credentials credentials = provider.resolveCredentials();
            credentials.toString();
        });
        if (thrown != null && !(thrown instanceof CloudImagesException)) {
            throw Sneaky.rethrow(thrown);
        }
    }

    static Stream<Named<byte[]>> examples() {
        String tccli = "{\"secretId\":\"AKIDfile0000000000000000000000000001\",\"secretKey\":\"fileSecret\",\"token\":\"\"}";
        String ini = "# mine\n[other]\nsecret_id=x\nsecret_key=y\n[default]\nsecret_id = AKIDhome\nsecret_key = home-secret\n";
        String credentialJson = "[{\"public_key\":\"pub-default\",\"private_key\":\"priv-default\",\"profile\":\"default\"},\n"
                + " {\"public_key\":\"pub-work\",\"private_key\":\"priv-work\",\"profile\":\"work\"}]";
        String configJson = "[{\"profile\":\"default\",\"project_id\":\"org-default\",\"region\":\"cn-bj2\",\"active\":false},\n"
                + " {\"profile\":\"work\",\"project_id\":\"org-work\",\"region\":\"cn-sh2\",\"active\":true}]";
        return Stream.of(
                Named.of("tccli's default profile", FileParts.encode(0, "", "", tccli)),
                Named.of("a tccli profile by name", FileParts.encode(2, "work", "", tccli)),
                Named.of("tccli's profile from the environment", FileParts.encode(3, "", "TCCLI_PROFILE=ci", tccli)),
                Named.of("the SDKs' INI files", FileParts.encode(0, "", "", null, ini, "[default]\nsecret_id = AKIDetc\n"
                        + "secret_key = etc-secret\n")),
                Named.of("a CVM role", FileParts.encode(3, "", "", "{\"type\":\"cvm-role\"}")),
                Named.of("Tencent keys in the environment", FileParts.encode(1, "", "TENCENTCLOUD_SECRET_ID=AKIDenv\n"
                        + "TENCENTCLOUD_SECRET_KEY=env-secret\nTENCENTCLOUD_TOKEN=token")),
                Named.of("UCloud's active profile", FileParts.encode(4, "", "", null, null, null, credentialJson, configJson)),
                Named.of("a UCloud profile by name", FileParts.encode(6, "work", "UCLOUD_PROJECT_ID=org-env", null, null, null,
                        credentialJson, configJson)),
                Named.of("UCloud keys in the environment", FileParts.encode(4, "", "UCLOUD_PUBLIC_KEY=pub\nUCLOUD_PRIVATE_KEY=priv",
                        null, null, null, null, configJson)));
    }

    /** {@code NAME=value} lines, without the variables that point at files of the real file system. */
    private static Map<String, String> environment(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (text == null) {
            return variables;
        }
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.substring(0, equals).endsWith("_FILE")) {
                variables.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return variables;
    }

    /** Writes a part to its file; a part whose file name the file system refuses is no file. */
    private static void write(Supplier<Path> where, byte[] content) throws IOException {
        if (content == null) {
            return;
        }
        Path file;
        try {
            file = where.get().normalize();
        } catch (InvalidPathException unnameable) {
            return;
        }
        if (!file.startsWith(DIRECTORY)) {
            // a profile such as "../../x": the lookup reads outside the home directory, the harness writes nothing there
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException unwritable) {
            // a profile name that is a directory of another part, or too long a name: no file
        }
    }

    private static void clear(Path directory) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (!dir.equals(directory)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("cloudimages-fuzz-credentials");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
