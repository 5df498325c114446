package dev.journeydash.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

/**
 * A trend over periods: one line per series, each drawn as one path (so that a dashed target's dashes
 * run evenly), broken at gaps, a marker on each point up to 24 periods. The time axis labels every
 * k-th period, counted back from the latest, at most 12 labels that do not touch.
 */
final class LineChart {
    /** Room the value axis's labels and the padding take from the width, about, in pixels. */
    private static final double VALUE_AXIS_ROOM = 80;
    private static final int MAX_MARKED_POINTS = 24;
    private static final double RIGHT_PADDING = 12;

    private LineChart() { }

    static JFreeChart build(ChartSpec spec, Theme theme) {
        List<String> periods = spec.categories();
        int n = periods.size();
        double axisWidth = spec.width() - VALUE_AXIS_ROOM;
        int k = Category.step(periods, theme.tick, axisWidth);
        // x of period i is i + shift, so that the ticks at multiples of k fall on the latest period and every k-th before
        int shift = (k - (n - 1) % k) % k;
        NumberAxis x = new NumberAxis();
        theme.valueAxis(x);
        x.setTickUnit(new NumberTickUnit(k, new PeriodLabels(periods, shift)));
        x.setRange(shift - 0.5, n - 1 + shift + 0.5);
        NumberAxis y = BarChart.valueAxis(spec, theme, false);
        y.setAutoRangeStickyZero(false);
        boolean marked = n <= MAX_MARKED_POINTS;
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, marked);
        r.setDrawSeriesLineAsPath(true);
        r.setDrawOutlines(false);
        for (int i = 0; i < spec.series().size(); i++) {
            Series s = spec.series().get(i);
            r.setSeriesPaint(i, Theme.color(s.color()));
            r.setSeriesStroke(i, s.dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {6f, 4f}, 0f) : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            r.setSeriesShapesVisible(i, marked && !s.dashed());
        }
        XYPlot plot = new XYPlot(Datasets.xy(spec.series(), shift), x, y, r);
        theme.plot(plot);
        JFreeChart chart = theme.chart(spec.title(), plot, spec.series().size() > 1);
        // the latest period's label is centred on the last point: give it room at the right edge
        double half = Fonts.width(theme.tick, periods.get(n - 1)) / 2 + 2 - axisWidth / n / 2;
        RectangleInsets p = chart.getPadding();
        chart.setPadding(new RectangleInsets(p.getTop(), p.getLeft(), p.getBottom(), Math.max(RIGHT_PADDING, half)));
        return chart;
    }

    /** Tick labels of the time axis: the period at x - shift, nothing between periods. */
    private static final class PeriodLabels extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final List<String> periods;
        private final int shift;

        PeriodLabels(List<String> periods, int shift) {
            this.periods = periods;
            this.shift = shift;
        }

        @Override
        public StringBuffer format(double x, StringBuffer to, FieldPosition pos) {
            long i = Math.round(x);
            if (Math.abs(x - i) < 1e-6 && i - shift >= 0 && i - shift < periods.size()) {
                to.append(periods.get((int) (i - shift)));
            }
            return to;
        }

        @Override
        public StringBuffer format(long x, StringBuffer to, FieldPosition pos) {
            return format((double) x, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
