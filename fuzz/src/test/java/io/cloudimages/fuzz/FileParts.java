package io.cloudimages.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inputs of the file-reader targets: a choice byte, then the contents of several files,
 * each ended by a 0xFF byte (which never occurs in UTF-8, so no text file loses anything). Every
 * byte string is an input: missing parts are absent files, extra parts are ignored.
 */
record FileParts(int choice, List<byte[]> parts) {

    static FileParts parse(byte[] input) {
        List<byte[]> parts = new ArrayList<>();
        int start = 1;
        for (int i = 1; i < input.length; i++) {
            if (input[i] == AnswerScript.SEPARATOR) {
                parts.add(Arrays.copyOfRange(input, start, i));
                start = i + 1;
            }
        }
        if (start < input.length) {
            parts.add(Arrays.copyOfRange(input, start, input.length));
        }
        return new FileParts(input.length == 0 ? 0 : input[0] & 0xFF, parts);
    }

    /** Part {@code index}, or null when the input has no such part. */
    byte[] part(int index) {
        return index < parts.size() ? parts.get(index) : null;
    }

    String text(int index) {
        byte[] part = part(index);
        return part == null ? null : new String(part, StandardCharsets.UTF_8);
    }

    /** The input of this choice and these texts; a null text is an empty part. */
    static byte[] encode(int choice, String... texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(choice);
        for (String text : texts) {
            out.writeBytes((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            out.write(AnswerScript.SEPARATOR);
        }
        return out.toByteArray();
    }
}
