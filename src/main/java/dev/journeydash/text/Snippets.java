package dev.journeydash.text;

import dev.journeydash.model.InputException;
import freemarker.template.SimpleHash;
import freemarker.template.Template;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Freemarker templates that a consultant supplies (titles, footers, notes, insight sentences, the
 * HTML report), rendered in a sandbox: over plain data only, with no access to Java objects or
 * classes ({@code ?new}, {@code ?api}, {@code ?eval}, {@code ?interpret} refused), HTML
 * auto-escaped, templates read from the brand folder and the built-in defaults only, and limits on
 * time, output length and nesting. Every problem is an {@link InputException} naming the template's
 * file, line and column.
 *
 * <p>A named template is looked up in the brand folder first, then among the built-in templates
 * ({@code dev/journeydash/text/} on the class path), so that a brand overrides a default by a file
 * of the same name. Numbers and dates format in the locale of the call: {@code ${n}} with the
 * default format {@value SandboxConfiguration#NUMBER_FORMAT} gives 1,234.5 in English and 1.234,5
 * in Indonesian and German; dates use the locale's medium style, in UTC.
 *
 * <p>One instance per brand folder; it is safe to use from several threads. Instances share
 * nothing, so no template parsed for one brand is seen by another.
 */
public final class Snippets {
    /** How long parsing and rendering one template may take, by default. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    /** Most characters of output of a {@link Format#TEXT} template. */
    public static final int MAX_TEXT_CHARS = 10_000;
    /** Most characters of output of a {@link Format#HTML} template. */
    public static final int MAX_HTML_CHARS = 1_000_000;
    /** Longest template, in characters for a snippet given as text, in bytes for a file. */
    public static final int MAX_TEMPLATE_CHARS = BrandTemplateLoader.MAX_BYTES;

    /** The output format: it decides escaping and the output limit. */
    public enum Format {
        /** Plain text (workbook titles, notes, insight sentences): no escaping, at most {@link #MAX_TEXT_CHARS}. */
        TEXT,
        /** HTML: every interpolated value is HTML-escaped, at most {@link #MAX_HTML_CHARS}. */
        HTML
    }

    private final Path folder;
    private final BrandTemplateLoader loader;
    private final SandboxConfiguration text;
    private final SandboxConfiguration html;
    private final Duration timeLimit;

    private Snippets(Path folder, BrandTemplateLoader loader, SandboxConfiguration text, SandboxConfiguration html,
                     Duration timeLimit) {
        this.folder = folder;
        this.loader = loader;
        this.text = text;
        this.html = html;
        this.timeLimit = timeLimit;
    }

    /** The built-in templates only. */
    public static Snippets builtIn() {
        try {
            return of(null);
        } catch (IOException e) {
            throw new IllegalStateException("no folder, nothing to read", e);
        }
    }

    /**
     * Templates of a brand folder, over the built-in ones.
     *
     * @param folder the brand folder; null for the built-in templates only
     * @throws InputException when the folder does not exist or is not a folder
     */
    public static Snippets forFolder(Path folder) throws InputException {
        if (folder != null && !Files.isDirectory(folder)) {
            throw InputException.of(folder.toString(), Files.exists(folder) ? "this is not a folder; the brand's "
                    + "templates are the files of a folder" : "the brand folder does not exist");
        }
        try {
            return of(folder);
        } catch (IOException e) {
            throw InputException.of(String.valueOf(folder), "cannot read the brand folder: %s", e.getMessage());
        }
    }

    private static Snippets of(Path folder) throws IOException {
        BrandTemplateLoader loader = new BrandTemplateLoader(folder);
        return new Snippets(folder, loader, new SandboxConfiguration(loader, false), new SandboxConfiguration(loader, true),
                TIME_LIMIT);
    }

    /** The same templates with another time limit (for tests, or a slow machine); must be positive. */
    public Snippets withTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + limit);
        }
        return new Snippets(folder, loader, text, html, limit);
    }

    /**
     * Renders a template of the brand folder or a built-in one.
     *
     * @param name   the template's file name relative to the folder, such as {@code title.ftl}
     * @param data   the data model: maps with string keys, lists, strings, numbers, booleans,
     *               {@code LocalDate}, {@code Instant}; a null value means "no value" (a template
     *               tests it with {@code ??} or gives a default with {@code !})
     * @param locale the locale for numbers, dates and text built-ins
     * @return the output
     * @throws InputException           when the template is missing, malformed, refused by the sandbox, fails,
     *                                  or exceeds a limit
     * @throws IllegalArgumentException naming the key path of a value in {@code data} that is not plain data
     */
    public String render(String name, Map<String, ?> data, Locale locale, Format format) throws InputException {
        Objects.requireNonNull(name, "name");
        SandboxConfiguration cfg = configuration(format);
        String mainFile = folder == null ? "built-in " + name : folder.resolve(name).toString();
        return run(mainFile, () -> cfg.getTemplate(name), data, locale, format);
    }

    /**
     * Renders a template given as text, such as a snippet from a brand file. It may include or import
     * templates of the brand folder and the built-in ones.
     *
     * @param label  how messages name the snippet, in place of a file name, e.g. {@code brand.yaml (title)};
     *               lines and columns in messages count from the start of {@code source} (1-based)
     * @param source the template text, at most {@link #MAX_TEMPLATE_CHARS} characters
     * @see #render(String, Map, Locale, Format)
     */
    public String renderSnippet(String label, String source, Map<String, ?> data, Locale locale, Format format)
            throws InputException {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        if (source.length() > MAX_TEMPLATE_CHARS) {
            throw InputException.of(label, "the snippet has %,d characters; at most %,d are allowed", source.length(),
                    MAX_TEMPLATE_CHARS);
        }
        SandboxConfiguration cfg = configuration(format);
        return run(label, () -> {
            Template t = new Template("snippet", label, new StringReader(source), cfg);
            cfg.prepareInline(t);
            return t;
        }, data, locale, format);
    }

    private SandboxConfiguration configuration(Format format) {
        return Objects.requireNonNull(format, "format") == Format.HTML ? html : text;
    }

    private String run(String mainFile, Callable<Template> template, Map<String, ?> data,
                       Locale locale, Format format) throws InputException {
        Objects.requireNonNull(locale, "locale");
        SimpleHash model = PlainData.toModel(Objects.requireNonNull(data, "data"));
        GuardedRender.Limits limits = new GuardedRender.Limits(timeLimit,
                format == Format.HTML ? MAX_HTML_CHARS : MAX_TEXT_CHARS);
        try {
            return GuardedRender.run(template, model, locale, limits);
        } catch (GuardedRender.Failure f) {
            throw new Problems(loader, mainFile, data, limits, format == Format.HTML ? "HTML" : "text").of(f);
        }
    }
}
