package dev.journeydash.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One edit of a YAML template's text: lines deleted, moved or re-indented, scalars replaced by
 * junk, anchors and aliases, tags, deep nesting, huge numbers. Positions are taken modulo the
 * text's current size, as in {@link CsvMutation}.
 */
record YamlMutation(Op op, int a, int b, String junk) {
    enum Op {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INDENT, DEDENT, TAB_INDENT, REPLACE_SCALAR, REPLACE_KEY, INSERT_TEXT,
        TRUNCATE, ANCHOR_ALIAS, ALIAS_BOMB, MERGE_KEY, TAG, DEEP_FLOW_NESTING, DEEP_BLOCK_NESTING, HUGE_NUMBER,
        DOCUMENT_MARKER, FLOW_STYLE, COMMENT_OUT, DUPLICATE_KEY, REPLACE_FORMULA, LONG_SCALAR
    }

    static final List<String> SCALARS = List.of("", "~", "null", "[]", "{}", "[a, b]", "{a: b}", "- x", "\"\"", "''",
            "'", "\"unclosed", "'''", "|", ">", "|-\n  text", "&a", "*a", "*undefined", "yes", "no", "on", "off", "true",
            "0", "-0", "0.0", "-1", "1e999", "-1e999", "1e308", "4.9e-324", "1e-400", ".nan", ".NaN", ".inf", "-.inf",
            "NaN", "Infinity", "0x10", "0o17", "0b101", "1_000", "1,5", "12%", "150%", "-5%", "%", "99999999999999999999999999",
            "1000.0000001", "1000", "1001", "0.9999999999", "1", "2024-01-01", "12:30:00", "!!binary aGVsbG8=", "é", "\u0000",
            "\uFEFF", "\t", "# comment", ": :", "- - -", "?", "? complex key", "=HYPERLINK(\"http://x\",\"click\")",
            "month", "MONTH", "day", "week", "quarter", "year", "higher", "lower", "Higher", "percent", "currency",
            "duration", "average", "last", "sum", "visitors", "orders / visitors", "x".repeat(501), "\"\\ud800\"",
            "\"\\x00\"", "\"\\u2028\"", "\"\\N\"", "'it''s'", "\"a\\\"b\"");

    static final List<String> TAGS = List.of("!!java.lang.Object", "!!javax.script.ScriptEngineManager", "!!binary",
            "!!set", "!!omap", "!!pairs", "!!int", "!!float", "!!str", "!!bool", "!!null", "!!timestamp", "!!map", "!!seq",
            "!custom", "!<tag:yaml.org,2002:str>", "!<tag:example.com:x>", "!!python/object:os.system", "!", "!!merge");

    static final List<String> FORMULAS = List.of("", "(", ")", "((visitors)", "visitors)", "visitors +", "* visitors",
            "1/0", "0/0", "visitors / 0", "1e999", "1e999 * visitors", "-1e999", "1e308 * 1e308", "1e", "1e+", ".", "..5",
            "1.2.3", "visitors..orders", "prev()", "prev(prev(prev(visitors)))", "prev(1)", "round(visitors)",
            "round(visitors, 1e10)", "round(visitors, -1e10)", "round(visitors, 2147483648)", "round(visitors, 400)",
            "round(visitors, -400)", "round(1e308, -400)", "if(visitors, 1)", "if(visitors > 1, 1, 0)", "min()", "max(visitors)",
            "abs(visitors, orders)", "unknown(visitors)", "visitors ^ 2", "visitors % 2", "visitors = orders = revenue",
            "visitors <> orders", "visitors >= ", "<= 1", "Visitors", "VISITORS", "vísitors", "visitors_", "_visitors",
            "conversion_rate", "conversion_rate / conversion_rate", "unique_visitors * 2", "nps + churn_rate",
            "(".repeat(300) + "visitors" + ")".repeat(300), "-".repeat(400) + "visitors", "visitors" + "+visitors".repeat(60),
            "prev(".repeat(50) + "visitors" + ")".repeat(50), "if(".repeat(40) + "1" + ",1,1)".repeat(40),
            "min(" + "visitors,".repeat(200) + "orders)", "１２", "\u00a0visitors", "visitors\u0000", "\"visitors\"",
            "'orders'", "=SUM(A1)", "visitors; orders", "visitors # comment");

