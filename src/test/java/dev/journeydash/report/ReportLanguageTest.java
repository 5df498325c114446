package dev.journeydash.report;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.labels.Labels;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import dev.journeydash.model.Brand;
import dev.journeydash.text.Snippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML summary in another language: its {@code <html lang>}, its headings and sentences from
 * the language's bundle, and no English bundle text of the report left in its text (the
 * template's own words, English in the SaaS sample, taken out first).
 */
class ReportLanguageTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"id", "de", "fr", "es", "pt-BR"})
    void theSummaryIsInTheLanguage(String code) throws InputException {
        Labels labels = Labels.of(code);
        Results results = Samples.SAAS.results();
        String html = new HtmlReport(results, results.periodCount() - 1, Brand.DEFAULT, Snippets.builtIn(), Locale.ENGLISH,
                labels).html();
        assertThat(html).contains("<html lang=\"" + code + "\">")
                .contains(labels.get("report.map")).contains(labels.get("report.kpis"))
                .contains(labels.get("status.1")).contains(labels.get("report.friction"));
        String text = html.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("<[^>]+>", " ").replace("&#8220;", "\u201c").replace("&#8221;", "\u201d");
        for (String w : template(results)) {
            text = text.replace(w, " ");
        }
        Set<String> own = new HashSet<>(fragments(labels));
        // a word both languages write ("target" in Indonesian too) is not English left over
        Set<String> ownWords = new HashSet<>();
        own.forEach(f -> ownWords.addAll(List.of(f.split("[\\s:;,.()]+"))));
        List<String> left = new ArrayList<>();
        for (String e : fragments(Labels.english())) {
            if (!own.contains(e) && !ownWords.contains(e) && e.length() >= 4
                    && Pattern.compile("(?<!\\p{L})" + Pattern.quote(e) + "(?!\\p{L})").matcher(text).find()) {
                left.add(e);
            }
        }
        assertThat(left).as(code + ": English left in the summary").isEmpty();
        // the insight sentences are the language's
        String below = PLACEHOLDER.split(labels.get("insight.below"))[1].strip();
        String above = PLACEHOLDER.split(labels.get("insight.above"))[1].strip();
        assertThat(text.contains(" " + below + " ") || text.contains(" " + above + " ")).as(code + ": " + below).isTrue();
    }

    private static List<String> template(Results results) {
        List<String> out = new ArrayList<>(List.of(results.journey().name(), results.journey().description()));
        for (Stage st : results.journey().stages()) {
            out.add(st.name());
            out.addAll(st.touchpoints());
            out.addAll(st.painPoints());
            out.add(st.description());
        }
        for (Kpi k : results.journey().kpis().toList()) {
            out.add(k.label());
            out.add(k.description());
        }
        results.journey().funnel().forEach(f -> out.add(f.label()));
        return out.stream().filter(s -> !s.isBlank()).sorted((a, b) -> b.length() - a.length()).toList();
    }

    private static List<String> fragments(Labels labels) {
        List<String> out = new ArrayList<>();
        for (String key : labels.keys()) {
            if (key.startsWith("report.") || key.startsWith("insight.") || key.startsWith("status.")
                    || key.startsWith("chart.") || key.startsWith("month.")) {
                for (String part : PLACEHOLDER.split(labels.get(key).replace("''", "'"))) {
                    if (!part.strip().isEmpty()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }
}
