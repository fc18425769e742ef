package io.cloudimages.tencent.credentials;

import io.cloudimages.Credentials;
import io.cloudimages.CredentialsSource;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.exception.AuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TencentCloudCredentialsTest {

    @TempDir
    Path root;

    private final Map<String, String> env = new HashMap<>();

    private HostEnvironment host() {
        return HostEnvironment.of(env, root.resolve("home"), root);
    }

    private Credentials resolve(CredentialsSource source) {
        return TencentCloudCredentials.provider(source, host()).resolveCredentials();
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void theEnvironmentVariablesOfTccliAreRead() {
        env.put("TENCENTCLOUD_SECRET_ID", "AKIDenv");
        env.put("TENCENTCLOUD_SECRET_KEY", "env-secret");
        env.put("TENCENTCLOUD_TOKEN", "env-token");

        assertThat(resolve(CredentialsSource.environment())).isEqualTo(Credentials.of("AKIDenv", "env-secret", "env-token"));
    }

    @Test
    void settingsLookInTheHostEnvironmentTheyCarry() {
        env.put("TENCENTCLOUD_SECRET_ID", "AKIDhost");
        env.put("TENCENTCLOUD_SECRET_KEY", "host-secret");
        ProviderSettings settings = ProviderSettings.builder().region("ap-guangzhou")
                .extension(CoreSettings.HOST_ENVIRONMENT, host()).build();

        assertThat(TencentCloudCredentials.provider(settings).resolveCredentials())
                .isEqualTo(Credentials.of("AKIDhost", "host-secret"));
    }

    @Test
    void halfAPairInTheEnvironmentIsAnErrorNotASkip() {
        env.put("TENCENTCLOUD_SECRET_ID", "AKIDenv");
        write0("home/.tccli/default.credential", "{\"secretId\":\"AKIDfile\",\"secretKey\":\"s\"}");

        assertThatThrownBy(() -> resolve(CredentialsSource.defaultChain()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not");
    }

    @Test
    void theTccliProfileFileIsRead() throws IOException {
        write("home/.tccli/work.credential", "{\"secretId\":\"AKIDwork\",\"secretKey\":\"work-secret\",\"token\":\"\"}");

        assertThat(resolve(CredentialsSource.cliProfile("work"))).isEqualTo(Credentials.of("AKIDwork", "work-secret"));
    }

    @Test
    void theTccliProfileComesFromTccliProfileWhenNotGiven() throws IOException {
        env.put("TCCLI_PROFILE", "ci");
        write("home/.tccli/ci.credential", "{\"secretId\":\"AKIDci\",\"secretKey\":\"ci-secret\"}");

        assertThat(resolve(CredentialsSource.cliProfile(null)).accessKeyId()).isEqualTo("AKIDci");
    }

    @Test
    void theSdkIniFileIsReadInTheHomeDirectoryThenInEtc() throws IOException {
        write("etc/tencentcloud/credentials", "[default]\nsecret_id = AKIDetc\nsecret_key = etc-secret\n");

        assertThat(resolve(CredentialsSource.defaultChain()).accessKeyId()).isEqualTo("AKIDetc");

        write("home/.tencentcloud/credentials", "# mine\n[other]\nsecret_id=x\nsecret_key=y\n[default]\nsecret_id = AKIDhome\nsecret_key = home-secret\n");

        assertThat(resolve(CredentialsSource.defaultChain()).accessKeyId()).isEqualTo("AKIDhome");
    }

    @Test
    void theEnvironmentComesBeforeTheFilesInTheDefaultChain() throws IOException {
        env.put("TENCENTCLOUD_SECRET_ID", "AKIDenv");
        env.put("TENCENTCLOUD_SECRET_KEY", "env-secret");
        write("home/.tccli/default.credential", "{\"secretId\":\"AKIDfile\",\"secretKey\":\"s\"}");

        assertThat(resolve(CredentialsSource.defaultChain()).accessKeyId()).isEqualTo("AKIDenv");
    }

    @Test
    void anInstanceRoleProfileIsReportedAsNotSupported() throws IOException {
        write("home/.tccli/default.credential", "{\"type\":\"cvm-role\"}");

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile(null)))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("instance role");
    }

    @Test
    void nothingFoundListsEveryPlaceLookedIn() {
        assertThatThrownBy(() -> resolve(CredentialsSource.defaultChain()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("no Tencent Cloud credentials found")
                .hasMessageContaining("TENCENTCLOUD_SECRET_ID")
                .hasMessageContaining(".tccli")
                .hasMessageContaining(".tencentcloud");
    }

    @Test
    void aBrokenFileNamesTheFileAndNoSecret() throws IOException {
        write("home/.tccli/default.credential", "{\"secretId\":\"AKIDx\",\"secretKey\":\"super-secret-value\"");

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile(null)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("default.credential")
                .hasMessageNotContaining("super-secret-value");
    }

    @Test
    void anUnquotedSecretInABrokenFileIsNotEchoed() throws IOException {
        write("home/.tccli/default.credential", "{\"secretId\":\"AKIDx\",\"secretKey\": unquotedSecretValue42}");

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile(null)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("unquotedSecretValue42")
                .hasNoCause();
    }

    @Test
    void aProfileThatAssumesARoleIsRefusedRatherThanActingAsTheBaseKeys() throws IOException {
        write("home/.tccli/default.credential",
                "{\"secretId\":\"AKIDbase\",\"secretKey\":\"base\",\"role-arn\":\"qcs::cam::uin/1:roleName/ops\"}");

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile(null)))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("role-arn");
    }

    @Test
    void aTokenVariableWithALineBreakIsRefusedByNameAndNoneOfItIsShown() {
        env.put("TENCENTCLOUD_SECRET_ID", "AKIDenv");
        env.put("TENCENTCLOUD_SECRET_KEY", "env-secret");
        env.put("TENCENTCLOUD_TOKEN", "token-start\ntoken-end");

        assertThatThrownBy(() -> resolve(CredentialsSource.defaultChain()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("environment variable TENCENTCLOUD_TOKEN: the session token contains a control character"
                        + " (a line break?); remove it");
    }

    @Test
    void aSecretIdVariableWithALineBreakNamesTheVariablesAndTheField() {
        env.put("TENCENTCLOUD_SECRET_ID", "AKIDenv\nAKIDmore");
        env.put("TENCENTCLOUD_SECRET_KEY", "env-secret");

        assertThatThrownBy(() -> resolve(CredentialsSource.environment()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("TENCENTCLOUD_SECRET_ID")
                .hasMessageContaining("the access key id contains a control character")
                .hasMessageNotContaining("AKIDenv")
                .hasMessageNotContaining("AKIDmore");
    }

    @Test
    void aTccliFileWhoseTokenHasALineBreakIsRefusedNamingTheFile() throws IOException {
        write("home/.tccli/default.credential", "{\"secretId\":\"AKIDx\",\"secretKey\":\"s\",\"token\":\"tok\\nen-part\"}");

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile(null)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("default.credential")
                .hasMessageContaining("the session token contains a control character")
                .hasMessageNotContaining("en-part");
    }

    @Test
    void aCredentialFileOver64KibIsRefusedWithTheLimit() throws IOException {
        write("home/.tccli/default.credential", "{\"secretId\":\"AKIDx\",\"secretKey\":\"s\",\"note\":\""
                + "x".repeat(64 * 1024) + "\"}");

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile(null)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("default.credential")
                .hasMessageContaining("it is over the 64 KiB limit");
    }

    @Test
    void aHugeSparseIniFileIsRefusedWithoutBeingRead() throws IOException {
        Path ini = root.resolve("home/.tencentcloud/credentials");
        Files.createDirectories(ini.getParent());
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(ini.toFile(), "rw")) {
            file.setLength(3L << 30);
        }

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile(null)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining(".tencentcloud/credentials")
                .hasMessageContaining("over the 64 KiB limit");
    }

    @Test
    void explicitCredentialsAreUsedAsGiven() {
        Credentials given = Credentials.of("AKIDgiven", "given-secret");

        assertThat(resolve(CredentialsSource.of(given))).isSameAs(given);
    }

    private void write0(String relative, String content) {
        try {
            write(relative, content);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aProfileNameThatIsNotAPlainFileNameIsRefusedNotResolvedAsAPath() {
        env.put("TCCLI_PROFILE", "work\u0000");

        assertThatThrownBy(() -> resolve(CredentialsSource.defaultChain()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("TCCLI_PROFILE")
                .hasMessageContaining("only letters, digits");
        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile("../../etc/passwd")))
                .isInstanceOf(AuthenticationException.class);
    }

}
