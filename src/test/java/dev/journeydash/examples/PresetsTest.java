package dev.journeydash.examples;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.journeydash.examples.ExportFiles.FIXTURES;
import static dev.journeydash.examples.ExportFiles.REAL;
import static dev.journeydash.examples.ExportFiles.columnsNamed;
import static dev.journeydash.examples.ExportFiles.detects;
import static dev.journeydash.examples.ExportFiles.fixtureFile;
import static dev.journeydash.examples.ExportFiles.fixtureNames;
import static dev.journeydash.examples.ExportFiles.headerHolding;
import static dev.journeydash.examples.ExportFiles.map;
import static dev.journeydash.examples.ExportFiles.preset;
import static dev.journeydash.examples.ExportFiles.presetNames;
import static dev.journeydash.examples.ExportFiles.strings;
import static dev.journeydash.examples.ExportFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preset files (src/main/resources/dev/journeydash/presets) read as plain YAML, before any
 * loader: their keys, that their detect columns pick out their own fixture export and no other
 * (nor any other real export), that the fixture's header holds every column they name, and which
 * KPIs of their built-in journey they feed (what {@code generate --data FILE} keeps).
 */
class PresetsTest {
    /** Fixture folder (src/test/resources/exports) to the preset that reads it; none for YouTube. */
    private static final Map<String, String> FIXTURE_PRESET = new TreeMap<>(Map.ofEntries(
            Map.entry("etsy-orders", "etsy-orders"),
            Map.entry("ga4-export", "ga4-export"),
            Map.entry("ga4-export-hourly", "ga4-export"),
            Map.entry("ga4-snapshot", "ga4-snapshot"),
            Map.entry("google-ads-campaigns", "google-ads-campaigns"),
            Map.entry("hubspot-deals", "hubspot-deals"),
            Map.entry("mailchimp-campaigns", "mailchimp-campaigns"),
            Map.entry("search-console", "search-console"),
            Map.entry("shopify-orders", "shopify-orders"),
            Map.entry("stripe-payments", "stripe-payments"),
            Map.entry("woocommerce-orders", "woocommerce-orders"),
            Map.entry("youtube-chart", ""),
            Map.entry("zendesk-tickets", "zendesk-tickets")));

    /** Real export folder to the preset whose detect columns must pick it out ("" for none). */
    private static final Map<String, String> REAL_PRESET = new TreeMap<>(Map.of(
            "etsy-orders", "etsy-orders",
            "ga4-channel-hourly", "ga4-export",
            "ga4-snapshot", "ga4-snapshot",
            "google-ads-campaigns", "google-ads-campaigns",
            "gsc-performance", "search-console",
            "mailchimp-campaigns", "mailchimp-campaigns",
            "shopify-orders", "shopify-orders",
            "stripe-payments", "stripe-payments",
            "youtube-chart", ""));

    /** The KPIs of each preset's journey that its measures feed alone (docs/presets.md lists them). */
    private static final Map<String, List<String>> FED = Map.ofEntries(
            Map.entry("shopify-orders", List.of("average_order_value", "repeat_purchase_rate")),
            Map.entry("woocommerce-orders", List.of("average_order_value", "repeat_purchase_rate")),
            Map.entry("etsy-orders", List.of("average_order_value", "repeat_purchase_rate")),
            Map.entry("stripe-payments", List.of("payment_success_rate")),
            Map.entry("ga4-export", List.of("engagement_rate")),
            Map.entry("ga4-snapshot", List.of("unique_visitors")),
            Map.entry("search-console", List.of()),
            Map.entry("google-ads-campaigns", List.of()),
            Map.entry("mailchimp-campaigns", List.of()),
            Map.entry("hubspot-deals", List.of("sales_cycle_length")),
            Map.entry("zendesk-tickets", List.of("csat")));

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> FUNCTIONS = Set.of("min", "max", "abs", "round", "if", "prev");

    static List<String> presets() {
        return presetNames();
    }

