package dev.journeydash.fuzz;

import dev.journeydash.text.Snippets;
import dev.journeydash.text.Snippets.Format;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fuzzes the template sandbox: snippets built from Freemarker's tokens (directives, built-ins,
 * hostile ones included, ranges, lambdas, includes), random templates of nested directives that
 * mostly parse ({@link FtlSnippets}), the built-in templates and good snippets mutated (cut, doubled,
 * a token inserted), and random text. Whatever the snippet, it renders or
 * fails with an InputException naming a template, within the time limit and the output limit.
 *
 * <p>One thing is left out on purpose: an unbounded or huge range handed to a built-in that loops
 * inside Java ({@code (1..)?join(",")}). No interruption stops such a built-in; the caller gets the
 * time-limit error, but the rendering thread runs on (see {@code GuardedRender}), and a fuzzer that
 * made many of them would leave busy threads behind. Huge ranges appear here only in {@code <#list>}.
 */
@AddLifecycleHook(FuzzSeed.class)
class TextFuzzTest {
    private static final String LABEL = "fuzz.ftl";
    private static final Duration TIME_LIMIT = Duration.ofMillis(500);
    /** The time limit, the render thread's grace period, and slack for a loaded machine. */
    private static final long MOST_NANOS = TIME_LIMIT.toNanos() + 1_500_000_000L;
    private static final List<String> FILES = List.of(LABEL, "built-in ", "src/test/resources/text/hostile");
    private static final Snippets SNIPPETS = snippets();
    private static final Map<String, Object> DATA = data();

    static final List<String> TOKENS = List.of(
            "${", "}", "${client}", "${journey}", "${period}", "${n}", "${rate}", "${day}", "${i}", "${x}",
            "<#list ", " as ", ">", "</#list>", "<#sep>", "<#items as k>", "</#items>", "<#list kpis as k>${k.label}",
            "<#if ", "<#elseif ", "<#else>", "</#if>", "<#assign x = ", "<#local y = ", "<#global z = ",
            "<#macro m a b=2>", "</#macro>", "<@m a=1/>", "<@m/>", "<#nested>", "<#function f n>", "<#return ",
            "</#function>", "f(1)", "<#attempt>", "<#recover>", "</#attempt>", "<#compress>", "</#compress>",
            "<#switch x>", "<#case 1>", "<#default>", "</#switch>", "<#break>", "<#continue>", "<#stop>",
            "<#include \"", "title.ftl", "footer.ftl", "insight.ftl", "../", "/etc/passwd", "\">", "<#import \"",
            "\" as lib>", "<@lib.m/>", "<#setting locale=\"de\">", "<#setting number_format=\"0.0\">",
            "<#ftl output_format=\"plainText\">", "<#noautoesc>", "</#noautoesc>", "<#outputformat \"HTML\">",
            "<#--", "-->", "<#noparse>", "</#noparse>", "<#t>", "<#lt>", "<#rt>", "<#nt>",
            "?", "??", "!", "!\"-\"", "?new()", "?api", "?has_api", "?eval", "?interpret", "?no_esc", ".now",
            ".vars", ".globals", ".data_model", ".locale", ".lang", ".locale_object", ".template_name",
            "?upper_case", "?lower_case", "?cap_first", "?length", "?size", "?c", "?string", "?string('0.00')",
            "?string.percent", "?number", "?int", "?round", "?abs", "?trim", "?split(\",\")", "?join(\", \")",
            "?then(1, 2)", "?switch(1, 'a', 'b')", "?filter(v -> v > 1)", "?map(v -> v * 2)", "?first", "?last",
            "?keys", "?values", "?reverse", "?sort", "?sort_by('label')", "?seq_contains(2)", "?chunk(2)",
            "?left_pad(5)", "?right_pad(3, '.')", "?truncate(4)", "?html", "?url", "?js_string", "?json_string",
            "?eval_json", "?has_content", "?is_string", "?date", "?datetime", "?markup_string", "?esc",
            "?absolute_template_name", "?boolean", "?replace('a', 'b')", "?matches('a.*')", "?groups",
            "client", "journey", "kpis", "kpis[0]", "kpi.value", "n", "rate", "day", "x", "i", "statics",
            "1", "0", "-1", "3.5", "1e3", "10000000000000000000000", "\"text\"", "'<b>'", "r\"raw\\\"", "true",
            "false", "[1, 2, 3]", "{\"a\": 1}", "1..3", "1..<5", "1..*3", "(1..100000)", " + ", " - ", " * ",
            " / ", " % ", " == ", " != ", " < ", " gt ", " && ", " || ", "!", "(", ")", "[", "]", ".", ",",
            "=", " ", "\n", "\t", "x", "é", "\uD83D\uDE00", "<", "&", "\"", "'", "\\", "#", "@", "$",
            "<#list 1..100000 as i>", "<#list 1.. as i>", "<#list 1..1000000000 as i>", "<#assign s = s + s>",
            "<#assign s = \"ab\">");

    private static final List<String> GOOD = List.of(
            "${client} - ${journey}", "Data through ${period}.", "<#list kpis as k>${k.label}: ${k.value}<#sep>, </#list>",
            "<#if (n > 1000)>big<#else>small</#if> ${n?string('0.0')}", "${rate?string.percent} of ${n}",
            "<#macro row k><tr><td>${k.label}</td></tr></#macro><#list kpis as k><@row k/></#list>",
            "<#assign total = 0><#list kpis as k><#assign total = total + k.value></#list>${total}",
            "<#function pct x><#return (x * 100)?string('0.#') + ' %'></#function>${pct(rate)}",
            "${day?string('d MMMM yyyy')} ${note!'no note'} ${(missing.deep)!'-'}",
            "<#include \"title.ftl\"> | <#include \"footer.ftl\">", "<#list 1..3 as i>${i}</#list>",
            "${kpis?size} ${kpis?first.label?upper_case} ${kpis?map(k -> k.value)?join(', ')}");

    private static Snippets snippets() {
        try {
            return Snippets.forFolder(Path.of("src/test/resources/text/hostile")).withTimeLimit(TIME_LIMIT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> data() {
        Map<String, Object> kpi = new LinkedHashMap<>();
        kpi.put("label", "Conversion <rate>");
        kpi.put("value", 0.0165);
        kpi.put("target", 0.025);
        kpi.put("format", "percent");
        kpi.put("better", "higher");
        kpi.put("trend", 3);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("client", "ACME & Co");
        d.put("journey", "E-commerce");
        d.put("period", "Jun 2025");
        d.put("n", 1234.5);
        d.put("rate", 0.0165);
        d.put("day", LocalDate.of(2025, 6, 1));
        d.put("note", null);
        d.put("kpi", kpi);
        d.put("kpis", List.of(kpi, Map.of("label", "NPS", "value", 42)));
        return d;
    }

    @AfterContainer
    static void summary() {
        Fuzz.printSummary("text.");
    }

    @Property(tries = 1500)
    void tokenSnippet(@ForAll("tokenText") String source, @ForAll("formats") Format format,
                      @ForAll("locales") Locale locale) {
        render("text.tokenSnippet", source, format, locale);
    }

    @Property(tries = 1500)
    void structuredSnippet(@ForAll("structured") String source, @ForAll("formats") Format format,
                           @ForAll("locales") Locale locale) {
        render("text.structuredSnippet", source, format, locale);
    }

    @Property(tries = 1000)
    void mutatedTemplate(@ForAll("mutated") String source, @ForAll("formats") Format format) {
        render("text.mutatedTemplate", source, format, Locale.ENGLISH);
    }

    @Property(tries = 500)
    void randomText(@ForAll("randomText") String source, @ForAll("formats") Format format) {
        render("text.randomText", source, format, Locale.GERMANY);
    }

    private static void render(String property, String source, Format format, Locale locale) {
        long t0 = System.nanoTime();
        Object[] out = new Object[1];
        Fuzz.check(property, FILES, format + " " + locale + "\n" + source,
                () -> out[0] = SNIPPETS.renderSnippet(LABEL, source, DATA, locale, format));
        long nanos = System.nanoTime() - t0;
        int max = format == Format.HTML ? Snippets.MAX_HTML_CHARS : Snippets.MAX_TEXT_CHARS;
        if (out[0] instanceof String s && s.length() > max) {
            throw new AssertionError(s.length() + " characters of output, over the limit of " + max + ", from:\n"
                    + Fuzz.show(source));
        }
        if (nanos > MOST_NANOS) {
            throw new AssertionError("took " + nanos / 1_000_000 + " ms, over the time limit and grace, on:\n"
                    + Fuzz.show(source));
        }
    }

    @Provide
    Arbitrary<String> tokenText() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> structured() {
        return FtlSnippets.template(3);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> base = Arbitraries.of(bases());
        return Combinators.combine(base, Arbitraries.integers().between(0, 3), Arbitraries.integers(),
                Arbitraries.integers(), Arbitraries.of(TOKENS)).as(TextFuzzTest::mutate);
    }

    /** One mutation of a template: a span cut out, a span doubled, a token inserted, or two characters swapped. */
    static String mutate(String text, int kind, int a, int b, String token) {
        if (text.isEmpty()) {
            return token;
        }
        int i = Math.floorMod(a, text.length());
        int j = Math.min(text.length(), i + Math.floorMod(b, 40) + 1);
        return switch (kind) {
            case 0 -> text.substring(0, i) + text.substring(j);
            case 1 -> text.substring(0, j) + text.substring(i, j) + text.substring(j);
            case 2 -> text.substring(0, i) + token + text.substring(i);
            default -> {
                char[] c = text.toCharArray();
                char t = c[i];
                c[i] = c[j - 1];
                c[j - 1] = t;
                yield new String(c);
            }
        };
    }

    private static List<String> bases() {
        Path builtIn = Path.of("src/main/resources/dev/journeydash/text");
        try (Stream<Path> files = Files.list(builtIn)) {
            return Stream.concat(GOOD.stream(), files.sorted().map(Fuzz::read)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().ofMaxLength(200)),
                Tuple.of(3, Arbitraries.strings().withChars("<#@/>${}()[]?!.,:;=+-*%&|\"'\\ \nabcxyz01239_".toCharArray())
                        .ofMaxLength(300)));
    }

    @Provide
    Arbitrary<Format> formats() {
        return Arbitraries.of(Format.class);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, Locale.forLanguageTag("id-ID"), Locale.GERMANY, Locale.JAPAN,
                Locale.forLanguageTag("ar-EG"), Locale.ROOT);
    }
}
