package io.cloudimages.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Java examples are code the build compiles: each Java block is announced by a
 * comment naming a tagged region of a source file ({@code // tag::NAME[]} ... {@code // end::NAME[]}),
 * and shows exactly that region. A block of imports alone is checked elsewhere: that every class
 * it names exists.
 */
class ReadmeExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- example: ([a-z-]+) \\(([^)]+)\\) -->");

    /** A Java block of the README and the example it says it shows, if it says one. */
    private record Block(int line, String marker, List<String> lines) {
    }

    private static List<Block> javaBlocks() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).equals("```java")) {
                continue;
            }
            String marker = i > 0 && MARKER.matcher(readme.get(i - 1)).matches() ? readme.get(i - 1) : null;
            List<String> lines = new ArrayList<>();
            int start = i + 1;
            for (i = start; !readme.get(i).equals("```"); i++) {
                lines.add(readme.get(i));
            }
            blocks.add(new Block(start + 1, marker, lines));
        }
        return blocks;
    }

    private static List<String> region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int begin = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// tag::" + tag + "[]")).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no // tag::" + tag + "[]")));
        int end = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// end::" + tag + "[]")).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no // end::" + tag + "[]")));
        return dedent(lines.subList(begin + 1, end));
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    private static boolean onlyImports(List<String> lines) {
        return lines.stream().allMatch(l -> l.isBlank() || l.startsWith("import ") || l.startsWith("//"));
    }

    @Test
    void everyJavaExampleOfTheReadmeIsCodeTheBuildCompiles() throws IOException {
        List<Block> blocks = javaBlocks();

        assertThat(blocks).hasSizeGreaterThan(5);
        assertThat(blocks).filteredOn(block -> !onlyImports(block.lines()))
                .allSatisfy(block -> assertThat(block.marker())
                        .as("the Java block at README.md line %d names the example it shows", block.line())
                        .isNotNull());
    }

    @Test
    void everyExampleShowsExactlyTheLinesOfItsRegion() throws IOException {
        for (Block block : javaBlocks()) {
            if (block.marker() == null) {
                continue;
            }
            Matcher marker = MARKER.matcher(block.marker());
            assertThat(marker.matches()).isTrue();
            List<String> source = region(ROOT.resolve(marker.group(2)), marker.group(1));

            assertThat(block.lines())
                    .as("README.md line %d shows %s of %s", block.line(), marker.group(1), marker.group(2))
                    .containsExactlyElementsOf(source);
        }
    }
}
