package dev.journeydash.labels;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Map<String, String> bundle(String code) {
        return Labels.read(Labels.bundleName(code));
    }

    @Test
    void everyBundleHasExactlyTheKeysOfTheEnglishOneEachNonEmpty() {
        Set<String> english = bundle("en").keySet();
        assertThat(english).hasSizeGreaterThan(150);
        for (String code : Labels.SUPPORTED) {
            Map<String, String> b = bundle(code);
            assertThat(new TreeSet<>(b.keySet())).as(code + ": keys").isEqualTo(new TreeSet<>(english));
            b.forEach((k, v) -> {
                if (!k.equals("format.lcid") || !code.equals("en")) {
                    assertThat(v.strip()).as(code + " " + k).isNotEmpty();
                }
            });
        }
    }

    @Test
    void everyTextHasThePlaceholdersOfItsEnglishOneAndItsApostrophesWrittenForHowItIsRead() {
        Map<String, String> english = bundle("en");
        for (String code : Labels.SUPPORTED) {
            for (Map.Entry<String, String> e : bundle(code).entrySet()) {
                String v = e.getValue();
                Set<String> want = placeholders(english.get(e.getKey()));
                assertThat(placeholders(v)).as(code + " " + e.getKey() + ": placeholders").isEqualTo(want);
                if (want.isEmpty()) {
                    assertThat(v).as(code + " " + e.getKey() + ": no placeholders, so a plain apostrophe").doesNotContain("''");
                } else {
                    assertThat(v.replace("''", "")).as(code + " " + e.getKey() + ": a pattern, so '' for an apostrophe")
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void bundlesAreUtf8AndReadAsSuch() throws IOException {
        try (InputStream in = Labels.class.getResourceAsStream("messages_de.properties")) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(raw).contains("Gefährdet");
        }
        assertThat(Labels.of("de").get("status.2")).isEqualTo("Gefährdet");
        assertThat(Labels.of("fr").get("sheet.about")).isEqualTo("À propos");
    }

    @Test
    void indonesianHasTheWordsAFinancePersonInJakartaUses() {
        Labels id = Labels.of("id");
        assertThat(List.of(id.get("status.1"), id.get("status.2"), id.get("status.3")))
                .containsExactly("Sesuai target", "Berisiko", "Di luar target");
        assertThat(id.get("head.target")).isEqualTo("Target");
        assertThat(id.get("head.value")).isEqualTo("Capaian");
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(id.month(m));
        }
        assertThat(months).containsExactly("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des");
        assertThat(id.dateLocale()).isEqualTo("[$-421]");
        assertThat(Labels.english().dateLocale()).isEmpty();
    }

    @Test
    void theLcidsAreThoseOfTheLanguages() {
        assertThat(Labels.of("de").dateLocale()).isEqualTo("[$-407]");
        assertThat(Labels.of("fr").dateLocale()).isEqualTo("[$-40C]");
        assertThat(Labels.of("es").dateLocale()).isEqualTo("[$-C0A]");
        assertThat(Labels.of("pt-BR").dateLocale()).isEqualTo("[$-416]");
    }

    @Test
    void placeholdersAreFilledInTheLanguage() {
        assertThat(Labels.of("id").format("footer.page", "1", "3")).isEqualTo("Halaman 1 dari 3");
        assertThat(Labels.of("fr").format("condition.not", "Statut", "payé")).isEqualTo("Statut n'est pas payé");
    }

    @Test
    void codesAreMatchedLooselyAndAnUnknownOneNamesTheSupportedOnes() {
        assertThat(Labels.of("PT_br").code()).isEqualTo("pt-BR");
        assertThat(Labels.of(null).code()).isEqualTo("en");
        assertThat(Labels.of("pt-BR").locale().getCountry()).isEqualTo("BR");
        assertThatThrownBy(() -> Labels.of("xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown language \"xx\"; supported: en, id, de, fr, es, pt-BR");
    }

    @Test
    void aMissingKeyIsABugNotEnglish() {
        assertThatThrownBy(() -> Labels.of("id").get("no.such.key")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("messages_id.properties has no key no.such.key");
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
