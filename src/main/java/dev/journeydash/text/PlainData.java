package dev.journeydash.text;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.SimpleDate;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The data model a template sees, checked and copied into Freemarker's own simple models before
 * rendering: maps with text keys, lists, text, numbers, booleans, dates and nulls, nothing else.
 * A Java object of any other class never reaches Freemarker, so no template can call its methods.
 */
final class PlainData {
    /** Deepest nesting of maps and lists accepted (the root map is depth 1). */
    static final int MAX_DEPTH = 32;
    /** Largest magnitude of a BigDecimal or BigInteger, in decimal digits before the point. */
    static final int MAX_DIGITS = 100;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String ALLOWED = "allowed: maps with text keys, lists, text, numbers, booleans, "
            + "LocalDate, Instant, Markup and null";

    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private PlainData() { }

    /**
     * The data as a Freemarker hash, keys in the map's iteration order.
     *
     * @throws IllegalArgumentException naming the key path (e.g. {@code journey.stages[2].owner}) of the first value
     *                                  that is not plain data, a key that is not text, a cycle or too deep a nesting
     */
    static SimpleHash toModel(Map<String, ?> data) {
        return new PlainData().hash(data, "", 1);
    }

    /** One value that Freemarker asks to wrap while rendering; null when it is not plain data. */
    static TemplateModel scalar(Object value) {
        if (value instanceof String s) {
            return new SimpleScalar(s);
        } else if (value instanceof Boolean b) {
            return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Float || value instanceof Short || value instanceof Byte) {
            return new SimpleNumber((Number) value);
        } else if (value instanceof BigDecimal d) {
            return d.precision() - d.scale() <= MAX_DIGITS && d.scale() <= MAX_DIGITS ? new SimpleNumber(d) : null;
        } else if (value instanceof BigInteger i) {
            return i.abs().toString().length() <= MAX_DIGITS ? new SimpleNumber(i) : null;
        } else if (value instanceof LocalDate d) {
            return new SimpleDate(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()), TemplateDateModel.DATE);
        } else if (value instanceof Instant i) {
            return new SimpleDate(Date.from(i), TemplateDateModel.DATETIME);
        } else if (value instanceof Markup m) {
            try {
                return HTMLOutputFormat.INSTANCE.fromMarkup(m.html());
            } catch (freemarker.template.TemplateModelException e) {
                throw new IllegalStateException("Freemarker's HTML format refused markup", e);
            }
        }
        return null;
    }

    private SimpleHash hash(Map<?, ?> map, String path, int depth) {
        enter(map, path, depth);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("data " + where(path) + "has a key that is not text: "
                        + describe(e.getKey()) + "; map keys must be strings");
            }
            out.put(key, value(e.getValue(), child(path, key), depth));
        }
        open.remove(map);
        return new SimpleHash(out, PlainWrapper.INSTANCE, 0);
    }

    private SimpleSequence list(List<?> list, String path, int depth) {
        enter(list, path, depth);
        SimpleSequence out = new SimpleSequence(list.size(), PlainWrapper.INSTANCE);
        for (int i = 0; i < list.size(); i++) {
            out.add(value(list.get(i), path + "[" + i + "]", depth));
        }
        open.remove(list);
        return out;
    }

    private TemplateModel value(Object value, String path, int depth) {
        if (value == null) {
            return null;
        } else if (value instanceof Map<?, ?> m) {
            return hash(m, path, depth + 1);
        } else if (value instanceof List<?> l) {
            return list(l, path, depth + 1);
        }
        TemplateModel model = scalar(value);
        if (model == null) {
            boolean big = value instanceof BigDecimal || value instanceof BigInteger;
            throw new IllegalArgumentException("data \"" + path + "\" is " + describe(value)
                    + (big ? " with more than " + MAX_DIGITS + " digits" : ", not plain data") + " (" + ALLOWED + ")");
        }
        return model;
    }

    private void enter(Object container, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("data " + where(path) + "is nested more than " + MAX_DEPTH + " levels deep");
        }
        if (!open.add(container)) {
            throw new IllegalArgumentException("data \"" + path + "\" contains itself (a cycle)");
        }
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : "\"" + path + "\" ";
    }

    private static String child(String path, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static String describe(Object value) {
        return "a " + value.getClass().getName();
    }
}
