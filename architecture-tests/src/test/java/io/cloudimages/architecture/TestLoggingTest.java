package io.cloudimages.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A green build prints little beyond Maven's own lines: a module that puts a logging binding on its
 * tests' class path configures it for them, so that the warnings its tests provoke on purpose stay
 * out of the build's output (or the module sends its tests' output to files).
 */
class TestLoggingTest {

    private static final Path ROOT = Pom.root();

    private static List<Pom> modulesDeclaring(String artifactId) {
        return Pom.read(ROOT).modules().stream().map(module -> Pom.read(ROOT.resolve(module)))
                .filter(module -> Files.isDirectory(module.directory().resolve("src/test/java")))
                .filter(module -> module.dependencies().stream().anyMatch(d -> d.artifactId().equals(artifactId)))
                .toList();
    }

    @Test
    void everyModuleTestingWithLogbackConfiguresIt() {
        List<Pom> modules = modulesDeclaring("logback-classic");

        assertThat(modules).extracting(Pom::artifactId).contains("cloudimages-core", "cloudimages-ratelimit-redis");
        assertThat(modules).allSatisfy(module ->
                assertThat(module.directory().resolve("src/test/resources/logback-test.xml")).isRegularFile());
    }

    @Test
    void everyModuleTestingWithSlf4jSimpleConfiguresItOrKeepsTheOutputInFiles() {
        List<Pom> modules = modulesDeclaring("slf4j-simple");

        assertThat(modules).extracting(Pom::artifactId).contains("cloudimages-cli");
        assertThat(modules).allSatisfy(module -> assertThat(module.redirectsTestOutput()
                || Files.isRegularFile(module.directory().resolve("src/test/resources/simplelogger.properties")))
                .as("%s: a simplelogger.properties in src/test/resources, or Surefire's redirectTestOutputToFile",
                        module.artifactId())
                .isTrue());
    }
}
