package io.cloudimages.architecture;

import io.cloudimages.CloudImages;
import io.cloudimages.core.CoreSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API of {@code api} and {@code core} is exactly what their checked-in {@code api.txt}
 * says, so that no change to it goes unseen: a deliberate one changes the file too
 * ({@value ApiFile#ACCEPT_COMMAND} writes it), and review sees the diff.
 */
class PublicApiTest {

    /** Where the modules are; the build says, and a run from this module's folder finds them beside it. */
    private static final Path ROOT = Path.of(System.getProperty("cloudimages.root", "..")).toAbsolutePath().normalize();
    private static final boolean ACCEPT = Boolean.getBoolean("api.accept");

    @Test
    void theApiModuleHasTheApiOfItsApiFile() throws Exception {
        check(ROOT.resolve("api/api.txt"), ApiFile.contents("api", apiOf(CloudImages.class)));
    }

    @Test
    void theCoreModuleHasTheApiOfItsApiFile() throws Exception {
        check(ROOT.resolve("core/api.txt"), ApiFile.contents("core", apiOf(CoreSettings.class)));
    }

    private static void check(Path file, String api) throws IOException {
        if (ApiFile.check(file, api, ACCEPT)) {
            // accepted: the one line in the build's output that says which file to commit
            System.out.println("[api] wrote " + file);
        }
    }

    @Test
    void noPublicSignatureMentionsAnInternalType() throws Exception {
        assertThat(apiOf(CloudImages.class) + apiOf(CoreSettings.class))
                .as("an internal type in a public signature would make it part of the API")
                .doesNotContain(".internal.");
    }

    /** The API of the module that {@code member} was loaded from: its classes folder or its jar. */
    private static String apiOf(Class<?> member) throws Exception {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ApiDump.of(location, member.getClassLoader());
    }
}
