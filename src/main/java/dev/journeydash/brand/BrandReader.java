package dev.journeydash.brand;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.Brand;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Logo;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.journeydash.io.YamlFields.describe;
import static dev.journeydash.io.YamlFields.sorted;

/** Maps a brand file's YAML tree to a {@link Brand}, collecting every problem in {@code fields}. */
final class BrandReader {
    /** Longest client name, page text or path accepted. */
    static final int TEXT_LIMIT = 200;
    /** Longest page header or footer text: Excel allows 255 characters for a whole header, our own parts included. */
    static final int PAGE_TEXT_LIMIT = 100;
    /** Excel's limit on a font name. */
    static final int FONT_LIMIT = 31;

    static final Set<String> KEYS = Set.of("client", "logo", "colours", "colors", "fonts", "header", "footer", "currency",
            "currency_position", "lang");
    static final Set<String> COLOUR_KEYS = Set.of("primary", "accent", "background", "good", "warn", "bad");
    static final Set<String> FONT_KEYS = Set.of("heading", "body");

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** Font names go into XML and CSS: letters, digits, spaces and a few marks only. */
    private static final Pattern FONT = Pattern.compile("[\\p{L}\\p{N} ._-]+");
    /** Currency symbols go into number formats between quotes: no quotes, backslashes or digits. */
    private static final Pattern CURRENCY = Pattern.compile("[^\"\\\\\\p{N}\\p{Cntrl}]{1,5}");

    private final YamlFields fields;
    private final Path folder;

    BrandReader(YamlFields fields, Path folder) {
        this.fields = fields;
        this.folder = folder;
    }

    /** The brand, or null when a problem was found (the problems are in {@code fields}). */
    Brand brand(Value root) {
        if (!(root instanceof Map2 map)) {
            fields.problem(root.line(), "", "the brand file must be a mapping with keys " + sorted(KEYS));
            return null;
        }
        fields.unknownKeys(map, KEYS, "");
        Brand d = Brand.DEFAULT;
        String client = fields.text(map, "client", "", "");
        Logo logo = logo(map);
        Map2 colours = colours(map);
        String primary = colour(colours, "primary", d.primary());
        String accent = colour(colours, "accent", d.accent());
        String background = colour(colours, "background", d.background());
        String good = colour(colours, "good", d.good());
        String warn = colour(colours, "warn", d.warn());
        String bad = colour(colours, "bad", d.bad());
        Map2 fonts = section(map, "fonts", FONT_KEYS);
        String heading = font(fonts, "heading", d.headingFont());
        String body = font(fonts, "body", d.bodyFont());
        String header = pageText(map, "header");
        String footer = pageText(map, "footer");
        String currency = currency(map);
        Brand.CurrencyPosition position = fields.choice(map, "currency_position", Brand.CurrencyPosition.class,
                d.currencyPosition(), "");
        String lang = fields.text(map, "lang", "", "");
        if (fields.hasProblems()) {
            return null;
        }
        return new Brand(client, logo, primary, accent, background, good, warn, bad, heading, body, header, footer, currency,
                position, lang.isEmpty() ? null : lang, folder);
    }

    private Logo logo(Map2 map) {
        String name = fields.text(map, "logo", "", "");
        if (name.isEmpty()) {
            return null;
        }
        int line = YamlFields.lineOf(map, "logo");
        Path path;
        try {
            path = folder.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            fields.problem(line, "", "\"logo\" must be the path of a PNG or JPEG file, not " + InputException.quoted(name));
            return null;
        }
        return LogoReader.read(path, name, line, fields);
    }

    /** The colours mapping, written {@code colours:} or {@code colors:}; an empty one when absent. */
    private Map2 colours(Map2 map) {
        if (map.entries().containsKey("colours") && map.entries().containsKey("colors")) {
            fields.problem(YamlFields.lineOf(map, "colors"), "", "\"colours\" and \"colors\" are the same key: keep one");
        }
        return section(map, map.entries().containsKey("colors") ? "colors" : "colours", COLOUR_KEYS);
    }

    /** The mapping under {@code key} with its unknown keys reported; an empty one when absent or not a mapping. */
    private Map2 section(Map2 map, String key, Set<String> known) {
        Value v = map.entries().get(key);
        if (v == null) {
            return new Map2(java.util.Map.of(), java.util.Map.of(), map.line());
        }
        if (!(v instanceof Map2 m)) {
            fields.problem(v.line(), "", "\"" + key + "\" must be a mapping with keys " + sorted(known) + ", not "
                    + describe(v));
            return new Map2(java.util.Map.of(), java.util.Map.of(), v.line());
        }
        fields.unknownKeys(m, known, key + ": ");
        return m;
    }

    /** A colour written {@code "#RRGGBB"}, as six upper-case hex digits; {@code fallback} when absent. */
    private String colour(Map2 colours, String key, String fallback) {
        Value v = colours.entries().get(key);
        if (v == null) {
            return fallback;
        }
        String ctx = "colours: ";
        if (v instanceof Scalar s && s.text().isBlank()) {
            fields.problem(v.line(), ctx, "\"" + key + "\" is empty: write the colour in quotes, " + key
                    + ": \"#1F3A5F\" (an unquoted # starts a YAML comment)");
        } else if (v instanceof Scalar s && COLOUR.matcher(s.text().strip()).matches()) {
            return s.text().strip().substring(1).toUpperCase(Locale.ROOT);
        } else {
            fields.problem(v.line(), ctx, "\"" + key + "\" must be a colour written \"#RRGGBB\" (six hex digits, e.g. "
                    + "\"#1F3A5F\"), not " + describe(v));
        }
        return fallback;
    }

    private String font(Map2 fonts, String key, String fallback) {
        String name = fields.text(fonts, key, fallback, "fonts: ");
        if (name.length() > FONT_LIMIT || !FONT.matcher(name).matches()) {
            fields.problem(YamlFields.lineOf(fonts, key), "fonts: ", "\"" + key + "\" must be a font name of letters, "
                    + "digits, spaces, \".\", \"_\" and \"-\", at most " + FONT_LIMIT + " characters (Excel's limit), not "
                    + InputException.quoted(name));
            return fallback;
        }
        return name;
    }

    /** A page header or footer text: one line, at most {@link #PAGE_TEXT_LIMIT} characters. */
    private String pageText(Map2 map, String key) {
        String text = fields.text(map, key, "", "");
        int line = YamlFields.lineOf(map, key);
        if (text.contains("\n") || text.contains("\r")) {
            fields.problem(line, "", "\"" + key + "\" must be one line of text");
            return "";
        }
        return fields.tooLong(text, PAGE_TEXT_LIMIT, line, "", "\"" + key + "\"") ? "" : text;
    }

    private String currency(Map2 map) {
        String symbol = fields.text(map, "currency", "", "");
        if (symbol.isEmpty()) {
            return null;
        }
        if (!CURRENCY.matcher(symbol).matches()) {
            fields.problem(YamlFields.lineOf(map, "currency"), "", "\"currency\" must be a symbol of 1 to 5 characters "
                    + "without digits, quotes or backslashes (e.g. \"$\", \"€\", \"Rp\"), not " + InputException.quoted(symbol));
            return null;
        }
        return symbol;
    }
}
