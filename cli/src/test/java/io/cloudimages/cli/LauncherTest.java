package io.cloudimages.cli;

import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.example.provider.ExampleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ./cloudimages} launcher of the checkout, run by a shell as a user runs it, in a
 * checkout in miniature: the launcher, and as {@code cli/target/cloudimages.jar} a jar whose class
 * path is this test's (the command's own jar is built after the tests).
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "cloudimages").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private Path checkout() throws IOException {
        Path checkout = folder.resolve("checkout");
        Files.createDirectories(checkout.resolve("cli/target"));
        Files.copy(LAUNCHER, checkout.resolve("cloudimages"));
        assertThat(checkout.resolve("cloudimages").toFile().setExecutable(true)).isTrue();
        return checkout;
    }

    private Path checkoutWithTheCommandBuilt() throws IOException {
        Path checkout = checkout();
        writeCommandJar(checkout.resolve("cli/target/cloudimages.jar"));
        return checkout;
    }

    /** A jar of no classes whose manifest puts this test's class path behind it. */
    private static void writeCommandJar(Path jar) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(classPath.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toUri().toString()).collect(Collectors.joining(" ")));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    /** A third party's provider jar: it names the example provider as an {@link ImageProvider}, which nothing else does. */
    private Path providerJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/" + ImageProvider.class.getName()));
            out.write((ExampleProvider.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** A shell command line, run with only these variables, a minimal PATH after {@code morePath}, and this JDK. */
    private Run shell(Map<String, String> variables, String morePath, String commandLine) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", commandLine).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", (morePath == null ? "" : morePath + ":") + "/usr/bin:/bin");
        environment.put("HOME", folder.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(variables);
        File err = folder.resolve("err.txt").toFile();
        builder.redirectError(err);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, Files.readString(err.toPath()));
    }

    private static String quoted(Path path) {
        return Commands.shellQuote(path.toString());
    }

    @Test
    void aSymbolicLinkOnThePathRunsTheCommandOfTheCheckoutItLeadsTo() throws Exception {
        Path checkout = checkoutWithTheCommandBuilt();
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path tools = Files.createDirectories(folder.resolve("tools"));
        // a link to a link, the first one relative: the checkout is found at the end of the chain
        Files.createSymbolicLink(tools.resolve("cloudimages"), checkout.resolve("cloudimages"));
        Files.createSymbolicLink(bin.resolve("cloudimages"), Path.of("..", "tools", "cloudimages"));

        Run run = shell(Map.of(), bin.toString(), "cloudimages --version");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("cloudimages ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void providersNamedByTheProviderPathAreFoundBesideTheBuiltInOnes() throws Exception {
        Path checkout = checkoutWithTheCommandBuilt();
        Path plugins = folder.resolve("plugins");
        providerJar(plugins.resolve("example-provider.jar"));

        Run withDirectory = shell(Map.of("CLOUDIMAGES_PROVIDER_PATH", plugins.toString()), null,
                quoted(checkout.resolve("cloudimages")) + " providers -o json");
        Path noJars = Files.createDirectories(folder.resolve("no-jars"));
        Run withJar = shell(Map.of("CLOUDIMAGES_PROVIDER_PATH", noJars + ":" + plugins.resolve("example-provider.jar")), null,
                quoted(checkout.resolve("cloudimages")) + " providers -o json");
        Run without = shell(Map.of(), null, quoted(checkout.resolve("cloudimages")) + " providers -o json");

        assertThat(withDirectory.exitCode()).as(withDirectory.toString()).isZero();
        assertThat(withDirectory.out()).contains("\"id\" : \"" + ExampleProvider.ID + "\"", "\"id\" : \"tencent-v3\"");
        assertThat(withJar.out()).contains("\"id\" : \"" + ExampleProvider.ID + "\"");
        assertThat(without.out()).contains("\"id\" : \"tencent-v3\"").doesNotContain("\"id\" : \"" + ExampleProvider.ID + "\"");
    }

    @Test
    void aProviderPathEntryThatIsNeitherAJarNorADirectoryIsRefused() throws Exception {
        Path checkout = checkoutWithTheCommandBuilt();

        Run run = shell(Map.of("CLOUDIMAGES_PROVIDER_PATH", folder.resolve("no-such.jar").toString()), null,
                quoted(checkout.resolve("cloudimages")) + " providers");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("cloudimages: CLOUDIMAGES_PROVIDER_PATH names " + folder.resolve("no-such.jar"))
                .contains("neither a jar nor a directory");
    }

    @Test
    void theFirstRunSaysThatItBuildsTheCommandOnceAndPromisesNoTime() throws Exception {
        Path checkout = checkout();
        Path builtJar = folder.resolve("built.jar");
        writeCommandJar(builtJar);
        // Maven stands in for itself: it "builds" the jar the launcher then runs
        Path tools = Files.createDirectories(folder.resolve("tools"));
        Files.writeString(tools.resolve("mvn"), "#!/bin/sh\necho \"[INFO] BUILD SUCCESS\"\ncp \"$BUILT_JAR\" cli/target/cloudimages.jar\n");
        assertThat(tools.resolve("mvn").toFile().setExecutable(true)).isTrue();
        Map<String, String> variables = Map.of("BUILT_JAR", builtJar.toString());

        Run first = shell(variables, tools.toString(), quoted(checkout.resolve("cloudimages")) + " --version");
        Run second = shell(variables, tools.toString(), quoted(checkout.resolve("cloudimages")) + " --version");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err().lines()).singleElement().asString().startsWith("cloudimages: building the command once")
                .doesNotContain("minute", "second");
        assertThat(first.out()).startsWith("cloudimages ");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void aBuildThatFailsShowsItsOutputAndExitsOne() throws Exception {
        Path checkout = checkout();
        Path tools = Files.createDirectories(folder.resolve("tools"));
        Files.writeString(tools.resolve("mvn"), "#!/bin/sh\necho \"[ERROR] COMPILATION ERROR\"\nexit 1\n");
        assertThat(tools.resolve("mvn").toFile().setExecutable(true)).isTrue();

        Run run = shell(Map.of(), tools.toString(), quoted(checkout.resolve("cloudimages")) + " --version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList())
                .containsSubsequence("[ERROR] COMPILATION ERROR", "cloudimages: the build failed; see above");
    }
}
