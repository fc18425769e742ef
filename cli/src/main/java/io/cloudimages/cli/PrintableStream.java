package io.cloudimages.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error for what the command does not print itself: SLF4J Simple's log lines above all,
 * which quote what a cloud said (an error message, a request id, an image name). Every text
 * printed goes through {@link Printable#text}, so line breaks come only from {@code println}.
 * Bytes written as bytes pass as they are; SLF4J Simple and stack traces print text.
 */
final class PrintableStream extends PrintStream {

    PrintableStream(OutputStream out) {
        // UTF-8 whatever the locale, as the command's own stderr
        super(out, true, StandardCharsets.UTF_8);
    }

    /** The process's standard error. */
    static PrintableStream stderr() {
        return new PrintableStream(new FileOutputStream(FileDescriptor.err));
    }

    // print(String) is where println, append and format all end up
    @Override
    public void print(String text) {
        super.print(Printable.text(text));
    }

    @Override
    public void print(Object value) {
        print(String.valueOf(value));
    }

    @Override
    public void print(char[] text) {
        print(new String(text));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }
}
