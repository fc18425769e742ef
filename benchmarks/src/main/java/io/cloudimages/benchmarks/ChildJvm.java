package io.cloudimages.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe's main in a JVM of its own (its own heap limit, a cold start), on this JVM's
 * classpath, and reads the {@code key=value} pairs of the line it prints starting with
 * {@value #RESULT}.
 */
final class ChildJvm {

    static final String RESULT = "RESULT";

    private ChildJvm() {
    }

    static Map<String, String> run(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(main.getSimpleName() + " failed:\n" + output);
            }
            return output.lines().filter(line -> line.startsWith(RESULT + " ")).reduce((a, b) -> b)
                    .map(ChildJvm::parse)
                    .orElseThrow(() -> new IllegalStateException(main.getSimpleName() + " printed no result:\n" + output));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + main.getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Prints a result line for the parent to read. */
    static void report(Map<String, ?> values) {
        StringBuilder line = new StringBuilder(RESULT);
        values.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        System.out.println(line);
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(RESULT.length()).trim().split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }
}
