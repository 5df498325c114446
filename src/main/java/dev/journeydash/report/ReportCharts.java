package dev.journeydash.report;

import dev.journeydash.labels.Labels;

import dev.journeydash.compute.Funnel;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Period;
import dev.journeydash.model.Stage;
import dev.journeydash.model.Theme;
import dev.journeydash.model.ValueFormat;
import dev.journeydash.report.chart.ChartSpec;
import dev.journeydash.report.chart.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's charts for one period, as chart specs in the theme's colours: the journey score
 * over time, the stage scores, the funnel, a score trend per stage and a sparkline per KPI.
 * Trends end at the selected period and show at most {@link #TREND} periods, sparklines
 * {@link #SPARK}, as the workbook's do.
 */
final class ReportCharts {
    /** Periods a trend chart shows, at most. */
    static final int TREND = 24;
    /** Periods a sparkline shows, at most. */
    static final int SPARK = 12;

    private final Results r;
    private final int p;
    private final Theme theme;
    private final Locale locale;
    private final Labels labels;

    ReportCharts(Results results, int period, Theme theme, Locale locale, Labels labels) {
        this.labels = labels;
        this.r = results;
        this.p = period;
        this.theme = theme;
        this.locale = locale;
    }

    /** Every chart but the sparklines, by the name its PNG file takes (without .png). */
    Map<String, ChartSpec> charts() {
        Map<String, ChartSpec> out = new LinkedHashMap<>();
        out.put("journey-score", journeyScore());
        out.put("stage-scores", stageScores());
        ChartSpec funnel = funnel();
        if (funnel != null) {
            out.put("funnel", funnel);
        }
        for (Stage st : r.journey().stages()) {
            out.put("stage-" + st.id(), stageTrend(st));
        }
        return out;
    }

    ChartSpec journeyScore() {
        int from = Math.max(0, p - TREND + 1);
        return spec(ChartSpec.line(labels.get("chart.journeyScore"), labels(from), List.of(Series.solid(labels.get("dash.journeyScore"),
                values(r.journeyScore(), from), primary())), chartFormat(ValueFormat.PERCENT)).withMax(1.0)
                .withSize(900, 240));
    }

    ChartSpec stageScores() {
        List<String> names = r.journey().stages().stream().map(Stage::name).toList();
        List<Double> scores = r.journey().stages().stream().map(st -> finite(r.stageScore(st.id(), p))).toList();
        return spec(ChartSpec.bar(labels.format("report.chart.stageScores", labels.period(r.data().periods().get(p))), names,
                List.of(Series.solid(labels.get("head.score"), scores, accent())), chartFormat(ValueFormat.PERCENT)).withMax(1.0));
    }

    /** The funnel of the period; null when the journey has none. */
    ChartSpec funnel() {
        Funnel f = r.funnel(p);
        if (f.steps().isEmpty()) {
            return null;
        }
        List<String> steps = f.steps().stream().map(s -> s.step().label()).toList();
        List<Double> volumes = f.steps().stream().map(s -> finite(s.volume())).toList();
        return spec(ChartSpec.funnel(labels.format("report.chart.funnel", labels.period(r.data().periods().get(p))), steps,
                Series.solid(labels.get("head.volume"), volumes, accent()), chartFormat(ValueFormat.INTEGER)));
    }

    ChartSpec stageTrend(Stage st) {
        int from = Math.max(0, p - TREND + 1);
        List<Series> series = List.of(
                Series.solid(st.name(), values(r.stageScores().get(st.id()), from), accent()),
                Series.dashed(labels.get("report.chart.journey"), values(r.journeyScore(), from), muted()));
        return spec(ChartSpec.line(labels.format("report.chart.stageTrend", st.name()), labels(from), series,
                chartFormat(ValueFormat.PERCENT)).withMax(1.0).withSize(480, 240));
    }

    /** The KPI's last values up to the period, in the colour of its status. */
    ChartSpec sparkline(Kpi k) {
        int from = Math.max(0, p - SPARK + 1);
        return spec(ChartSpec.sparkline(labels.format("report.chart.spark", k.label(), String.valueOf(p - from + 1)),
                values(r.kpiValues().get(k.id()), from), primary()));
    }

    private ChartSpec spec(ChartSpec s) {
        return s.withFont(theme.font()).withLocale(locale);
    }

    private List<String> labels(int from) {
        List<String> out = new ArrayList<>();
        List<Period> periods = r.data().periods();
        for (int i = from; i <= p; i++) {
            out.add(labels.period(periods.get(i)));
        }
        return out;
    }

    private List<Double> values(double[] all, int from) {
        List<Double> out = new ArrayList<>();
        for (int i = from; i <= p; i++) {
            out.add(finite(all[i]));
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private dev.journeydash.report.chart.ValueFormat chartFormat(ValueFormat f) {
        return switch (f) {
            case PERCENT -> dev.journeydash.report.chart.ValueFormat.percent(0);
            case INTEGER -> dev.journeydash.report.chart.ValueFormat.integer();
            case CURRENCY -> dev.journeydash.report.chart.ValueFormat.currency(
                    r.brand().currency() != null ? r.brand().currency() : r.journey().currency(), 0);
            default -> dev.journeydash.report.chart.ValueFormat.decimal(1);
        };
    }

    private String primary() {
        return "#" + theme.primary();
    }

    private String accent() {
        return "#" + theme.accent();
    }

    private String muted() {
        return "#" + theme.muted();
    }
}
