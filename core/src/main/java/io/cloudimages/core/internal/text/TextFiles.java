package io.cloudimages.core.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Small local text files (configuration, credentials) read with a size cap: a device such as
 * {@code /dev/zero} or a pipe is refused before it is opened, since it could be endless or never
 * answer, and no more than the cap plus one byte is ever read, even from a file that grows.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** A file that is there but is not one to read, with why in words ("it is a directory"). */
    public static final class Unusable extends IOException {
        private Unusable(String why) {
            super(why);
        }
    }

    /**
     * The UTF-8 text of a regular file of at most {@code maxBytes}.
     *
     * @throws NoSuchFileException when there is no such file
     * @throws Unusable            for any other reason, said in words that never quote the file
     */
    public static String read(Path file, int maxBytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw unusable(e);
        }
        if (attributes.isDirectory()) {
            throw new Unusable("it is a directory");
        }
        if (!attributes.isRegularFile()) {
            throw new Unusable("it is not a regular file (a device or a pipe?)");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw unusable(e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unusable("it is not UTF-8 text");
        }
    }

    /** "64 KiB", "1 MiB": a size as the messages and the documentation give it. */
    public static String describeSize(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static Unusable tooLarge(int maxBytes) {
        return new Unusable("it is over the " + describeSize(maxBytes) + " limit; is it the right file?");
    }

    private static Unusable unusable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new Unusable("permission denied");
        }
        // a FileSystemException's message repeats the path; its reason alone says why
        return new Unusable(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage()));
    }
}
