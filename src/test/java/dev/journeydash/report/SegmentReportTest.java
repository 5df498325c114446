package dev.journeydash.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.compute.SegmentGroup;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The report's segment table and friction by segment, and the JSON's segments, on the channels sample. */
class SegmentReportTest {
    private static final Path TEMPLATE = Path.of("templates/examples/ecommerce-channels.yaml");
    private static final Path DATA = Path.of("sample-data/ecommerce-channels.csv");

    private static Request request;
    private static Results results;
    private static String html;
    private static String table;

    @BeforeAll
    static void render() throws Exception {
        request = Request.builder().template(TEMPLATE).data(DATA).build();
        results = Journeydash.compute(request);
        html = new String(Journeydash.reportBytes(request, results), StandardCharsets.UTF_8);
        table = between(html, "<table class=\"segments\">", "</table>");
    }

    @Test
    void theTableHasAllThenEveryGroupInOrder() {
        assertThat(html).contains("<h2 id=\"segments-title\">KPIs by Channel, Dec 2025</h2>");
        List<String> heads = all(between(table, "<thead>", "</thead>"), "<th scope=\"col\"[^>]*>(.*?)</th>");
        List<String> expected = new ArrayList<>(List.of("KPI", "All"));
        results.segments().groups().forEach(g -> expected.add(g.name()));
        assertThat(heads).isEqualTo(expected);
        // ranked by sessions over the two years
        assertThat(heads.subList(2, 7)).containsExactly("Organic search", "Paid search", "Social", "Direct", "Email");
    }

    @Test
    void everyCellIsItsGroupsValueWithItsStatus() {
        int dec = results.periodCount() - 1;
        Texts texts = new Texts(Locale.ENGLISH, "$");
        List<String> rows = all(between(table, "<tbody>", "</tbody>"), "(<tr>.*?</tr>)");
        List<Kpi> kpis = results.journey().kpis().toList();
        assertThat(rows).hasSize(kpis.size());
        for (int k = 0; k < kpis.size(); k++) {
            Kpi kpi = kpis.get(k);
            List<String> cells = all(rows.get(k), "<td class=\"(status-[a-z-]+)[^\"]*\"><span class=\"icon\" aria-hidden=\"true\">[^<]*</span> ([^<]*)</td>");
            assertThat(rows.get(k)).contains("<th scope=\"row\">" + kpi.label() + "</th>");
            List<Results> columns = new ArrayList<>(List.of(results));
            columns.addAll(results.segments().results());
            assertThat(cells).as(kpi.id()).hasSize(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                Results r = columns.get(c);
                // the sample's two volumes (a summed measure alone: visitors, reviews) are not rated per segment
                boolean volume = c > 0 && List.of("unique_visitors", "review_count").contains(kpi.id());
                assertThat(cells.get(c)).as("%s, column %d", kpi.id(), c)
                        .isEqualTo("status-" + Texts.key(volume ? null : r.status(kpi, dec)) + "|" + texts.value(kpi, r.kpi(kpi.id(), dec)));
            }
        }
    }

    @Test
    void socialsAndEmailsConversionAgreeWithASumOverTheCsvAndMakeTheFirstFriction() throws Exception {
        // independently of the code: orders / visitors of the Dec 2025 rows of each channel, read from the CSV
        double social = conversion("Social");
        double email = conversion("Email");
        String socialText = String.format(Locale.ROOT, "%.2f %%", social * 100);
        String emailText = String.format(Locale.ROOT, "%.2f %%", email * 100);
        assertThat(socialText).isEqualTo("0.57 %");
        String row = all(table, "(<tr><th scope=\"row\">Conversion rate</th>.*?</tr>)").get(0);
        assertThat(row).contains("<td class=\"status-off-track\"><span class=\"icon\" aria-hidden=\"true\">\u2716</span> " + socialText + "</td>")
                .contains("<span class=\"icon\" aria-hidden=\"true\">\u2714</span> " + emailText + "</td>");
        List<String> friction = all(between(html, "<ul class=\"segment-friction\">", "</ul>"), "<li>(.*?)</li>");
        assertThat(friction).hasSize(3);
        assertThat(friction.get(0)).isEqualTo("Conversion rate on Social " + socialText + " against " + emailText + " on Email");
        // volumes (a summed measure as a KPI: visitors, reviews) are not friction
        assertThat(friction).noneMatch(f -> f.startsWith("Unique visitors") || f.startsWith("Product reviews"));
    }

