package io.cloudimages.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README tells a platform or a provider author to write names things that exist. */
class ReadmeTest {

    private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+);");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(cloudimages-[\\w-]+)</artifactId>");

    private static String readme() throws IOException {
        return Files.readString(Pom.root().resolve("README.md"));
    }

    private static List<String> all(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(result -> result.group(1)).toList();
    }

    @Test
    void everyClassTheReadmeImportsExists() throws IOException {
        List<String> imports = all(IMPORT, readme());

        assertThat(imports).contains("io.cloudimages.core.config.CloudConfig", "io.cloudimages.model.ImageQuery");
        assertThat(imports).allSatisfy(name -> assertThat(exists(name)).as("the class %s exists", name).isTrue());
    }

    @Test
    void everyArtifactTheReadmeNamesIsTheBomOrManagedByIt() throws IOException {
        List<String> known = new ArrayList<>(List.of("cloudimages-bom"));
        Pom.read(Pom.root().resolve("bom")).managedDependencies().forEach(managed -> known.add(managed.artifactId()));

        assertThat(all(ARTIFACT, readme())).contains("cloudimages-bom", "cloudimages-testkit-contract")
                .allSatisfy(artifact -> assertThat(artifact).isIn(known));
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, ReadmeTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
