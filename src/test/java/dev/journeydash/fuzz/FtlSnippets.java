package dev.journeydash.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Random Freemarker templates that mostly parse: nested blocks ({@code <#if>}, {@code <#list>},
 * {@code <#attempt>}, macros, functions, includes, assignments) around expressions made of the data's
 * names, literals, operators and built-ins, hostile ones among them. They exercise the sandbox at run
 * time, where token soup mostly stops at the parser.
 */
final class FtlSnippets {
    static final List<String> NAMES = List.of("client", "journey", "period", "n", "rate", "day", "note", "kpi",
            "kpis", "kpi.value", "kpi.label", "kpis[0].label", "kpis[1]", "i", "x", "missing", "statics",
            ".data_model", ".vars", ".locale", ".now", ".locale_object", ".template_name");
    static final List<String> LITERALS = List.of("1", "0", "-2.5", "1000000", "\"text\"", "'<b>&'", "true", "false",
            "[1, 2, 3]", "{\"a\": 1}", "(1..3)", "(1..<5)", "(1..100000)", "\"freemarker.template.utility.Execute\"");
    static final List<String> BUILT_INS = List.of("upper_case", "lower_case", "cap_first", "length", "size", "c",
            "string", "string('0.00')", "string.percent", "number", "int", "round", "abs", "trim", "split(\",\")",
            "join(\", \")", "then(1, 2)", "filter(v -> v?is_number)", "map(v -> v?string)", "first", "last", "keys",
            "values", "reverse", "sort", "seq_contains(2)", "chunk(2)", "left_pad(5)", "truncate(4)", "html", "url",
            "json_string", "eval_json", "has_content", "is_string", "date", "boolean", "replace('a', 'b')",
            "new()", "api", "has_api", "eval", "interpret", "no_esc", "esc", "markup_string", "absolute_template_name");
    static final List<String> OPERATORS = List.of(" + ", " - ", " * ", " / ", " % ", " == ", " != ", " < ", " gt ",
            " && ", " || ", "!");
    static final List<String> INCLUDES = List.of("title.ftl", "footer.ftl", "insight.ftl", "summary.html.ftl",
            "../pom.xml", "/etc/passwd", "recursive-include.ftl", "api.ftl", "nope.ftl", "sub/../title.ftl");

    private FtlSnippets() { }

    /** A template: an optional header or macro or function definition, then blocks nested at most {@code depth} deep. */
    static Arbitrary<String> template(int depth) {
        Arbitrary<String> body = blocks(depth);
        Arbitrary<String> small = blocks(1);
        Arbitrary<String> head = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("<#ftl output_format=\"plainText\">", "<#ftl auto_esc=false>")),
                Tuple.of(2, small.map(b -> "<#macro m a=1>" + b + "<#nested></#macro><@m a=2>nested</@m>")),
                Tuple.of(1, small.map(b -> "<#macro r>" + b + "<@r/></#macro><@r/>")),
                Tuple.of(2, Combinators.combine(small, expression(1))
                        .as((b, e) -> "<#function f v>" + b + "<#return " + e + "></#function>${f(1)}")));
        return Combinators.combine(head, body).as(String::concat);
    }

    private static Arbitrary<String> blocks(int depth) {
        return block(depth).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    private static Arbitrary<String> block(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.of("text ", "<p>", "\n", "é & <"),
                expression(2).map(e -> "${" + e + "}"),
                expression(2).map(e -> "<#assign x = " + e + ">"),
                Arbitraries.of(INCLUDES).map(n -> "<#include \"" + n + "\">"),
                Arbitraries.of("<#setting locale=\"id_ID\">", "<#setting number_format=\"0.0\">", "<#stop>",
                        "<#assign s = \"ab\">", "<#assign s = s + s>"));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<String> inner = blocks(depth - 1);
        Arbitrary<String> condition = expression(1);
        Arbitrary<String> sequence = Arbitraries.of("kpis", "1..3", "1..1000", "1..100000", "1..", "1..1000000000",
                "client?split(\" \")", "kpis?map(k -> k.value)", "[]");
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf),
                Tuple.of(2, Combinators.combine(condition, inner, inner)
                        .as((c, a, b) -> "<#if " + c + ">" + a + "<#else>" + b + "</#if>")),
                Tuple.of(2, Combinators.combine(sequence, inner)
                        .as((s, b) -> "<#list " + s + " as i>" + b + "<#sep>, </#list>")),
                Tuple.of(1, inner.map(b -> "<#attempt>" + b + "<#recover>recovered</#attempt>")),
                Tuple.of(1, inner.map(b -> "<#assign cap>" + b + "</#assign>${cap?length}")),
                Tuple.of(1, inner.map(b -> "<#compress>" + b + "</#compress>")));
    }

    /** An expression nested at most {@code depth} operators or built-ins deep. */
    static Arbitrary<String> expression(int depth) {
        Arbitrary<String> atom = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.of(LITERALS));
        if (depth <= 0) {
            return atom;
        }
        Arbitrary<String> sub = expression(depth - 1);
        return Arbitraries.oneOf(atom,
                Combinators.combine(sub, Arbitraries.of(BUILT_INS)).as((e, b) -> "(" + e + ")?" + b),
                Combinators.combine(sub, Arbitraries.of(OPERATORS), sub).as((a, o, b) -> a + o + b),
                sub.map(e -> "(" + e + ")!\"-\""),
                sub.map(e -> "(" + e + ")??"),
                sub.map(e -> "!(" + e + ")"),
                sub.map(e -> "\"${" + e + "}\""));
    }
}
