package dev.journeydash.report.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The charts read back: SVG parsed as XML (counts, labels, places), PNG decoded (size, chunks), bytes compared. */
class ChartRendererTest {
    static final String BLUE = "#1F6FB2";
    static final String GREY = "#9A9A9A";
    static final String ORANGE = "#E07B39";
    static final List<String> STAGES = List.of("Awareness", "Consideration", "Purchase", "Retention", "Advocacy");
    static final List<String> STEPS = List.of("Visitors", "Product views", "Add to cart", "Orders",
            "Repeat customers (within 90 days)");

    static List<String> months(int n) {
        String[] names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(names[i % 12] + " " + (2023 + i / 12));
        }
        return out;
    }

    static List<Double> values(int n, double base) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(base * (1 + 0.2 * Math.sin(i / 2.0)));
        }
        return out;
    }

    static ChartSpec trend() {
        List<Double> actual = values(12, 0.018);
        actual.set(4, null);
        return ChartSpec.line("Conversion rate", months(12), List.of(Series.solid("Actual", actual, BLUE),
                Series.dashed("Target", Collections.nCopies(12, 0.025), GREY)), ValueFormat.percent(1));
    }

    static ChartSpec scores() {
        return ChartSpec.bar("Stage scores", STAGES, List.of(Series.solid("Score", List.of(0.82, 0.74, 0.61, 0.88, 1.0),
                ORANGE)), ValueFormat.percent(0)).withMax(1.0);
    }

    static ChartSpec funnel() {
        return ChartSpec.funnel("Funnel, Jun 2025", STEPS, Series.solid("Customers",
                List.of(48210.0, 24100.0, 1904.0, 771.0, 240.0), BLUE), ValueFormat.integer());
    }

    static ChartSpec sparkline() {
        return ChartSpec.sparkline("Visitors, last 12 months", values(12, 45000), BLUE);
    }

    static Stream<ChartSpec> everyKind() {
        return Stream.of(trend(), scores(), funnel(), sparkline(),
                ChartSpec.line("Unique visitors", months(36), List.of(Series.solid("Visitors", values(36, 45000), BLUE)),
                        ValueFormat.integer()),
                funnel().withSize(360, 200).withLocale(Locale.forLanguageTag("id-ID")));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void theSvgIsAnAccessibleImageWithAViewBoxAndNoExternalReference(ChartSpec spec) throws Exception {
        SvgDoc svg = new SvgDoc(ChartRenderer.svg(spec));

        assertThat(svg.root.getLocalName()).isEqualTo("svg");
        assertThat(svg.root.getAttribute("viewBox")).isEqualTo("0 0 " + spec.width() + " " + spec.height());
        assertThat(svg.root.getAttribute("width")).isEqualTo(String.valueOf(spec.width()));
        assertThat(svg.root.getAttribute("role")).isEqualTo("img");
        Element title = svg.all("title").get(0);
        assertThat(title.getTextContent()).isEqualTo(spec.title());
        assertThat(svg.root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        for (Element e : svg.all("*")) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (!a.getName().startsWith("xmlns")) {
                    assertThat(a.getValue()).as(e.getTagName() + "@" + a.getName()).doesNotContain("http", "file:")
                            .doesNotContainPattern("url\\((?!#)");
                    assertThat(a.getLocalName()).isNotEqualTo("href");
                }
            }
        }
        assertThat(svg.all("image")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyLabelFitsInsideTheChart(ChartSpec spec) throws Exception {
        String family = Fonts.resolve(spec.fontFamily());

        for (SvgDoc.Text t : new SvgDoc(ChartRenderer.svg(spec)).texts()) {
            double width = Fonts.width(new Font(family, t.bold() ? Font.BOLD : Font.PLAIN, (int) t.size()), t.text());
            assertThat(t.x()).as("left of \"%s\"", t.text()).isGreaterThanOrEqualTo(0);
            assertThat(t.x() + width).as("right of \"%s\"", t.text()).isLessThanOrEqualTo(spec.width());
            assertThat(t.y()).as("baseline of \"%s\"", t.text()).isBetween(t.size() * 0.7, (double) spec.height());
            assertThat(t.size()).as("size of \"%s\"", t.text()).isBetween(11.0, 13.0);
        }
    }

    @Test
    void aBarChartHasOneBarPerStageWithItsValueAndName() throws Exception {
        SvgDoc svg = new SvgDoc(ChartRenderer.svg(scores()));

        assertThat(svg.rects(ORANGE)).hasSize(5);
        assertThat(svg.textContents()).contains("82%", "74%", "61%", "88%", "100%").containsAll(STAGES)
                .contains("0%", "20%", "100%").doesNotContain("120%");
    }

    static ChartSpec quarters(List<String> stages, int width) {
        List<Double> q1 = values(stages.size(), 0.6);
        List<Double> q2 = values(stages.size(), 0.65);
        return ChartSpec.bar("Stage scores by quarter", stages, List.of(Series.solid("Q1", q1, BLUE),
                Series.solid("Q2", q2, ORANGE)), ValueFormat.percent(0)).withMax(1.0).withSize(width, 300);
    }

    @Test
    void theBarsOfAGroupStandTogether() throws Exception {
        SvgDoc svg = new SvgDoc(ChartRenderer.svg(quarters(STAGES, 640)));
        List<Element> q1 = svg.rects(BLUE);
        List<Element> q2 = svg.rects(ORANGE);

        assertThat(q1).hasSize(5);
        double inside = x(q2.get(0)) - right(q1.get(0));
        double between = x(q1.get(1)) - right(q2.get(0));
        assertThat(inside).isPositive().isLessThan(between / 3);
        assertThat(svg.textContents()).containsAll(STAGES).contains("Q1", "Q2");
    }

    @Test
    void aNarrowBarChartTurnsItsNamesRatherThanBreakingWords() throws Exception {
        List<String> stages = List.of("Acquisition", "Activation", "Engagement", "Revenue", "Retention", "Referral",
                "Customer support");
        SvgDoc svg = new SvgDoc(ChartRenderer.svg(quarters(stages, 480)));

        assertThat(svg.textContents()).containsAll(stages);
        assertThat(svg.all("text")).filteredOn(t -> stages.contains(t.getTextContent()))
                .allSatisfy(t -> assertThat(((Element) t.getParentNode()).getAttribute("transform")).startsWith("matrix("));
        assertThat(svg.texts()).as("no values over bars too narrow for them, only the axis's")
                .filteredOn(t -> t.text().endsWith("%")).allSatisfy(t -> assertThat(t.x()).isLessThan(60));
    }

    private static double x(Element rect) {
        return Double.parseDouble(rect.getAttribute("x"));
    }

    private static double right(Element rect) {
        return x(rect) + Double.parseDouble(rect.getAttribute("width"));
    }

    @Test
    void aTrendHasAPointPerValueAndItsLineBreaksAtTheGap() throws Exception {
        List<Double> actual = values(12, 0.018);
        actual.set(4, null);
        ChartSpec one = ChartSpec.line("Conversion rate", months(12), List.of(Series.solid("Actual", actual, BLUE)),
                ValueFormat.percent(1));
        SvgDoc svg = new SvgDoc(ChartRenderer.svg(one));

        assertThat(svg.markers(BLUE)).as("a marker per value, none for the gap").hasSize(11);
        assertThat(svg.strokes(BLUE)).hasSize(1);
        Element line = svg.strokes(BLUE).get(0);
        // periods 1-4 and 6-12: two runs, 3 + 6 segments
        assertThat(SvgDoc.commands(line, 'M')).isEqualTo(2);
        assertThat(SvgDoc.commands(line, 'L')).isEqualTo(9);
    }

    @Test
    void theTargetIsOneDashedPathAndTheLegendNamesBothSeries() throws Exception {
        SvgDoc svg = new SvgDoc(ChartRenderer.svg(trend()));

        List<Element> target = svg.strokes(GREY).stream()
                .filter(p -> SvgDoc.parentStyle(p).contains("stroke-dasharray")).toList();
        assertThat(target).as("the plot's line and the legend's").hasSize(2);
        assertThat(target).anySatisfy(p -> assertThat(SvgDoc.commands(p, 'L')).isEqualTo(11));
        assertThat(svg.markers(GREY)).isEmpty();
        assertThat(svg.textContents()).contains("Actual", "Target", "Conversion rate");
    }

    @Test
    void aLongTimeAxisShowsAtMostTwelvePeriodsEndingWithTheLatest() throws Exception {
        List<String> periods = months(36);
        ChartSpec spec = ChartSpec.line("Visitors", periods, List.of(Series.solid("Visitors", values(36, 45000), BLUE)),
                ValueFormat.integer());

        List<SvgDoc.Text> labels = new SvgDoc(ChartRenderer.svg(spec)).texts().stream()
                .filter(t -> periods.contains(t.text())).toList();

        assertThat(labels).hasSizeBetween(6, Category.MAX_LABELS);
        assertThat(labels.get(labels.size() - 1).text()).isEqualTo("Dec 2025");
        for (int i = 1; i < labels.size(); i++) {
            double end = labels.get(i - 1).x() + Fonts.width(new Font(Fonts.resolve(spec.fontFamily()), Font.PLAIN, 11),
                    labels.get(i - 1).text());
            assertThat(labels.get(i).x()).as("\"%s\" clear of the label before it", labels.get(i).text())
                    .isGreaterThan(end);
        }
    }

    @Test
    void aFunnelHasItsFirstStepOnTopAndEachValueAtItsBar() throws Exception {
        SvgDoc svg = new SvgDoc(ChartRenderer.svg(funnel()));
        List<SvgDoc.Text> texts = svg.texts();

        List<Double> ys = STEPS.stream().map(s -> texts.stream().filter(t -> t.text().equals(s)).findFirst()
                .orElseThrow().y()).toList();
        assertThat(ys).isSorted();
        assertThat(svg.rects(BLUE)).hasSize(5);
        assertThat(svg.textContents()).contains("48,210", "24,100", "1,904", "771", "240", STEPS.get(4));
    }

    @Test
    void aFunnelWritesNumbersInItsLocale() throws Exception {
        ChartSpec spec = ChartSpec.funnel("Corong", List.of("Pengunjung", "Pesanan"), Series.solid("x",
                List.of(1234567.0, 345678.5), BLUE), ValueFormat.currency("Rp", 0)).withLocale(Locale.forLanguageTag("id-ID"));

        assertThat(new SvgDoc(ChartRenderer.svg(spec)).textContents()).contains("Rp1.234.567", "Rp345.679");
    }

    @Test
    void aSparklineHasNoTextAndOneMarkerAtItsLastPoint() throws Exception {
        SvgDoc svg = new SvgDoc(ChartRenderer.svg(sparkline()));

        assertThat(svg.texts()).isEmpty();
        assertThat(svg.markers(BLUE)).hasSize(1);
        assertThat(svg.strokes(BLUE)).hasSize(1);
        List<Double> xs = SvgDoc.xs(svg.strokes(BLUE).get(0));
        assertThat(xs).hasSize(12).isSorted();
        double lastX = xs.get(11);
        String marker = svg.markers(BLUE).get(0).getAttribute("d");
        double markerRight = Double.parseDouble(marker.substring(1, marker.indexOf(',')));
        assertThat(markerRight).as("the marker's right edge, 2 px right of the last point").isCloseTo(lastX + 2, within());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.02);
    }

    @Test
    void twoChartsInOnePageShareNoId() throws Exception {
        List<String> first = ids(ChartRenderer.svg(scores()));
        List<String> second = ids(ChartRenderer.svg(scores().withMax(null)));

        assertThat(first).isNotEmpty().doesNotContainAnyElementsOf(second);
    }

    private static List<String> ids(String svg) throws Exception {
        return new SvgDoc(svg).all("*").stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty()).toList();
    }

    @Test
    void aFontThatIsNotInstalledFallsBackToDejaVuSans() throws Exception {
        String svg = ChartRenderer.svg(scores().withFont("No Such Font 12345"));

        assertThat(svg).contains("font-family: \"" + Fonts.FALLBACKS.get(0) + "\", sans-serif").doesNotContain("No Such");
    }

    @Test
    void theTitleIsEscaped() throws Exception {
        ChartSpec spec = scores();
        ChartSpec odd = new ChartSpec(spec.kind(), "Revenue <€> & \"more\"", spec.categories(), spec.series(),
                spec.format(), spec.max(), spec.width(), spec.height(), spec.fontFamily(), spec.locale());

        SvgDoc svg = new SvgDoc(ChartRenderer.svg(odd));

        assertThat(svg.all("title").get(0).getTextContent()).isEqualTo("Revenue <€> & \"more\"");
        assertThat(svg.textContents()).contains("Revenue <€> & \"more\"");
    }

    static Stream<ChartSpec> oddData() {
        List<Double> gaps = Arrays.asList(null, null, null);
        List<Double> mixed = List.of(-5.0, 0.0, 1e12);
        List<String> three = List.of("a", "b", "c");
        return Stream.of(ChartSpec.line("gaps", three, List.of(Series.solid("s", gaps, BLUE)), ValueFormat.integer()),
                ChartSpec.bar("gaps", three, List.of(Series.solid("s", gaps, BLUE)), ValueFormat.integer()),
                ChartSpec.funnel("gaps", three, Series.solid("s", gaps, BLUE), ValueFormat.integer()),
                ChartSpec.sparkline("gaps", gaps, BLUE),
                ChartSpec.line("one", List.of("Jun 2025"), List.of(Series.solid("s", List.of(1.0), BLUE)),
                        ValueFormat.decimal(1)),
                ChartSpec.sparkline("one", List.of(3.0), BLUE),
                ChartSpec.line("mixed", three, List.of(Series.solid("s", mixed, BLUE)), ValueFormat.currency("$", 0)),
                ChartSpec.bar("mixed", three, List.of(Series.solid("s", mixed, BLUE)), ValueFormat.integer()),
                ChartSpec.funnel("mixed", three, Series.solid("s", mixed, BLUE), ValueFormat.integer()),
                ChartSpec.sparkline("flat", List.of(2.0, 2.0, 2.0), BLUE).withMax(4.0),
                ChartSpec.bar("tiny", three, List.of(Series.solid("", List.of(1.0, 2.0, 3.0), BLUE)), ValueFormat.integer())
                        .withSize(16, 16));
    }

    @ParameterizedTest
    @MethodSource("oddData")
    void oddDataStillDraws(ChartSpec spec) throws Exception {
        new SvgDoc(ChartRenderer.svg(spec));

        assertThat(ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(spec, 1))).getWidth()).isEqualTo(spec.width());
    }

    @Test
    void badSpecsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Series.solid("x", List.of(1.0), "blue"))
                .hasMessage("colour must be #RRGGBB, not \"blue\"");
        assertThatThrownBy(() -> Series.solid("x", List.of(Double.NaN), BLUE))
                .hasMessage("series \"x\" has a value that is not finite: NaN");
        assertThatThrownBy(() -> ChartSpec.bar("t", STAGES, List.of(Series.solid("s", List.of(1.0), BLUE)),
                ValueFormat.integer())).hasMessage("series \"s\" has 1 values for 5 categories");
        assertThatThrownBy(() -> scores().withSize(10, 300)).hasMessage("width and height must be 16 to 4,000 pixels, not 10 x 300");
        assertThatThrownBy(() -> scores().withMax(-1.0)).hasMessage("max must be positive and finite, not -1.0");
        assertThatThrownBy(() -> ChartRenderer.png(scores(), 20)).hasMessage("scale must be 0.5 to 8, not 20.0");
        assertThatThrownBy(() -> ValueFormat.decimal(9)).hasMessage("decimals must be 0 to 6 (0 for integers), not 9");
    }

    @Test
    void valueFormatsFollowTheLocaleAndRoundHalfUp() {
        Locale id = Locale.forLanguageTag("id-ID");

        assertThat(ValueFormat.integer().numberFormat(Locale.ENGLISH).format(48210.5)).isEqualTo("48,211");
        assertThat(ValueFormat.decimal(1).numberFormat(id).format(1234.45)).isEqualTo("1.234,5");
        assertThat(ValueFormat.percent(1).numberFormat(Locale.ENGLISH).format(0.0165)).isEqualTo("1.7%");
        assertThat(ValueFormat.currency("€", 2).numberFormat(Locale.GERMANY).format(1234.5)).isEqualTo("€1.234,50");
        assertThat(ValueFormat.currency("", 0).numberFormat(Locale.ENGLISH).format(12)).isEqualTo("12");
    }
}
