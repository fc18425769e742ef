package io.cloudimages.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static io.cloudimages.cli.HostileText.NAME;
import static io.cloudimages.cli.HostileText.NAME_SHOWN;
import static io.cloudimages.cli.HostileText.assertPrintedSafely;
import static org.assertj.core.api.Assertions.assertThat;

class PrintableStreamTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintableStream stream = new PrintableStream(bytes);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLogLineQuotingTheCloudIsPrintedSafely() {
        stream.println("12:00:00.000 DEBUG i.c.c.p.RequestPipeline - attempt 1 failed (" + NAME + ")");

        assertThat(printed()).isEqualTo("12:00:00.000 DEBUG i.c.c.p.RequestPipeline - attempt 1 failed (" + NAME_SHOWN + ")"
                + System.lineSeparator());
    }

    @Test
    void onlyPrintlnBreaksLines() {
        stream.print("forged\nline");
        stream.println();

        assertThat(printed().lines()).containsExactly("forged?line");
    }

    @Test
    void formattedAppendedAndObjectTextIsPrintedSafely() {
        stream.printf("%s%n", NAME);
        stream.append(NAME).append('\u001b');
        stream.print(NAME.toCharArray());
        stream.print((Object) NAME);

        assertPrintedSafely(printed());
    }

    @Test
    void aStackTraceIsPrintedSafelyWithItsLinesIndented() {
        new IllegalStateException(NAME).printStackTrace(stream);

        assertThat(printed().lines().toList()).first().isEqualTo("java.lang.IllegalStateException: " + NAME_SHOWN);
        assertThat(printed().lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith(" at "));
        assertPrintedSafely(printed());
    }

    @Test
    void chineseTextIsWrittenInUtf8() {
        stream.println("CentOS 7.9 64位");

        assertThat(printed()).isEqualTo("CentOS 7.9 64位" + System.lineSeparator());
    }
}
