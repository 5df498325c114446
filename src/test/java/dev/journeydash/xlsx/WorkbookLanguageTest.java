package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.labels.Labels;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Period;
import dev.journeydash.model.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook generated in another language shows no word that is not its language's: every
 * visible text ({@link VisibleTexts}) is made of the language's bundle texts, the template's
 * words (journey, stage and KPI names, descriptions, touchpoints, pain points), the data's own
 * (file name, headers), numbers and dates; and no English bundle text that differs from the
 * language's is found anywhere.
 */
class WorkbookLanguageTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    @ParameterizedTest
    @ValueSource(strings = {"id", "de", "fr", "es", "pt-BR"})
    void everyVisibleTextOfTheSaasSampleIsInTheLanguage(String code) throws IOException {
        Labels labels = Labels.of(code);
        Results results = Samples.SAAS.results();
        byte[] bytes = Samples.workbook(results, RenderOptions.builder().labels(labels).build());
        List<VisibleTexts.Text> texts = texts(bytes);
        assertThat(texts).hasSizeGreaterThan(300);
        assertThat(problems(texts, labels, results)).as(code).isEmpty();
        // the month names are the language's, in the texts journeydash writes
        Period last = results.data().periods().get(results.periodCount() - 1);
        assertThat(texts).extracting(VisibleTexts.Text::text).anyMatch(s -> s.contains(labels.period(last)));
    }

    @Test
    void theCheckFindsTheEnglishOfAnEnglishWorkbook() throws IOException {
        Results results = Samples.SAAS.results();
        List<String> problems = problems(texts(Samples.workbook(results, RenderOptions.builder().build())), Labels.of("id"),
                results);
        assertThat(problems).hasSizeGreaterThan(100)
                .anyMatch(p -> p.startsWith("sheet name: \"Dashboard\""))
                .anyMatch(p -> p.contains("has the English \"On track\""));
    }

    private static List<VisibleTexts.Text> texts(byte[] bytes) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return VisibleTexts.of(wb);
        }
    }

    /** What in {@code texts} is not of the language of {@code labels}, each with where it is. */
    private static List<String> problems(List<VisibleTexts.Text> texts, Labels labels, Results results) {
        String code = labels.code();
        List<Pattern> ours = words(theirs(results));
        List<String> bundle = fragments(labels);
        List<Pattern> words = words(bundle);
        Set<String> own = new HashSet<>(bundle);
        // a word both languages write ("target" in Indonesian too) is not English left over
        bundle.forEach(f -> own.addAll(List.of(f.split("[\\s:;,.()]+"))));
        List<String> englishTexts = fragments(Labels.english()).stream().filter(e -> !own.contains(e))
                .filter(e -> e.length() >= 3 && LETTERS.matcher(e).find()).toList();
        List<Pattern> english = words(englishTexts);
        if (english.size() < 100) {
            throw new AssertionError("only " + english.size() + " English texts differ from " + code + "'s");
        }
        List<String> problems = new ArrayList<>();
        for (VisibleTexts.Text t : texts) {
            String plain = remove(t.text(), ours);
            String rest = remove(plain, words);
            if (LETTERS.matcher(rest).find()) {
                problems.add(t.where() + ": \"" + t.text() + "\" has words not of " + code + ": \"" + rest.strip() + "\"");
            }
            for (int e = 0; e < english.size(); e++) {
                if (english.get(e).matcher(plain).find()) {
                    problems.add(t.where() + ": \"" + t.text() + "\" has the English \"" + englishTexts.get(e) + "\"");
                }
            }
        }
        return problems;
    }

    /** The template's and the data's words, longest first (removed before the bundle's). */
    private static List<String> theirs(Results results) {
        Journey j = results.journey();
        List<String> out = new ArrayList<>(List.of(j.name(), j.client(), j.description(), j.currency()));
        for (Stage st : j.stages()) {
            out.addAll(List.of(st.name(), st.description(), st.id()));
            out.addAll(st.touchpoints());
            out.addAll(st.painPoints());
        }
        for (Kpi k : j.kpis().toList()) {
            out.addAll(List.of(k.label(), k.description(), k.formulaText(), k.unit(), k.id()));
        }
        j.measures().forEach(m -> out.addAll(List.of(m.id(), m.label())));
        j.funnel().forEach(f -> out.add(f.label()));
        String file = results.data().source();
        out.add(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
        results.data().extras().forEach(e -> out.add(e.header()));
        return longestFirst(out);
    }

    /** The bundle's texts cut at their placeholders, apostrophes as shown, longest first. */
    private static List<String> fragments(Labels labels) {
        List<String> out = new ArrayList<>();
        for (String key : labels.keys()) {
            String v = labels.get(key);
            boolean pattern = PLACEHOLDER.matcher(v).find();
            for (String part : PLACEHOLDER.split(v)) {
                String s = (pattern ? part.replace("''", "'") : part).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return longestFirst(out);
    }

    private static List<String> longestFirst(List<String> list) {
        return list.stream().filter(s -> s != null && !s.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** {@code text} with each of {@code parts} (whole words: not inside a longer word) replaced by a space. */
    private static String remove(String text, List<Pattern> parts) {
        String s = text;
        for (Pattern p : parts) {
            s = p.matcher(s).replaceAll(" ");
        }
        return s;
    }

    private static List<Pattern> words(List<String> texts) {
        return texts.stream().map(t -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(t) + "(?!\\p{L})")).toList();
    }
}
