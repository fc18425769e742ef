package io.cloudimages.architecture;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compiles small Java sources for the API checker's tests, as a module's classes would be. */
final class Compiler {

    private Compiler() {
    }

    /**
     * Compiles the sources into {@code dir/classes}.
     *
     * @param sources the text of each source file by its path, for example {@code com/example/A.java}
     * @return the classes folder and a class loader of it
     */
    static Compiled compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (javac.run(null, null, errors, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalArgumentException("the fixture does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        return new Compiled(classes, new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiler.class.getClassLoader()));
    }

    /** Compiled classes, and a loader that loads them. */
    record Compiled(Path classes, ClassLoader loader) {

        String api() {
            return ApiDump.of(classes, loader);
        }
    }
}
