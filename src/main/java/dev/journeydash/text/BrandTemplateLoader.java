package dev.journeydash.text;

import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds templates in the brand folder, then among the built-in templates on the class path
 * ({@code dev/journeydash/text/}), and nowhere else: a name that leaves the folder, by {@code ..},
 * an absolute path, a drive or scheme, or a symbolic link whose target is outside the folder, is
 * refused. Each file is read once, as UTF-8, with a size limit; the text is what Freemarker parses.
 */
final class BrandTemplateLoader implements TemplateLoader {
    /** Largest template file, in bytes. */
    static final int MAX_BYTES = 256 * 1024;
    static final String BUILT_IN = "dev/journeydash/text/";

    /** A name as Freemarker passes it after normalising: relative segments, no "..", no backslash. */
    private static final Pattern SAFE_NAME = Pattern.compile("[^/\\\\:\\x00]+(/[^/\\\\:\\x00]+)*");

    private final Path folder;
    private final Path realFolder;
    private final Map<String, String> displayNames = new ConcurrentHashMap<>();

    /** A template found: its name, the file as messages name it, and its text. */
    record Source(String name, String display, String text) { }

    /**
     * @param folder the brand folder; null for built-in templates only
     * @throws IOException when the folder cannot be resolved to a real path
     */
    BrandTemplateLoader(Path folder) throws IOException {
        this.folder = folder;
        this.realFolder = folder == null ? null : folder.toRealPath();
    }

    /** The file name that messages use for a template source name (the name itself when not loaded here). */
    String display(String sourceName) {
        return sourceName == null ? "template" : displayNames.getOrDefault(sourceName, sourceName);
    }

    /** How messages name the place templates come from. */
    String where() {
        return folder == null ? "among the built-in templates" : "in the brand folder " + folder
                + " or among the built-in templates";
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        if (!safe(name)) {
            throw new TemplateFileException(name, "\"" + name + "\" is not a template name in the brand folder; "
                    + "a template can only include or import templates from its own folder");
        }
        Source found = realFolder == null ? null : fromFolder(name);
        if (found == null) {
            found = fromClassPath(name);
        }
        if (found != null) {
            displayNames.put(name, found.display());
        }
        return found;
    }

    private static boolean safe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private Source fromFolder(String name) throws IOException {
        Path file = realFolder.resolve(name);
        if (!Files.exists(file)) {
            return null;
        }
        String display = folder.resolve(name).toString();
        Path real = file.toRealPath();
        if (!real.startsWith(realFolder)) {
            throw new TemplateFileException(display, "\"" + name + "\" leads outside the brand folder (a symbolic "
                    + "link); a template can only include or import templates from its own folder");
        }
        if (!Files.isRegularFile(real)) {
            throw new TemplateFileException(display, "\"" + name + "\" is not a file");
        }
        if (Files.size(real) > MAX_BYTES) {
            throw new TemplateFileException(display, tooLarge(Files.size(real)));
        }
        return new Source(name, display, decode(display, Files.readAllBytes(real)));
    }

    private static Source fromClassPath(String name) throws IOException {
        try (InputStream in = BrandTemplateLoader.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                return null;
            }
            String display = "built-in " + name;
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TemplateFileException(display, tooLarge(bytes.length));
            }
            return new Source(name, display, decode(display, bytes));
        }
    }

    private static String tooLarge(long bytes) {
        return String.format("the template has %,d bytes; at most %,d are allowed", bytes, MAX_BYTES);
    }

    /** UTF-8 text without a byte-order mark; NUL bytes and invalid UTF-8 are refused. */
    static String decode(String display, byte[] bytes) throws TemplateFileException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new TemplateFileException(display, "this is a binary file (it contains NUL bytes), not a template");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new TemplateFileException(display, "the template is not UTF-8 text; save it as UTF-8");
        }
    }

    @Override
    public long getLastModified(Object templateSource) {
        return 0;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
        return new StringReader(((Source) templateSource).text());
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing open: the text was read when the template was found
    }

    /** A template file that cannot be used, with the reason in plain words. */
    static final class TemplateFileException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String display;

        TemplateFileException(String display, String message) {
            super(message);
            this.display = display;
        }

        String display() {
            return display;
        }
    }
}
