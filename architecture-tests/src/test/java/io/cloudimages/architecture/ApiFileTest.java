package io.cloudimages.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check of a module's classes against its API file: what passes, what fails, and how a change is accepted. */
class ApiFileTest {

    private static final String BEFORE = """
            package com.example;
            public class Greeter {
                public String greet(String name) { return "hello " + name; }
                public int count() { return 0; }
            }
            """;

    @TempDir
    Path dir;

    private String api(String name, String source) throws Exception {
        return ApiFile.contents("example", Compiler.compile(dir.resolve(name), Map.of("com/example/Greeter.java", source)).api());
    }

    @Test
    void classesWithTheApiOfTheFilePass() throws Exception {
        Path file = dir.resolve("api.txt");
        Files.writeString(file, api("before", BEFORE));

        assertThatCode(() -> ApiFile.check(file, api("again", BEFORE), false)).doesNotThrowAnyException();
    }

    @Test
    void aChangedSignatureFailsShowingTheChangeUnderItsTypeAndTheCommandToAcceptIt() throws Exception {
        Path file = dir.resolve("api.txt");
        Files.writeString(file, api("before", BEFORE));
        String after = api("after", BEFORE.replace("greet(String name)", "greet(CharSequence name)"));

        assertThatThrownBy(() -> ApiFile.check(file, after, false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("""
                         public class com.example.Greeter
                        -  public java.lang.String greet(java.lang.String)
                        +  public java.lang.String greet(java.lang.CharSequence)
                        """)
                .hasMessageContaining(ApiFile.ACCEPT_COMMAND)
                .hasMessageNotContaining("count()");
        assertThat(Files.readString(file)).isEqualTo(api("before", BEFORE));
    }

    @Test
    void aNewMemberFailsToo() throws Exception {
        Path file = dir.resolve("api.txt");
        Files.writeString(file, api("before", BEFORE));
        String after = api("after", BEFORE.replace("public int count()", "public void reset() { }\n    public int count()"));

        assertThatThrownBy(() -> ApiFile.check(file, after, false)).hasMessageContaining("+  public void reset()");
    }

    @Test
    void acceptingWritesTheApiOfTheClassesToTheFile() throws Exception {
        Path file = dir.resolve("api.txt");
        Files.writeString(file, api("before", BEFORE));
        String after = api("after", BEFORE.replace("public int count()", "public long count()"));

        assertThat(ApiFile.check(file, after, true)).isTrue();

        assertThat(Files.readString(file)).isEqualTo(after);
        assertThatCode(() -> ApiFile.check(file, after, false)).doesNotThrowAnyException();
    }

    @Test
    void aMissingFileFailsWithTheCommandThatWritesIt() throws Exception {
        Path file = dir.resolve("api.txt");
        String api = api("before", BEFORE);

        assertThatThrownBy(() -> ApiFile.check(file, api, false))
                .hasMessageContaining("There is no API file " + file)
                .hasMessageContaining(ApiFile.ACCEPT_COMMAND);
    }

    @Test
    void theFileSaysWhatItIsAndHowToAcceptAChange() {
        assertThat(ApiFile.contents("core", "package io.cloudimages.core\n"))
                .startsWith("# The public API of the core module")
                .contains(ApiFile.ACCEPT_COMMAND)
                .endsWith("\n\npackage io.cloudimages.core\n");
    }
}
