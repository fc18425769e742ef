package io.cloudimages.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestingWithFakesTest {

    @Test
    void theFakeExampleListsTheCatalogueAndCountsTheRetriedRequestAsItsCommentSays() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            TestingWithFakes.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line).startsWith("img-"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2");
    }
}
