package dev.journeydash.io;

import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.InputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads typed fields (text, lists of names, numbers, choices) from a {@link YamlNodes} tree and
 * collects every problem with its line instead of stopping at the first, so that a user sees all
 * of a file's mistakes in one run. Each problem's message starts with a context such as
 * {@code stage "purchase": KPI "conversion_rate": }, given by the caller.
 */
public final class YamlFields {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String file;
    private final int textLimit;
    private final List<InputException.Problem> problems = new ArrayList<>();

    /**
     * @param file      the file name as the user gave it, for messages
     * @param textLimit the longest text accepted by {@link #text}, in characters
     */
    public YamlFields(String file, int textLimit) {
        this.file = file;
        this.textLimit = textLimit;
    }

    /** The file name as the user gave it, as messages name it. */
    public String file() {
        return file;
    }

    /** The problems found so far, in the order found (at most {@link InputException#MAX_PROBLEMS}). */
    public List<InputException.Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws the problems found, if any. */
    public void throwIfAny() throws InputException {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Records a problem on {@code line} (1-based; 0 for none): {@code ctx + message}. */
    public void problem(int line, String ctx, String message) {
        if (problems.size() < InputException.MAX_PROBLEMS) {
            problems.add(new InputException.Problem(file, line, null, ctx + message));
        }
    }

    /** Reports every key of {@code map} that is not in {@code known}. */
    public void unknownKeys(Map2 map, Set<String> known, String ctx) {
        for (String key : map.entries().keySet()) {
            if (!known.contains(key)) {
                problem(map.keyLines().get(key), ctx, "unknown key \"" + key + "\"; expected one of " + sorted(known));
            }
        }
    }

    /**
     * The text of {@code key}, stripped; {@code fallback} when absent or empty. A null fallback
     * makes the key required: absent or empty is a problem, and null is returned.
     */
    public String text(Map2 map, String key, String fallback, String ctx) {
        Value v = map.entries().get(key);
        if (v == null) {
            if (fallback == null) {
                problem(map.line(), ctx, "\"" + key + "\" is missing");
            }
            return fallback;
        }
        if (!(v instanceof Scalar s)) {
            problem(v.line(), ctx, "\"" + key + "\" must be text, not a list or mapping");
            return fallback;
        }
        String t = s.text().strip();
        if (t.isEmpty() && fallback == null) {
            problem(v.line(), ctx, "\"" + key + "\" is empty");
            return null;
        }
        if (tooLong(t, textLimit, v.line(), ctx, "\"" + key + "\"")) {
            return fallback;
        }
        return t.isEmpty() ? fallback : t;
    }

    /** A list of names: a YAML list, or one scalar of comma-separated names; empty when absent. */
    public List<String> textList(Map2 map, String key, String ctx) {
        return textList(map, key, ctx, true, Integer.MAX_VALUE, textLimit, "names");
    }

    /**
     * A list of sentences (commas are theirs, so a scalar is not split): a YAML list of non-empty
     * texts, at most {@code maxEntries} of at most {@code maxLength} characters each; empty when
     * absent or empty.
     */
    public List<String> sentenceList(Map2 map, String key, String ctx, int maxEntries, int maxLength) {
        return textList(map, key, ctx, false, maxEntries, maxLength, "texts");
    }

    private List<String> textList(Map2 map, String key, String ctx, boolean commas, int maxEntries, int maxLength,
                                  String what) {
        Value v = map.entries().get(key);
        List<String> out = new ArrayList<>();
        String entry = "an entry of \"" + key + "\"";
        if (v == null || v instanceof Scalar s && s.text().isBlank()) {
            return out;
        }
        if (v instanceof Scalar s && commas) {
            Arrays.stream(s.text().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .filter(t -> !tooLong(t, maxLength, v.line(), ctx, entry)).forEach(out::add);
        } else if (v instanceof Seq seq) {
            if (seq.items().size() > maxEntries) {
                problem(lineOf(map, key), ctx, "\"" + key + "\" has " + seq.items().size() + " entries; the limit is " + maxEntries);
                return out;
            }
            for (Value item : seq.items()) {
                if (item instanceof Scalar s && !s.text().isBlank()) {
                    if (!tooLong(s.text().strip(), maxLength, item.line(), ctx, entry)) {
                        out.add(s.text().strip());
                    }
                } else if (item instanceof Scalar) {
                    problem(item.line(), ctx, entry + " is empty");
                } else if (item instanceof Map2) {
                    problem(item.line(), ctx, entry + " reads as a mapping: put a text with \": \" in it in quotes");
                } else {
                    problem(item.line(), ctx, "\"" + key + "\" must be a list of " + what + ", not of lists");
                }
            }
        } else {
            problem(v.line(), ctx, "\"" + key + "\" must be a list of " + what
                    + (commas ? "" : ", one per line starting with \"- \""));
        }
        return out;
    }

    /** The number of a key that must be there; null (and a problem) when absent or not a number. */
    public Double requiredNumber(Map2 map, String key, String ctx) {
        if (!map.entries().containsKey(key)) {
            problem(map.line(), ctx, "\"" + key + "\" is missing: give a number");
            return null;
        }
        double d = number(map, key, Double.NaN, ctx);
        return Double.isNaN(d) ? null : d;
    }

    /**
     * The number of {@code key} ({@code 0.5}, {@code 1_000}, {@code 12.5%} = 0.125);
     * {@code fallback} when absent; NaN (and a problem) when it is not a finite number.
     */
    public double number(Map2 map, String key, double fallback, String ctx) {
        Value v = map.entries().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Scalar s) {
            String t = s.text().strip().replace("_", "");
            boolean percent = t.endsWith("%");
            if (percent) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (DECIMAL.matcher(t).matches()) {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d)) {
                    return percent ? d / 100 : d;
                }
            }
        }
        problem(v.line(), ctx, "\"" + key + "\" must be a number, not " + describe(v));
        return Double.NaN;
    }

    /** The enum constant named by {@code key} (case ignored); {@code fallback} when absent or wrong. */
    public <E extends Enum<E>> E choice(Map2 map, String key, Class<E> type, E fallback, String ctx) {
        Value v = map.entries().get(key);
        if (v == null) {
            return fallback;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (v instanceof Scalar s) {
            for (E c : type.getEnumConstants()) {
                if (c.name().equalsIgnoreCase(s.text().strip())) {
                    return c;
                }
            }
        }
        problem(v.line(), ctx, "\"" + key + "\" must be one of " + allowed + ", not " + describe(v));
        return fallback;
    }

    /** Reports {@code what} (e.g. "the label") on {@code line} if {@code text} is over {@code limit} characters. */
    public boolean tooLong(String text, int limit, int line, String ctx, String what) {
        if (text.length() <= limit) {
            return false;
        }
        problem(line, ctx, what + " is " + String.format("%,d", text.length()) + " characters long; the limit is " + limit);
        return true;
    }

    /** The line of {@code key} in {@code map}, or the map's own line when the key is absent. */
    public static int lineOf(Map2 map, String key) {
        Integer l = map.keyLines().get(key);
        return l == null ? map.line() : l;
    }

    /** The value of {@code key} as messages quote it, or "the default" when absent. */
    public static String scalar(Map2 map, String key) {
        Value v = map.entries().get(key);
        return v == null ? "the default" : describe(v);
    }

    /** A value as messages quote it: scalars in quotes, cut short when long; "a list", "a mapping". */
    public static String describe(Value v) {
        if (!(v instanceof Scalar s)) {
            return v instanceof Seq ? "a list" : "a mapping";
        }
        return InputException.quoted(s.text());
    }

    /** The keys in alphabetical order, comma-separated. */
    public static String sorted(Set<String> keys) {
        return keys.stream().sorted().collect(Collectors.joining(", "));
    }
}
