package io.cloudimages.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fuzz input of the answer-decoding targets, read as what a cloud will answer. Every byte
 * string is a script, so no input is wasted, and the scripts of real answers stay readable text:
 *
 * <pre>
 * input  = operation answer (0xFF answer)*
 * answer = status flags header-value-line* body
 * </pre>
 *
 * <ul>
 *   <li>{@code operation}: one byte, the target's operations counted from {@code a};</li>
 *   <li>{@code status}: one byte whose low four bits pick from {@link #STATUSES}, {@code 0} being 200;</li>
 *   <li>{@code flags}: one byte whose low six bits are {@link #RETRY_AFTER}, {@link #REQUEST_ID},
 *       {@link #CONTENT_TYPE} (each header's value is the next line, in that order),
 *       {@link #CHUNKED}, {@link #TRUNCATED} and {@link #DROPPED}; {@code @} sets none;</li>
 *   <li>{@code body}: the rest of the answer, up to the next 0xFF byte, which never occurs in UTF-8.</li>
 * </ul>
 *
 * The cloud gives the n-th answer to the n-th request and the last answer to every request after
 * that, like a cloud that repeats itself forever. Without any answer it answers 200 with no body.
 */
record AnswerScript(int operation, List<Answer> answers) {

    static final byte SEPARATOR = (byte) 0xFF;
    /** 200 first, so that the status byte {@code 0} of a readable seed is a success. */
    static final int[] STATUSES = {200, 429, 500, 503, 400, 401, 403, 404, 502, 504, 201, 204, 302, 299, 418, 599};

    static final int RETRY_AFTER = 1;
    static final int REQUEST_ID = 2;
    static final int CONTENT_TYPE = 4;
    static final int CHUNKED = 8;
    static final int TRUNCATED = 16;
    static final int DROPPED = 32;

    static final String UCLOUD_REQUEST_ID = "X-UCLOUD-REQUEST-UUID";
    /** The headers a script can give, in the order of their flags and value lines. */
    static final List<String> HEADERS = List.of("Retry-After", UCLOUD_REQUEST_ID, "Content-Type");
    private static final Answer EMPTY = new Answer(200, Map.of(), new byte[0], 0);

    AnswerScript {
        answers = answers.isEmpty() ? List.of(EMPTY) : List.copyOf(answers);
    }

    /**
     * One answer.
     *
     * @param headers the headers besides the framing: Retry-After, the UCloud request id and
     *                Content-Type (application/json when not given), by name
     * @param flags   {@link #CHUNKED}, {@link #TRUNCATED} and {@link #DROPPED}
     */
    record Answer(int status, Map<String, String> headers, byte[] body, int flags) {

        boolean chunked() {
            return (flags & CHUNKED) != 0;
        }

        /** The answer declares one byte more than it sends, then the connection closes. */
        boolean truncated() {
            return (flags & TRUNCATED) != 0;
        }

        /** The connection closes before any answer. */
        boolean dropped() {
            return (flags & DROPPED) != 0;
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = bodyText();
            return status + " " + headers + (flags == 0 ? "" : " flags " + flags) + " "
                    + (text.length() <= 120 ? text : text.substring(0, 120) + "...");
        }
    }

    /** The answer to the request numbered {@code index} from 0. */
    Answer answerTo(int index) {
        return answers.get(Math.min(index, answers.size() - 1));
    }

    static AnswerScript parse(byte[] input) {
        if (input.length == 0) {
            return new AnswerScript(0, List.of());
        }
        List<Answer> answers = new ArrayList<>();
        int start = 1;
        for (int i = 1; i <= input.length; i++) {
            if (i == input.length || input[i] == SEPARATOR) {
                if (i > start || i < input.length) {
                    answers.add(answer(Arrays.copyOfRange(input, start, i)));
                }
                start = i + 1;
            }
        }
        return new AnswerScript(Math.floorMod((input[0] & 0xFF) - 'a', 256), answers);
    }

    private static Answer answer(byte[] text) {
        int status = text.length > 0 ? STATUSES[text[0] & 0x0F] : 200;
        int flags = text.length > 1 ? text[1] & 0x3F : 0;
        int at = Math.min(2, text.length);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int h = 0; h < HEADERS.size(); h++) {
            if ((flags & (1 << h)) != 0) {
                int end = at;
                while (end < text.length && text[end] != '\n') {
                    end++;
                }
                headers.put(HEADERS.get(h), headerValue(text, at, end));
                at = Math.min(end + 1, text.length);
            }
        }
        return new Answer(status, headers, Arrays.copyOfRange(text, at, text.length),
                flags & (CHUNKED | TRUNCATED | DROPPED));
    }

    /** A header value the JDK's server can send: the bytes as ISO-8859-1, without control characters. */
    private static String headerValue(byte[] text, int from, int to) {
        StringBuilder value = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = (char) (text[i] & 0xFF);
            if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                value.append(c);
            }
        }
        return value.toString().strip();
    }

    /** The input that {@link #parse} reads as these answers to the operation {@code operation}. */
    static byte[] encode(int operation, List<Answer> answers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('a' + operation);
        for (int i = 0; i < answers.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            Answer answer = answers.get(i);
            int status = indexOf(answer.status());
            int flags = answer.flags();
            String[] lines = new String[HEADERS.size()];
            for (int h = 0; h < HEADERS.size(); h++) {
                String value = answer.headers().get(HEADERS.get(h));
                if (value != null) {
                    flags |= 1 << h;
                    lines[h] = value;
                }
            }
            out.write('0' + status);
            out.write('@' + flags);
            for (String line : lines) {
                if (line != null) {
                    out.writeBytes((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            for (byte b : answer.body()) {
                if (b == SEPARATOR) {
                    throw new IllegalArgumentException("a body with a 0xFF byte cannot be written as a script");
                }
            }
            out.writeBytes(answer.body());
        }
        return out.toByteArray();
    }

    private static int indexOf(int status) {
        for (int i = 0; i < STATUSES.length; i++) {
            if (STATUSES[i] == status) {
                return i;
            }
        }
        throw new IllegalArgumentException("status " + status + " is not one a script can give; see STATUSES");
    }
}
