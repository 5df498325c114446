package dev.journeydash.labels;

import dev.journeydash.model.Period;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language, by key: read from {@code messages.properties} (English) or
 * {@code messages_<code>.properties} in this package's resource folder, as UTF-8. Every bundle
 * has every key (LabelsTest); a key a bundle lacks is an {@link IllegalStateException}, never
 * English in its place. Immutable and shared: {@link #of} caches one instance per language.
 */
public final class Labels {
    /** The supported language codes, English first. */
    public static final List<String> SUPPORTED = List.of("en", "id", "de", "fr", "es", "pt-BR");

    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    private final String code;
    private final Locale locale;
    private final Map<String, String> words;

    private Labels(String code, Map<String, String> words) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
        this.words = Collections.unmodifiableMap(words);
    }

    /** English, the default. */
    public static Labels english() {
        return of("en");
    }

    /**
     * The labels of language {@code code} (one of {@link #SUPPORTED}, case-insensitive, "pt_BR"
     * as well as "pt-BR"); null means English.
     *
     * @throws IllegalArgumentException for a code not supported, naming the supported ones
     */
    public static Labels of(String code) {
        String c = normalise(code);
        return CACHE.computeIfAbsent(c, k -> new Labels(k, read(bundleName(k))));
    }

    /** The supported code {@code code} names ("pt_br" is "pt-BR"); null is "en". */
    public static String normalise(String code) {
        if (code == null) {
            return "en";
        }
        String want = code.strip().replace('_', '-');
        for (String s : SUPPORTED) {
            if (s.equalsIgnoreCase(want)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + code + "\"; supported: " + String.join(", ", SUPPORTED));
    }

    /** The resource name of a language's bundle: "messages.properties", "messages_pt_BR.properties". */
    public static String bundleName(String code) {
        return code.equals("en") ? "messages.properties" : "messages_" + code.replace('-', '_') + ".properties";
    }

    /** The bundle {@code resource} of this package as read, in file order (for tests and tools). */
    public static Map<String, String> read(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + resource + " in dev/journeydash/labels");
            }
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    out.put((String) key, (String) value);
                    return super.put(key, value);
                }
            };
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The language code, one of {@link #SUPPORTED}. */
    public String code() {
        return code;
    }

    /** The language's locale ("id", "pt-BR"). */
    public Locale locale() {
        return locale;
    }

    /** Every key of this bundle, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(words.keySet());
    }

    /** The text of {@code key}, as written in the bundle (no placeholders filled). */
    public String get(String key) {
        String s = words.get(Objects.requireNonNull(key, "key"));
        if (s == null) {
            throw new IllegalStateException("bundle " + bundleName(code) + " has no key " + key);
        }
        return s;
    }

    /** The text of {@code key} with its {0}, {1}... placeholders filled, MessageFormat-style, in this language. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * The Excel locale prefix of date number formats, "[$-421]" for Indonesian: Excel and
     * LibreOffice then show month names in this language whatever the machine's locale; "" for English.
     */
    public String dateLocale() {
        String lcid = get("format.lcid");
        return lcid.isEmpty() ? "" : "[$-" + lcid + "]";
    }

    /** The short name of month {@code month} (1..12): "Jan", "Agu". */
    public String month(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, not " + month);
        }
        return get("month.short." + month);
    }

    /** A period's short label in this language: {@code Agu 2025} for a month, otherwise as {@link Period#label()}. */
    public String period(Period p) {
        return switch (p.granularity()) {
            case MONTH -> month(p.start().getMonthValue()) + " " + p.start().getYear();
            default -> p.label();
        };
    }

    /**
     * The texts of the keys that start with {@code prefix}, by key, as shown: a pattern's {0}
     * placeholders kept, its '' written as one apostrophe (for templates that fill them by replacing).
     */
    public Map<String, String> texts(String prefix) {
        Map<String, String> out = new java.util.TreeMap<>();
        words.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v.contains("{0}") ? v.replace("''", "'") : v);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return "Labels[" + code + "]";
    }
}
