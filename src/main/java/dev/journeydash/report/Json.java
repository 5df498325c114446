package dev.journeydash.report;

import java.util.List;
import java.util.Map;

/**
 * Plain data (maps with text keys in their order, lists, text, numbers, booleans, null) written as
 * JSON, two spaces of indent, numbers in their shortest exact form ({@link Double#toString}
 * round-trips), NaN and infinities as null.
 */
final class Json {
    private final StringBuilder out = new StringBuilder(1 << 16);

    private Json() { }

    static String write(Object value) {
        Json j = new Json();
        j.value(value, 0);
        return j.out.append('\n').toString();
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean b) {
            out.append(b);
        } else if (v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Double d) {
            number(d);
        } else if (v instanceof double[] a) {
            inline(a);
        } else if (v instanceof Map<?, ?> m) {
            object(m, depth);
        } else if (v instanceof List<?> l) {
            array(l, depth);
        } else {
            throw new IllegalArgumentException("not plain data: a " + v.getClass().getName());
        }
    }

    private void number(double d) {
        if (!Double.isFinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(d);
        }
    }

    /** A row of numbers on one line. */
    private void inline(double[] a) {
        out.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            number(a[i]);
        }
        out.append(']');
    }

    private void object(Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(List<?> l, int depth) {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean simple = l.stream().allMatch(x -> x == null || x instanceof String || x instanceof Number
                || x instanceof Boolean);
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (simple) {
                out.append(i > 0 ? ", " : "");
            } else {
                out.append(i > 0 ? ",\n" : "\n");
                indent(depth + 1);
            }
            value(l.get(i), depth + 1);
        }
        if (!simple) {
            out.append('\n');
            indent(depth);
        }
        out.append(']');
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // control characters, and < > & so that the JSON can sit inside an HTML script element
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
