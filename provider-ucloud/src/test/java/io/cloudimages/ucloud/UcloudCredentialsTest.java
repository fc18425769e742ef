package io.cloudimages.ucloud;

import io.cloudimages.Credentials;
import io.cloudimages.CredentialsSource;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.exception.AuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class UcloudCredentialsTest {

    @TempDir
    Path root;

    private final Map<String, String> env = new HashMap<>();

    private Credentials resolve(CredentialsSource source) {
        return UcloudCredentials.provider(source, HostEnvironment.of(env, root.resolve("home"), root)).resolveCredentials();
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void cliFiles() throws IOException {
        write("home/.ucloud/credential.json", """
                [{"public_key":"pub-default","private_key":"priv-default","profile":"default"},
                 {"public_key":"pub-work","private_key":"priv-work","profile":"work"}]""");
        write("home/.ucloud/config.json", """
                [{"profile":"default","project_id":"org-default","region":"cn-bj2","active":false},
                 {"profile":"work","project_id":"org-work","region":"cn-sh2","active":true}]""");
    }

    @Test
    void theEnvironmentGivesKeysAndProject() {
        env.put("UCLOUD_PUBLIC_KEY", "pub-env");
        env.put("UCLOUD_PRIVATE_KEY", "priv-env");
        env.put("UCLOUD_PROJECT_ID", "org-env");

        Credentials credentials = resolve(CredentialsSource.environment());

        assertThat(credentials.accessKeyId()).isEqualTo("pub-env");
        assertThat(credentials.secretKey()).isEqualTo("priv-env");
        assertThat(credentials.projectId()).isEqualTo("org-env");
    }

    @Test
    void theCliFilesGiveTheActiveProfilesKeysAndProject() throws IOException {
        cliFiles();

        Credentials credentials = resolve(CredentialsSource.cliProfile(null));

        assertThat(credentials.accessKeyId()).isEqualTo("pub-work");
        assertThat(credentials.projectId()).isEqualTo("org-work");
    }

    @Test
    void aNamedProfileWinsOverTheActiveOne() throws IOException {
        cliFiles();

        assertThat(resolve(CredentialsSource.cliProfile("default")).projectId()).isEqualTo("org-default");
    }

    @Test
    void ucloudProfileChoosesTheProfile() throws IOException {
        cliFiles();
        env.put("UCLOUD_PROFILE", "default");

        assertThat(resolve(CredentialsSource.defaultChain()).accessKeyId()).isEqualTo("pub-default");
    }

    @Test
    void theDefaultChainTakesEnvironmentKeysWithTheProfilesProjectWhenNoProjectVariableIsSet() throws IOException {
        cliFiles();
        env.put("UCLOUD_PUBLIC_KEY", "pub-env");
        env.put("UCLOUD_PRIVATE_KEY", "priv-env");

        Credentials credentials = resolve(CredentialsSource.defaultChain());

        assertThat(credentials.accessKeyId()).isEqualTo("pub-env");
        assertThat(credentials.projectId()).isEqualTo("org-work");
    }

    @Test
    void theDefaultChainTakesTheProjectVariableOverTheFiles() throws IOException {
        cliFiles();
        env.put("UCLOUD_PROJECT_ID", "org-env");

        assertThat(resolve(CredentialsSource.defaultChain()).projectId()).isEqualTo("org-env");
    }

    @Test
    void theSharedFileVariablesMoveTheFiles() throws IOException {
        write("elsewhere/creds.json", "[{\"public_key\":\"pub-moved\",\"private_key\":\"p\",\"profile\":\"default\"}]");
        env.put("UCLOUD_SHARED_CREDENTIAL_FILE", root.resolve("elsewhere/creds.json").toString());

        assertThat(resolve(CredentialsSource.cliProfile(null)).accessKeyId()).isEqualTo("pub-moved");
    }

    @Test
    void aFileThatIsNotAnArrayIsReported() throws IOException {
        write("home/.ucloud/credential.json", "{\"public_key\":\"x\"}");

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile("default")))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("JSON array");
    }

    @Test
    void nothingFoundNamesTheVariablesAndTheFile() {
        assertThatThrownBy(() -> resolve(CredentialsSource.defaultChain()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("UCLOUD_PUBLIC_KEY")
                .hasMessageContaining("credential.json");
    }

    @Test
    void aProjectIdVariableWithALineBreakIsRefusedByNameEvenBesideTheFilesKeys() throws IOException {
        cliFiles();
        env.put("UCLOUD_PROJECT_ID", "org-env\norg-more");

        assertThatThrownBy(() -> resolve(CredentialsSource.defaultChain()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("environment variable UCLOUD_PROJECT_ID: the project id contains a control character"
                        + " (a line break?); remove it");
    }

    @Test
    void aProjectIdInTheConfigFileWithALineBreakIsRefusedNamingTheFile() throws IOException {
        env.put("UCLOUD_PUBLIC_KEY", "pub-env");
        env.put("UCLOUD_PRIVATE_KEY", "priv-env");
        write("home/.ucloud/config.json", "[{\"profile\":\"default\",\"project_id\":\"org\\u001bx\",\"active\":true}]");

        assertThatThrownBy(() -> resolve(CredentialsSource.defaultChain()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("config.json")
                .hasMessageContaining("the project id contains a control character");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // guards against a hang, measures nothing
    void aSharedCredentialFileThatIsAnEndlessDeviceIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
        env.put("UCLOUD_SHARED_CREDENTIAL_FILE", "/dev/zero");

        assertThatThrownBy(() -> resolve(CredentialsSource.cliProfile("default")))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("cannot read /dev/zero: it is not a regular file");
    }
}
