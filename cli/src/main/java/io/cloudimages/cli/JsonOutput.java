package io.cloudimages.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsSupport;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents the command prints on stdout. An image has exactly the keys of the CLI
 * contract, in this order; enumerated values are the neutral model's lower-case ids and an
 * unknown value is {@code null}, never {@code 0} or {@code ""}. Strings hold no character a
 * terminal would act on or hide: those are escaped, so the document shown in a terminal is safe
 * and still decodes to exactly what the cloud said.
 */
final class JsonOutput implements AutoCloseable {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new TerminalSafeEscapes()).build();

    private final JsonGenerator json;
    private final PrintWriter out;

    JsonOutput(PrintWriter out) {
        this.out = out;
        try {
            this.json = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    void startArray() {
        io(JsonGenerator::writeStartArray);
    }

    void endArray() {
        io(JsonGenerator::writeEndArray);
    }

    /** Writes one image and flushes it, so a long listing streams. */
    void image(Image image) {
        image(null, image);
    }

    /**
     * The same, with {@code "cloud"}, the name the user gave it, as the first key when not null:
     * two clouds of one provider are told apart by it.
     */
    void image(String cloud, Image image) {
        io(g -> {
            writeImage(g, cloud, image);
            g.flush();
        });
    }

    /** {@code {"cloud": NAME, "image": {…}}}: what a cloud's pick chose. */
    void picked(String cloud, Image image) {
        io(g -> {
            g.writeStartObject();
            g.writeStringField("cloud", cloud);
            g.writeFieldName("image");
            writeImage(g, null, image);
            g.writeEndObject();
            g.flush();
        });
    }

    /** {@code {"cloud": NAME, "error": {"exitCode": N, "message": …}}}: a cloud that gave no image. */
    void notPicked(String cloud, int exitCode, String message) {
        io(g -> {
            g.writeStartObject();
            g.writeStringField("cloud", cloud);
            g.writeObjectFieldStart("error");
            g.writeNumberField("exitCode", exitCode);
            g.writeStringField("message", message);
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
        });
    }

    private static void writeImage(JsonGenerator g, String cloud, Image image) throws IOException {
        g.writeStartObject();
        if (cloud != null) {
            g.writeStringField("cloud", cloud);
        }
        g.writeStringField("provider", image.provider());
        g.writeStringField("region", image.region());
        g.writeStringField("zone", image.zone());
        g.writeStringField("id", image.id());
        g.writeStringField("name", image.name());
        g.writeStringField("description", image.description());
        g.writeStringField("osFamily", image.os().family().id());
        g.writeStringField("osName", image.os().name());
        g.writeStringField("osVersion", image.os().version() == null ? null : image.os().version().toString());
        g.writeStringField("architecture", image.os().architecture().id());
        g.writeStringField("type", image.type().id());
        g.writeStringField("state", image.state().id());
        g.writeStringField("createdAt", image.createdAt() == null ? null : image.createdAt().toString());
        if (image.sizeGiB() == null) {
            g.writeNullField("sizeGiB");
        } else {
            g.writeNumberField("sizeGiB", image.sizeGiB());
        }
        g.writeStringField("family", image.family());
        g.writeBooleanField("deprecated", image.deprecated());
        g.writeObjectFieldStart("tags");
        for (Map.Entry<String, String> tag : image.tags().entrySet()) {
            g.writeStringField(tag.getKey(), tag.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("features");
        for (String feature : image.features()) {
            g.writeString(feature);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code {"provider":…, "region":…, "os":[{"name", "type", "family", "versions", "architectures"}…]}}. */
    void osSupport(OsSupport support) {
        io(g -> {
            g.writeStartObject();
            g.writeStringField("provider", support.provider());
            g.writeStringField("region", support.region());
            g.writeArrayFieldStart("os");
            for (OsSupport.Entry entry : support.entries()) {
                g.writeStartObject();
                g.writeStringField("name", entry.name());
                g.writeStringField("type", entry.type().id());
                g.writeStringField("family", entry.family().id());
                g.writeArrayFieldStart("versions");
                for (String version : entry.versions()) {
                    g.writeString(version);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("architectures");
                for (String architecture : Names.architectures(entry)) {
                    g.writeString(architecture);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code [{"id", "name", "capabilities":[…], "rateLimits":{action: n}}…]}. */
    void providers(List<ImageProvider> providers) {
        io(g -> {
            g.writeStartArray();
            for (ImageProvider provider : providers) {
                g.writeStartObject();
                g.writeStringField("id", provider.id());
                g.writeStringField("name", provider.displayName());
                g.writeArrayFieldStart("capabilities");
                for (String command : Names.commands(provider)) {
                    g.writeString(command);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("rateLimits");
                for (Action action : Names.byName(provider.actions())) {
                    g.writeNumberField(action.name(), action.requestsPerSecond());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** {@code {"imageId", "requestId", "dryRun", "reconciled"}}. */
    void importResult(ImportResult result) {
        importResult(result, null);
    }

    /** The same, and when the import was waited for, {@code "image"}: the image as {@link #image} writes it. */
    void importResult(ImportResult result, Image image) {
        io(g -> {
            g.writeStartObject();
            g.writeStringField("imageId", result.imageId() != null || image == null ? result.imageId() : image.id());
            g.writeStringField("requestId", result.requestId());
            g.writeBooleanField("dryRun", result.dryRun());
            g.writeBooleanField("reconciled", result.reconciled());
            if (image != null) {
                g.writeFieldName("image");
                writeImage(g, null, image);
            }
            g.writeEndObject();
        });
    }

    @Override
    public void close() {
        io(g -> {
            g.flush();
            g.close();
        });
        out.println();
        out.flush();
    }

    /**
     * Writes what {@link Printable#unsafe} calls unsafe as a six-character escape (a backslash, "u"
     * and four hexadecimal digits). JSON (RFC 8259) requires escaping only the C0 controls; DEL,
     * the C1 controls, bidirectional controls and separators would otherwise be written raw.
     * Jackson asks about each UTF-16 unit, so only characters of the Basic Multilingual Plane are
     * escaped, which is where every control and bidirectional control is.
     */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int DEL = 0x7F;

        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            ascii[DEL] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Printable.unsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    /** A step that writes JSON. */
    private interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private void io(IoConsumer<JsonGenerator> step) {
        try {
            step.accept(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
