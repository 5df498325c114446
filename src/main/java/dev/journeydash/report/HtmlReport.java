package dev.journeydash.report;

import dev.journeydash.labels.Labels;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Brand;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import dev.journeydash.model.Theme;
import dev.journeydash.report.chart.ChartRenderer;
import dev.journeydash.report.chart.ChartSpec;
import dev.journeydash.text.Markup;
import dev.journeydash.text.Snippets;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one-file HTML summary of one period: the template {@value #TEMPLATE} (built in, or the
 * brand folder's own) rendered in the text sandbox over {@link ReportData}'s model, with the
 * charts inline as SVG, the theme's colours and fonts, and an insight sentence per friction
 * point from {@value #INSIGHT}. The page loads nothing: its Content-Security-Policy forbids every
 * fetch, styles are inline, images are SVG or data URIs. Equal inputs give equal bytes.
 */
public final class HtmlReport {
    /** The report's template, looked up in the brand folder first. */
    public static final String TEMPLATE = "summary.html.ftl";
    /** The insight sentence's template. */
    public static final String INSIGHT = "insight.ftl";

    private final Results results;
    private final int period;
    private final Brand brand;
    private final Theme theme;
    private final Snippets snippets;
    private final Locale locale;
    private final Labels labels;

    /**
     * @param results  the computed journey
     * @param period   the period shown, 0-based
     * @param brand    colours, fonts and logo
     * @param snippets the brand's templates over the built-in ones
     * @param locale   the locale of numbers and dates
     */
    public HtmlReport(Results results, int period, Brand brand, Snippets snippets, Locale locale) {
        this(results, period, brand, snippets, locale, Labels.english());
    }

    /** As {@link #HtmlReport(Results, int, Brand, Snippets, Locale)}, with the words of {@code labels}'s language. */
    public HtmlReport(Results results, int period, Brand brand, Snippets snippets, Locale locale, Labels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.results = Objects.requireNonNull(results, "results");
        this.brand = Objects.requireNonNull(brand, "brand");
        this.theme = brand.theme();
        this.snippets = Objects.requireNonNull(snippets, "snippets");
        this.locale = Objects.requireNonNull(locale, "locale");
        if (period < 0 || period >= results.periodCount()) {
            throw new IllegalArgumentException("period " + period + " of " + results.periodCount());
        }
        this.period = period;
    }

    /** The HTML page. */
    public String html() throws InputException {
        return snippets.render(TEMPLATE, model(), locale, Snippets.Format.HTML);
    }

    /** The report's charts (not the sparklines) as PNG files at {@code scale} times their size, by file name. */
    public Map<String, byte[]> pngs(double scale) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        charts().charts().forEach((name, spec) -> out.put(name + ".png", ChartRenderer.png(spec, scale)));
        return out;
    }

    /** The template's data model (documented in docs/report.md). */
    public Map<String, Object> model() throws InputException {
        ReportData data = new ReportData(results, period, locale, labels);
        ReportCharts charts = charts();
        Map<String, Object> m = data.model();
        m.put("theme", theme());
        if (brand.logo() != null) {
            m.put("logo", logo());
        }
        m.put("labels", labels.texts("report."));
        Map<String, Object> svg = new LinkedHashMap<>();
        charts.charts().forEach((name, spec) -> svg.put(name.replace('-', '_'), svg(spec)));
        // the journey score's trend drawn narrower too, for phones: the wide one's labels would shrink to 4 px
        svg.put("journey_score_narrow", svg(charts.journeyScore().withSize(420, 260)));
        m.put("charts", svg);
        List<Stage> stages = results.journey().stages();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stageMaps = (List<Map<String, Object>>) (List<?>) m.get("stages");
        for (int i = 0; i < stages.size(); i++) {
            Map<String, Object> st = stageMaps.get(i);
            st.put("trend", svg.get(("stage-" + stages.get(i).id()).replace('-', '_'))); // drawn once, in charts()
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cards = (List<Map<String, Object>>) (List<?>) st.get("kpis");
            List<Kpi> kpis = stages.get(i).kpis();
            for (int k = 0; k < kpis.size(); k++) {
                cards.set(k, withSpark(cards.get(k), charts.sparkline(kpis.get(k))));
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> friction = (List<Map<String, Object>>) (List<?>) m.get("friction");
        for (Map<String, Object> f : friction) {
            f.put("sentence", snippets.render(INSIGHT, Map.of("kpi", f, "labels", labels.texts("insight.")), locale,
                    Snippets.Format.TEXT));
        }
        return m;
    }

    private ReportCharts charts() {
        return new ReportCharts(results, period, theme, locale, labels);
    }

    private static Map<String, Object> withSpark(Map<String, Object> card, ChartSpec spark) {
        Map<String, Object> out = new LinkedHashMap<>(card);
        out.put("spark", svg(spark));
        return out;
    }

    private static Markup svg(ChartSpec spec) {
        return new Markup(ChartRenderer.svg(spec));
    }

    /** The logo as a data: URI (its bytes checked by the brand reader), its size in pixels and its alt text. */
    private Map<String, Object> logo() {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("src", "data:" + brand.logo().type().mime() + ";base64," + Base64.getEncoder().encodeToString(brand.logo().bytes()));
        String client = results.journey().client();
        l.put("alt", client.isEmpty() ? "Logo" : client);
        l.put("width", brand.logo().width());
        l.put("height", brand.logo().height());
        return l;
    }

    private Map<String, Object> theme() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("font", theme.font());
        t.put("headingFont", theme.headingFont());
        t.put("background", "#" + theme.background());
        t.put("primary", "#" + theme.primary());
        t.put("onPrimary", "#" + theme.onPrimary());
        t.put("accent", "#" + theme.accent());
        t.put("headerFill", "#" + theme.headerFill());
        t.put("good", "#" + theme.good());
        t.put("warn", "#" + theme.warn());
        t.put("bad", "#" + theme.bad());
        t.put("muted", "#" + theme.muted());
        t.put("alert", "#" + theme.alert());
        return t;
    }
}
