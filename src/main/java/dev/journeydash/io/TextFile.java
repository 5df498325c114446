package dev.journeydash.io;

import dev.journeydash.model.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files journeydash is given, with one size check and one decoder for all of
 * them: small structured files (templates, and later brand files and manifests) are read whole
 * as strict UTF-8; data files are streamed as UTF-8 with or without a byte-order mark, UTF-16
 * with a byte-order mark, or Windows-1252 when they turn out not to be UTF-8. Every problem is
 * an {@link InputException} naming the file as the user gave it.
 */
public final class TextFile {
    /** Bytes read to judge a data file's encoding. */
    private static final int HEAD_BYTES = 1 << 16;

    private TextFile() { }

    /**
     * What a file is, for its limits and messages.
     *
     * @param missing    the message when the file does not exist
     * @param unreadable the message when it cannot be read; {@code %s} is the system's reason
     * @param maxBytes   the largest file accepted
     * @param tooLarge   the message for a larger file; {@code %,d} the file's size, then {@code %,d} the limit
     *                   as given by {@code limitShown}
     * @param limitShown the limit as the message states it (for templates: characters, not bytes)
     * @param binary     the message for a file with NUL bytes; {@code %d} is the 1-based byte position
     */
    public record Kind(String missing, String unreadable, long maxBytes, String tooLarge, long limitShown, String binary) { }

    /** Reads a file whole, as strict UTF-8 (a UTF-8 byte-order mark is skipped). */
    public static String readUtf8(Path path, Kind kind, String notUtf8) throws InputException {
        String name = path.toString();
        byte[] bytes;
        try {
            checkSize(path, kind);
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputException.of(name, kind.missing());
        } catch (IOException e) {
            throw InputException.of(name, kind.unreadable(), e.getMessage());
        }
        return decodeUtf8(name, bytes, kind, notUtf8);
    }

    /**
     * Decodes {@code bytes} as strict UTF-8; {@code notUtf8} is the message for a byte that is
     * not, with {@code %02X} for the byte, reported on its line.
     */
    public static String decodeUtf8(String name, byte[] bytes, Kind kind, String notUtf8) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw InputException.of(name, kind.binary(), i + 1);
            }
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            strict(StandardCharsets.UTF_8).decode(in, CharBuffer.allocate(bytes.length), true);
            int at = Math.min(in.position(), bytes.length - 1);
            int line = 1;
            for (int i = start; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputException(new InputException.Problem(name, line, null,
                    String.format(notUtf8, bytes[at] & 0xff)));
        }
    }

    /** Reads the text of a stream; a parse that reads it through a {@link BufferedReader}. */
    public interface Parse<T> {
        /**
         * @param text         the decoded text, after any byte-order mark
         * @param encodingNote what the user should know about the encoding ("read as UTF-16"), or null
         */
        T parse(BufferedReader text, String encodingNote) throws InputException;
    }

    /**
     * Streams a data file through {@code parse}: UTF-8 (a byte-order mark is skipped), UTF-16
     * with a byte-order mark, and Windows-1252 when the text turns out not to be UTF-8, in which
     * case the file is parsed again from the start.
     */
    public static <T> T read(Path path, Kind kind, Parse<T> parse) throws InputException {
        String name = path.toString();
        Encoding encoding;
        try {
            checkSize(path, kind);
            byte[] head = new byte[HEAD_BYTES];
            int length;
            try (InputStream in = Files.newInputStream(path)) {
                length = in.readNBytes(head, 0, head.length);
            }
            encoding = sniff(name, head, length, kind);
        } catch (NoSuchFileException e) {
            throw InputException.of(name, kind.missing());
        } catch (IOException e) {
            throw InputException.of(name, kind.unreadable(), e.getMessage());
        }
        try {
            return readWith(path, kind, encoding, parse);
        } catch (MalformedTextException e) {
            if (encoding.skip() > 0) {
                throw InputException.of(name, "the file starts with a %s byte-order mark but is not valid %s",
                        encoding.charset().name(), encoding.charset().name());
            }
            try {
                return readWith(path, kind, new Encoding(Charset.forName("windows-1252"), 0,
                        name + ": not valid UTF-8, read as Windows-1252"), parse);
            } catch (MalformedTextException again) {
                throw InputException.of(name, "the file is not text: neither UTF-8 nor Windows-1252; save it as UTF-8");
            }
        }
    }

    /**
     * Thrown while reading when the text is not valid in the charset it is read with; {@link #read}
     * catches it and tries the next encoding. Parsers let it pass.
     */
    public static final class MalformedTextException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedTextException(Throwable cause) {
            super(cause);
        }
    }

    private record Encoding(Charset charset, int skip, String note) { }

    private static <T> T readWith(Path path, Kind kind, Encoding enc, Parse<T> parse) throws InputException {
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(enc.skip());
            Reader text = new StrictReader(new InputStreamReader(in, enc.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            return parse.parse(new BufferedReader(text, 1 << 16), enc.note());
        } catch (IOException e) {
            throw InputException.of(path.toString(), kind.unreadable(), e.getMessage());
        }
    }

    /** The encoding judged from the first bytes: a byte-order mark, or UTF-8. Rejects binary files. */
    private static Encoding sniff(String file, byte[] head, int length, Kind kind) throws InputException {
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3, null);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, file + ": read as UTF-16 (little-endian)");
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, file + ": read as UTF-16 (big-endian)");
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                throw InputException.of(file, kind.binary(), i + 1);
            }
        }
        return new Encoding(StandardCharsets.UTF_8, 0, null);
    }

    private static void checkSize(Path path, Kind kind) throws IOException, InputException {
        long size = Files.size(path);
        if (size > kind.maxBytes()) {
            throw InputException.of(path.toString(), kind.tooLarge(), size, kind.limitShown());
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Turns a decoding error into {@link MalformedTextException}, which parsers do not catch. */
    private static final class StrictReader extends Reader {
        private final Reader in;

        StrictReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            try {
                return in.read(buf, off, len);
            } catch (CharacterCodingException e) {
                throw new MalformedTextException(e);
            }
        }

        /** As the decoder says: a BufferedReader reads ahead while this is true, as it would from the decoder itself. */
        @Override
        public boolean ready() throws IOException {
            return in.ready();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