    private static double conversion(String channel) throws Exception {
        List<String> lines = Files.readAllLines(DATA);
        List<String> head = List.of(lines.get(0).split(","));
        double orders = 0;
        double visitors = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[0].equals("2025-12") && cells[1].equals(channel)) {
                orders += Double.parseDouble(cells[head.indexOf("orders")]);
                visitors += Double.parseDouble(cells[head.indexOf("visitors")]);
            }
        }
        return orders / visitors;
    }

    @Test
    void otherIsNamedInTheReportsLanguageAndSegmentNamesAreEscaped(@TempDir Path dir) throws Exception {
        Path yaml = Path.of("src/test/resources/segments/journey.yaml");
        String csv = Files.readString(Path.of("src/test/resources/segments/channels-wide.csv"))
                .replace(",Social,", ",<script>alert(1)</script>,");
        Path data = dir.resolve("data.csv");
        Files.writeString(data, csv);
        Request fr = Request.builder().template(yaml).data(data).language("fr").build();
        String page = new String(Journeydash.reportBytes(fr, Journeydash.compute(fr)), StandardCharsets.UTF_8);
        String heads = between(between(page, "<table class=\"segments\">", "</thead>"), "<thead>", "</tr>");

        assertThat(all(heads, "<th scope=\"col\"[^>]*>(.*?)</th>"))
                .containsExactly("KPI", "Tous", "Search", "&lt;script&gt;alert(1)&lt;/script&gt;", "Autres");
        assertThat(page).doesNotContain("<script>");
        assertThat(page).contains("<h2 id=\"segments-title\">KPI par Channel, mars 2025</h2>");
        // Other in March: (30 + 5) / (150 + 250) = 8.75 %, from its own sums, shown to the digits of its target (0.05: a tenth of a point)
        // as the cards show it: 8.8 % (an average of the two ratios would be (20 % + 2 %) / 2 = 11 %)
        String row = all(page, "(<tr><th scope=\"row\">Conversion</th>.*?</tr>)").get(0);
        assertThat(row).endsWith("\u2714</span> 8.8 %</td></tr>");
    }

    @Test
    void aReportWithoutSegmentsHasNoSegmentSectionNorJsonKey() throws Exception {
        Request plain = Request.builder().template(Path.of("templates/ecommerce.yaml")).data(Path.of("sample-data/ecommerce.csv")).build();
        Results r = Journeydash.compute(plain);
        String page = new String(Journeydash.reportBytes(plain, r), StandardCharsets.UTF_8);

        assertThat(Journeydash.report(plain, r).model()).doesNotContainKey("segments");
        assertThat(page).doesNotContain("class=\"segments\"").doesNotContain("segment-friction");
        assertThat(new ObjectMapper().readTree(Journeydash.jsonBytes(plain, r)).has("segments")).isFalse();
    }

    @Test
    void theJsonHasEveryGroupsKpisAndMeasuresAndAllIsTheirSum() throws Exception {
        JsonNode seg = new ObjectMapper().readTree(Journeydash.jsonBytes(request, results)).get("segments");

        assertThat(seg.get("label").asText()).isEqualTo("Channel");
        assertThat(seg.get("column").asText()).isEqualTo("channel");
        assertThat(seg.get("top").asInt()).isEqualTo(12);
        assertThat(seg.get("by").asText()).isEqualTo("sessions");
        JsonNode groups = seg.get("groups");
        assertThat(groups).hasSize(5);
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            SegmentGroup expected = results.segments().groups().get(g);
            Results r = results.segments().results().get(g);
            assertThat(group.get("name").asText()).isEqualTo(expected.name());
            assertThat(group.get("other").asBoolean()).isFalse();
            assertThat(group.get("volume").asDouble()).isEqualTo(expected.volume());
            assertThat(group.get("members").get(0).asText()).isEqualTo(expected.name());
            for (JsonNode kpi : group.get("kpis")) {
                String id = kpi.get("id").asText();
                Kpi k = results.journey().kpis().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                for (int p = 0; p < results.periodCount(); p++) {
                    double v = r.kpi(id, p);
                    JsonNode value = kpi.get("values").get(p);
                    if (Double.isNaN(v)) {
                        assertThat(value.isNull()).as("%s %s %d", expected.name(), id, p).isTrue();
                    } else {
                        assertThat(value.asDouble()).as("%s %s %d", expected.name(), id, p).isEqualTo(v);
                    }
                    String status = kpi.get("statuses").get(p).isNull() ? null : kpi.get("statuses").get(p).asText();
                    assertThat(status).isEqualTo(r.status(k, p) == null ? null : Texts.key(r.status(k, p)));
                }
            }
        }
        // All's summed measures are the groups' sums, read from the JSON alone
        JsonNode measures = new ObjectMapper().readTree(Journeydash.jsonBytes(request, results)).get("measures");
        for (JsonNode m : measures) {
            String id = m.get("id").asText();
            boolean summed = results.journey().measures().stream()
                    .anyMatch(x -> x.id().equals(id) && x.aggregation() == Measure.Aggregation.SUM);
            assertThat(summed).as(id + ": every measure of the sample is summed").isTrue();
            for (int p = 0; p < m.get("values").size(); p++) {
                double sum = 0;
                for (JsonNode group : groups) {
                    sum += group.get("measures").get(id).get(p).asDouble();
                }
                assertThat(m.get("values").get(p).asDouble()).as("%s %d", id, p).isCloseTo(sum, within(1e-6));
            }
        }
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertThat(i).as("\"%s\" in the page", from).isGreaterThanOrEqualTo(0);
        int j = s.indexOf(to, i + from.length());
        assertThat(j).as("\"%s\" after \"%s\"", to, from).isGreaterThan(i);
        return s.substring(i + from.length(), j);
    }

    /** Every match of {@code regex}: its group 1, or groups 1 and 2 joined by |. */
    private static List<String> all(String s, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(s);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.groupCount() >= 2 ? m.group(1) + "|" + m.group(2) : m.group(1));
        }
        return out;
    }
}
