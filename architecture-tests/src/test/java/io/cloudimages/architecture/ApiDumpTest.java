package io.cloudimages.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API dump lists, and that it depends on nothing but the API. */
class ApiDumpTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryPublicAndProtectedSignatureWithItsGenericsAndNothingElse() throws Exception {
        String api = Compiler.compile(dir, Map.of("com/example/Shelf.java", """
                package com.example;

                import java.util.List;
                import java.util.Map;

                public abstract class Shelf<T extends Comparable<T>> implements Iterable<T> {
                    public static final int MAX = 1 << 4;
                    public static final String NAME = "shelf";
                    protected Map<String, ? super T> index;
                    private int hidden;

                    protected Shelf(List<? extends T> items) { }
                    Shelf() { }

                    public abstract <K> Map<K, List<T>> groupBy(java.util.function.Function<? super T, K> key, String... names)
                            throws java.io.IOException;
                    @Deprecated public T[] first(int count) { return null; }
                    void packagePrivate() { }
                    private void secret() { }

                    public static final class Builder { public Builder add(String item) { return this; } }
                    static final class Hidden { public void notApi() { } }
                }
                """)).api();

        assertThat(api).isEqualTo("""
                package com.example

                public abstract class com.example.Shelf<T extends java.lang.Comparable<T>> implements java.lang.Iterable<T>
                  public static final int MAX = 16
                  public static final java.lang.String NAME = "shelf"
                  protected java.util.Map<java.lang.String, ? super T> index
                  protected Shelf(java.util.List<? extends T>)
                  @java.lang.Deprecated public T[] first(int)
                  public abstract <K> java.util.Map<K, java.util.List<T>> groupBy(java.util.function.Function<? super T, K>, java.lang.String...) throws java.io.IOException

                public static final class com.example.Shelf.Builder
                  public Builder()
                  public com.example.Shelf.Builder add(java.lang.String)

                """);
    }

    @Test
    void saysWhatKindOfTypeEachIs() throws Exception {
        String api = Compiler.compile(dir, Map.of(
                "com/example/Shape.java", """
                        package com.example;
                        public sealed interface Shape permits Circle, Kind {
                            double area();
                            default String label() { return "shape"; }
                            static Shape unit() { return new Circle(1); }
                        }
                        """,
                "com/example/Circle.java", "package com.example;\npublic record Circle(double radius) implements Shape {"
                        + " public double area() { return radius; } }\n",
                "com/example/Kind.java", "package com.example;\npublic enum Kind implements Shape { ROUND;"
                        + " public double area() { return 0; } }\n",
                "com/example/Marker.java", "package com.example;\n@java.lang.annotation.Documented public @interface Marker { }\n")).api();

        assertThat(api.lines().filter(line -> !line.startsWith(" ") && !line.isBlank()))
                .containsExactly(
                        "package com.example",
                        "public final record com.example.Circle implements com.example.Shape",
                        "public final enum com.example.Kind implements com.example.Shape",
                        "@java.lang.annotation.Documented public @interface com.example.Marker",
                        "public sealed interface com.example.Shape permits com.example.Circle, com.example.Kind");
        assertThat(api).contains("  public default java.lang.String label()\n", "  public static com.example.Shape unit()\n",
                "  public double area()\n", "  public static final com.example.Kind ROUND\n",
                "  public static com.example.Kind[] values()\n");
    }

    @Test
    void leavesOutInternalPackagesAndTypesThatAreNotPublic() throws Exception {
        String api = Compiler.compile(dir, Map.of(
                "com/example/Api.java", "package com.example;\npublic class Api { }\n",
                "com/example/Helper.java", "package com.example;\nclass Helper { public void notApi() { } }\n",
                "com/example/internal/Impl.java", "package com.example.internal;\npublic class Impl { public void notApi() { } }\n")).api();

        assertThat(api).contains("com.example.Api").doesNotContain("Helper", "Impl", "notApi");
    }

    @Test
    void theOrderOfDeclarationsChangesNothing() throws Exception {
        String oneOrder = Compiler.compile(dir.resolve("one"), Map.of("com/example/A.java", """
                package com.example;
                public class A implements java.io.Serializable, Cloneable {
                    public void b() { } public void a(int x) { } public void a() { } public int z; public int y; }
                """)).api();
        String otherOrder = Compiler.compile(dir.resolve("other"), Map.of("com/example/A.java", """
                package com.example;
                public class A implements Cloneable, java.io.Serializable {
                    public int y; public void a() { } public int z; public void a(int x) { } public void b() { } }
                """)).api();

        assertThat(otherOrder).isEqualTo(oneOrder);
        assertThat(oneOrder.lines().filter(line -> line.startsWith("  ")))
                .containsExactly("  public int y", "  public int z", "  public A()", "  public void a()", "  public void a(int)",
                        "  public void b()");
    }

    @Test
    void readsAJarAsItReadsAClassesFolder() throws Exception {
        Compiler.Compiled compiled = Compiler.compile(dir, Map.of("com/example/A.java",
                "package com.example;\npublic class A { public String name() { return null; } }\n"));
        Path jar = dir.resolve("module.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(compiled.classes())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(compiled.classes().relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }

        assertThat(ApiDump.of(jar, compiled.loader())).isEqualTo(compiled.api()).contains("public java.lang.String name()");
    }

    @Test
    void typesAreWrittenAsSourceWritesThem() {
        assertThat(ApiDump.name(Map.Entry.class)).isEqualTo("java.util.Map.Entry");
        assertThat(ApiDump.name(String[][].class)).isEqualTo("java.lang.String[][]");
        assertThat(ApiDump.name(int.class)).isEqualTo("int");
    }
}
