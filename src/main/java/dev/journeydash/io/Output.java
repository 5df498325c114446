package dev.journeydash.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a renderer's bytes go: a file written atomically (a temporary file beside it, moved into
 * place when complete, so a failed or killed run leaves the previous file as it was), or a stream
 * the caller owns. Renderers write to an {@link OutputStream}; this class owns the atomic write,
 * shared by every command that writes a file.
 */
public sealed interface Output {
    /** Writes what {@code body} produces; {@link OutputException} when it cannot be written. */
    void write(AtomicFile.Body body) throws OutputException;

    /** The output's name in messages: the file as given, or "the stream". */
    String name();

    /** A file, written atomically. */
    static Output file(Path path) {
        return new FileOutput(path, () -> { });
    }

    /**
     * A file, written atomically, moved into place only when {@code ready} passes after the body
     * is written: a run that makes other files on other threads can keep this one back until they
     * are made too.
     */
    static Output file(Path path, Ready ready) {
        return new FileOutput(path, ready);
    }

    /** What must hold before a written file is moved into place. */
    @FunctionalInterface
    interface Ready {
        /** Returns when the file may be moved into place; throws to leave it unwritten. */
        void check() throws IOException;
    }

    /** A stream owned by the caller: written to and flushed, not closed. */
    static Output stream(OutputStream out) {
        return new StreamOutput(out);
    }

    /** The default workbook for a template: {@code output/<template file name without extension>.xlsx}. */
    static Path defaultWorkbook(Path template) {
        return defaultFile(template, ".xlsx");
    }

    /** The default output for a template: {@code output/<template file name without extension><extension>}. */
    static Path defaultFile(Path template, String extension) {
        String name = template.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Path.of("output", (dot > 0 ? name.substring(0, dot) : name) + extension);
    }

    /** True when {@code path} names an .xlsx file (case ignored). */
    static boolean isWorkbook(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A file written atomically, once {@code ready} passes. */
    record FileOutput(Path path, Ready ready) implements Output {
        public FileOutput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(ready, "ready");
        }

        @Override
        public void write(AtomicFile.Body body) throws OutputException {
            try {
                AtomicFile.write(path, out -> {
                    body.writeTo(out);
                    ready.check();
                });
            } catch (IOException e) {
                throw new OutputException(path.toString(), e);
            }
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** A caller's stream. */
    record StreamOutput(OutputStream out) implements Output {
        public StreamOutput {
            Objects.requireNonNull(out, "out");
        }

        @Override
        public void write(AtomicFile.Body body) throws OutputException {
            try {
                body.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw new OutputException(name(), e);
            }
        }

        @Override
        public String name() {
            return "the stream";
        }
    }
}