    @Test
    void everyToolTheIssueNamesHasAPresetAndAFixture() {
        assertThat(presetNames()).containsExactlyInAnyOrder("shopify-orders", "woocommerce-orders", "etsy-orders",
                "stripe-payments", "ga4-export", "ga4-snapshot", "search-console", "google-ads-campaigns",
                "mailchimp-campaigns", "hubspot-deals", "zendesk-tickets");
        assertThat(fixtureNames()).containsExactlyElementsOf(FIXTURE_PRESET.keySet());
        assertThat(FIXTURE_PRESET.values()).containsAll(presetNames());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void hasTheKeysTheLoaderReads(String name) {
        Map<String, Object> p = preset(name);

        assertThat(p.keySet()).as(name).containsExactly("preset", "tool", "export", "detect", "journey", "source", "measures");
        assertThat(p.get("preset")).as(name + ": preset names its file").isEqualTo(name);
        assertThat(strings(p.get("detect"))).as(name + ": detect").hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(Path.of("templates", p.get("journey") + ".yaml")).as(name + ": its journey is built in").exists();
        Map<String, Object> source = map(p.get("source"));
        assertThat(source).as(name + ": a source without file or name").doesNotContainKeys("file", "name", "preset");
        assertThat(source.get("rows")).as(name + ": rows").isIn("events", "totals");
        Map<String, Object> measures = map(source.get("measures"));
        assertThat(measures.keySet()).as(name + ": measure ids").allMatch(id -> ID.matcher(id).matches());
        assertThat(map(p.get("measures")).keySet()).as(name + ": a label for each measure and no other")
                .containsExactlyElementsOf(measures.keySet());
        map(p.get("measures")).forEach((id, m) -> assertThat(map(m)).as(name + " " + id).containsKey("label"));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void detectColumnsPickOutItsOwnFixturesAndNoOther(String name) {
        for (Map.Entry<String, String> e : FIXTURE_PRESET.entrySet()) {
            assertThat(detects(name, fixtureFile(e.getKey())))
                    .as("preset " + name + " detects fixture " + e.getKey()).isEqualTo(e.getValue().equals(name));
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void itsFixtureHeaderHoldsEveryColumnItNames(String name) {
        Set<String> columns = columnsNamed(map(preset(name).get("source")));
        Path file = fixtureFile(name);

        assertThat(headerHolding(file, List.copyOf(columns))).as(name + ": one header line of " + file
                + " holding " + columns).isNotNull();
    }

    @Test
    void detectColumnsPickOutEachRealExport() {
        if (!Files.isDirectory(REAL)) {
            Assumptions.abort(ExportFiles.NO_REAL);
        }
        for (Map.Entry<String, String> e : REAL_PRESET.entrySet()) {
            Path folder = REAL.resolve(e.getKey());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Path file = ExportFiles.EXAMPLES.resolve(e.getKey() + ".yaml");
            for (String data : ExportFiles.sourceFiles(file).values()) {
                List<String> found = new ArrayList<>();
                for (String p : presetNames()) {
                    if (detects(p, folder.resolve(data))) {
                        found.add(p);
                    }
                }
                assertThat(found).as("presets detecting " + folder.resolve(data))
                        .containsExactlyElementsOf(e.getValue().isEmpty() ? List.of() : List.of(e.getValue()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void feedsTheKpisOfItsJourneyThatDocsPresetsMdLists(String name) {
        Map<String, Object> p = preset(name);
        Set<String> measures = map(map(p.get("source")).get("measures")).keySet();
        Map<String, Object> journey = yaml(Path.of("templates", p.get("journey") + ".yaml"));

        assertThat(fed(journey, measures)).as(name + " feeds these KPIs of " + p.get("journey")).isEqualTo(FED.get(name));
    }

    /** The journey's KPIs (in journey order) whose formulas read only {@code measures} and other such KPIs. */
    private static List<String> fed(Map<String, Object> journey, Set<String> measures) {
        Map<String, Set<String>> reads = new LinkedHashMap<>();
        for (Object s : (List<?>) journey.get("stages")) {
            for (Object k : (List<?>) map(s).get("kpis")) {
                Map<String, Object> kpi = map(k);
                Set<String> names = new LinkedHashSet<>();
                Matcher m = NAME.matcher(String.valueOf(kpi.get("formula")));
                while (m.find()) {
                    if (!FUNCTIONS.contains(m.group())) {
                        names.add(m.group());
                    }
                }
                reads.put(String.valueOf(kpi.get("id")), names);
            }
        }
        Map<String, Boolean> memo = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String kpi : reads.keySet()) {
            if (feeds(kpi, reads, measures, memo)) {
                out.add(kpi);
            }
        }
        return out;
    }

    private static boolean feeds(String kpi, Map<String, Set<String>> reads, Set<String> measures, Map<String, Boolean> memo) {
        Boolean known = memo.get(kpi);
        if (known != null) {
            return known;
        }
        memo.put(kpi, false);
        boolean ok = reads.get(kpi).stream().allMatch(n -> measures.contains(n)
                || reads.containsKey(n) && feeds(n, reads, measures, memo));
        memo.put(kpi, ok);
        return ok;
    }

    @Test
    void fixtureTemplatesReadTheirOwnFile() {
        for (String fixture : fixtureNames()) {
            Path template = FIXTURES.resolve(fixture).resolve("journey.yaml");
            assertThat(ExportFiles.sourceFiles(template).values()).as(template.toString())
                    .allMatch(f -> f.equals(fixtureFile(fixture).getFileName().toString()));
        }
    }
}
