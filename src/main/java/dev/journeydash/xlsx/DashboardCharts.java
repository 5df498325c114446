package dev.journeydash.xlsx;

import dev.journeydash.compute.Funnel;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.DashboardLayout.Detail;
import dev.journeydash.xlsx.DashboardLayout.FunnelColumn;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * The Dashboard's three charts under the cards: the funnel and the stage scores of the selected
 * period, and the journey score over time; side by side for a journey of one band of stages, else
 * the funnel and the journey score side by side and the stage scores under them, the page's width,
 * so that twelve stages' names stay legible. They read the calculation detail's
 * tables; their caches are the values from {@link Results}.
 */
final class DashboardCharts {
    private final Charts charts;
    private final RenderContext ctx;
    private final DashboardLayout layout;
    private final Results r;
    private int top;
    private int bottom;
    private final String q;

    private DashboardCharts(XSSFSheet sheet, RenderContext ctx, int top, int height) {
        this.charts = new Charts(sheet, ctx.styles().palette());
        this.ctx = ctx;
        this.q = Refs.q(ctx.layout().dashboardSheet()) + "!";
        this.layout = ctx.layout().dashboard();
        this.r = ctx.results();
        this.top = top;
        this.bottom = top + height;
    }

    /**
     * The charts from 0-based row {@code top}, each row of charts {@code height} rows tall, across
     * the printed page; returns the (1-based) last row they cover.
     */
    static int write(XSSFSheet sheet, RenderContext ctx, int top, int height) {
        DashboardCharts c = new DashboardCharts(sheet, ctx, top, height);
        int end = c.layout.pageLastColumn() + 1;
        boolean funnel = !ctx.journey().funnel().isEmpty();
        if (c.layout.bands() == 1) {
            int third = Math.max(2, c.layout.pageLastColumn() / 3);
            if (funnel) {
                c.funnel(1, 1 + third);
            }
            c.stageScores(1 + third, 1 + 2 * third);
            c.journeyScore(1 + 2 * third, end);
            return c.bottom;
        }
        // two rows of charts, each a little shorter, so that they and the friction points share a page; made in the
        // order of one row (funnel, stage scores, journey score), which is the drawing's order
        int first = top;
        int second = top + height - 1;
        int half = 1 + c.layout.pageLastColumn() / 2;
        c.rows(first, height - 2);
        if (funnel) {
            c.funnel(1, half);
        }
        c.rows(second, height - 2);
        c.stageScores(1, end);
        c.rows(first, height - 2);
        c.journeyScore(funnel ? half : 1, end);
        return second + height - 2;
    }

    /** The next charts from 0-based row {@code from}, {@code height} rows tall. */
    private void rows(int from, int height) {
        top = from;
        bottom = from + height;
    }

    private static Double nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** Horizontal bars of the selected period's funnel volumes, labelled with their conversions. */
    private void funnel(int left, int right) {
        Funnel funnel = r.funnel(ctx.selected());
        int n = funnel.steps().size();
        String[] labels = new String[n];
        Double[] values = new Double[n];
        for (int s = 0; s < n; s++) {
            labels[s] = DashboardDetail.chartLabel(funnel.steps().get(s));
            values[s] = nullable(funnel.steps().get(s).volume());
        }
        int first = layout.funnelRow(0);
        int last = layout.funnelRow(n - 1);
        XSSFChart chart = charts.create(left, top, right, bottom, ctx.word("chart.funnel"));
        charts.bars(chart, q + Refs.abs(layout.funnelColumn(FunnelColumn.CHART_LABEL), first, last), labels,
                List.of(new Charts.Series(ctx.word("head.volume"), q + Refs.abs(layout.funnelColumn(FunnelColumn.VOLUME), first, last), values,
                        ctx.styles().theme().primary(), false)), "#,##0", true, null);
    }

    /** Columns of the selected period's stage scores. */
    private void stageScores(int left, int right) {
        List<Stage> stages = ctx.journey().stages();
        String[] names = stages.stream().map(Stage::name).toArray(String[]::new);
        Double[] scores = stages.stream().map(st -> nullable(r.stageScore(st.id(), ctx.selected()))).toArray(Double[]::new);
        int first = layout.stageScoresRow(0);
        int last = layout.stageScoresRow(stages.size() - 1);
        int col = layout.detailColumn(Detail.LABEL);
        XSSFChart chart = charts.create(left, top, right, bottom, ctx.word("chart.stageScores"));
        charts.bars(chart, q + Refs.abs(col, first, last), names,
                List.of(new Charts.Series(ctx.word("head.stageScore"), q + Refs.abs(col + 1, first, last), scores,
                        ctx.styles().theme().accent(), false)), "0%", false, 1.0);
    }

    /** A line of the journey score over the trend window. */
    private void journeyScore(int left, int right) {
        WindowCells window = new WindowCells(ctx);
        WindowCells.Span span = window.journey();
        int first = layout.windowRow(0);
        int last = layout.windowRow(span.length() - 1);
        XSSFChart chart = charts.create(left, top, right, bottom, ctx.word("chart.journeyScore"));
        charts.lines(chart, q + Refs.abs(layout.windowColumn(), first, last), window.labels(span),
                List.of(new Charts.Series(ctx.word("dash.journeyScore"), q + Refs.abs(layout.windowJourneyColumn(), first, last),
                        window.values(span, r::journeyScore), ctx.styles().theme().primary(), false)), "0%",
                ctx.styles().datePattern(ctx.journey().granularity()), 1.0);
    }
}