    static Arbitrary<YamlMutation> any() {
        Arbitrary<String> junk = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(SCALARS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(FORMULAS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(20)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("-:[]{}&*!|>'\"#%@`, \n\t?0123456789abcdez.".toCharArray())
                        .ofMaxLength(20)));
        return Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 1 << 20), junk).as(YamlMutation::new);
    }

    static Arbitrary<List<YamlMutation>> sequences() {
        return any().list().ofMinSize(1).ofMaxSize(5);
    }

    static String applyAll(String text, List<YamlMutation> mutations) {
        String t = text;
        for (YamlMutation m : mutations) {
            t = m.apply(t);
        }
        return t;
    }

    String apply(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        int line = a % n;
        int other = b % n;
        String l = lines.get(line);
        int pos = a % (text.length() + 1);
        switch (op) {
            case DELETE_LINE:
                lines.remove(line);
                break;
            case DUPLICATE_LINE:
            case DUPLICATE_KEY:
                lines.add(op == Op.DUPLICATE_KEY ? line : other, l);
                break;
            case SWAP_LINES:
                lines.set(line, lines.get(other));
                lines.set(other, l);
                break;
            case INDENT:
                lines.set(line, " ".repeat(1 + b % 9) + l);
                break;
            case DEDENT:
                lines.set(line, l.substring(Math.min(l.length() - l.stripLeading().length(), 1 + b % 8)));
                break;
            case TAB_INDENT:
                lines.set(line, "\t" + l);
                break;
            case REPLACE_SCALAR:
                lines.set(line, replaceValue(l, junk.isEmpty() ? Junk.pick(SCALARS, b) : junk));
                break;
            case REPLACE_KEY: {
                int colon = l.indexOf(':');
                if (colon > 0) {
                    String indent = l.substring(0, l.length() - l.stripLeading().length());
                    String dash = l.stripLeading().startsWith("- ") ? "- " : "";
                    lines.set(line, indent + dash + junk.replace("\n", "") + l.substring(colon));
                }
                break;
            }
            case INSERT_TEXT:
                return text.substring(0, pos) + junk + text.substring(pos);
            case TRUNCATE:
                return text.substring(0, pos);
            case ANCHOR_ALIAS: {
                String anchored = replaceValue(l, "&a " + value(l));
                lines.set(line, anchored);
                int target = other == line ? (other + 1) % n : other;
                lines.set(target, replaceValue(lines.get(target), "*a"));
                break;
            }
            case ALIAS_BOMB: {
                int width = 2 + b % 9;
                int levels = 2 + a % 8;
                StringBuilder sb = new StringBuilder("x0: &x0 [" + "lol, ".repeat(width - 1) + "lol]\n");
                for (int i = 1; i < levels; i++) {
                    sb.append("x").append(i).append(": &x").append(i).append(" [");
                    for (int j = 0; j < width; j++) {
                        sb.append(j > 0 ? ", " : "").append("*x").append(i - 1);
                    }
                    sb.append("]\n");
                }
                return (b % 2 == 0 ? sb + text : text + "\n" + sb);
            }
            case MERGE_KEY:
                lines.set(line, replaceValue(l, "&m " + value(l)));
                lines.add(other, indentOf(lines.get(other)) + "<<: *m");
                break;
            case TAG:
                lines.set(line, replaceValue(l, Junk.pick(TAGS, b) + " " + value(l)));
                break;
            case DEEP_FLOW_NESTING: {
                // deep nesting overflows the YAML parser's stack, which is slow: mostly shallow, now and then deep
                int depth = b % 10 == 0 ? 1 + b % 20_000 : 1 + b % 200;
                String open = a % 2 == 0 ? "[" : "{a: ";
                String close = a % 2 == 0 ? "]" : "}";
                lines.set(line, replaceValue(l, open.repeat(depth) + "x" + close.repeat(depth)));
                break;
            }
            case DEEP_BLOCK_NESTING: {
                int depth = 1 + b % 300;
                StringBuilder sb = new StringBuilder();
                String indent = indentOf(l);
                for (int i = 0; i < depth; i++) {
                    sb.append(indent).append("  ".repeat(i)).append(a % 2 == 0 ? "k: " : "- ").append(a % 2 == 0 ? "\n" : "\n");
                }
                sb.append(indent).append("  ".repeat(depth)).append("leaf");
                lines.set(line, replaceValue(l, "") + "\n" + sb);
                break;
            }
            case HUGE_NUMBER:
                lines.set(line, replaceValue(l, Junk.pick(List.of("1e308", "1e309", "-1e309", "1" + "0".repeat(400),
                        "0." + "0".repeat(400) + "1", "9".repeat(5000), "1e-324", "2147483648", "9223372036854775808",
                        "1.7976931348623157e308", "-0.0", "1e1000000000", "4.9e-324"), b)));
                break;
            case DOCUMENT_MARKER:
                lines.add(line, Junk.pick(List.of("---", "...", "%YAML 1.2", "%YAML 1.1\n---", "%TAG ! tag:x,2000:", "--- !!map",
                        "--- |", "---\n---", "... # end"), b));
                break;
            case FLOW_STYLE: {
                int colon = l.indexOf(": ");
                if (colon > 0) {
                    String indent = indentOf(l);
                    lines.set(line, indent + "{" + l.stripLeading() + (b % 2 == 0 ? "}" : ""));
                }
                break;
            }
            case COMMENT_OUT:
                lines.set(line, l.substring(0, Math.min(l.length(), b % (l.length() + 1))) + "#"
                        + l.substring(Math.min(l.length(), b % (l.length() + 1))));
                break;
            case REPLACE_FORMULA: {
                List<Integer> formulas = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (lines.get(i).stripLeading().startsWith("formula:")) {
                        formulas.add(i);
                    }
                }
                if (!formulas.isEmpty()) {
                    int f = formulas.get(a % formulas.size());
                    String formula = Junk.pick(FORMULAS, b);
                    lines.set(f, replaceValue(lines.get(f), b % 2 == 0 ? formula : "\"" + formula.replace("\\", "\\\\")
                            .replace("\"", "\\\"") + "\""));
                }
                break;
            }
            case LONG_SCALAR:
                // mostly up to some 60,000 characters; now and then around the 1 MiB limit
                lines.set(line, replaceValue(l, (junk.isEmpty() ? "x" : junk.replace("\n", " "))
                        .repeat(b % 16 == 0 ? 1 + b % 60_000 : 1 + b % 3000)));
                break;
            default:
                throw new IllegalStateException(op.toString());
        }
        return String.join("\n", lines);
    }

    /** The line with the text after its first {@code ": "} (or {@code "- "}) replaced. */
    private static String replaceValue(String line, String value) {
        int colon = line.indexOf(": ");
        if (colon < 0 && line.stripTrailing().endsWith(":")) {
            return line.stripTrailing() + " " + value;
        }
        if (colon < 0) {
            int dash = line.indexOf("- ");
            return dash < 0 ? line + value : line.substring(0, dash + 2) + value;
        }
        String rest = line.substring(colon + 2);
        int comment = rest.indexOf(" #");
        return line.substring(0, colon + 2) + value + (comment >= 0 ? rest.substring(comment) : "");
    }

    private static String value(String line) {
        int colon = line.indexOf(": ");
        return colon < 0 ? "x" : line.substring(colon + 2);
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    @Override
    public String toString() {
        return op + "(" + a + ", " + b + ", \"" + Fuzz.show(junk) + "\")";
    }
}
