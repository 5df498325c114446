package dev.journeydash.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

/** A sparkline: the first series as one thin path, no axes, grid or text, its last value marked with a dot. */
final class Sparkline {
    private Sparkline() { }

    static JFreeChart build(ChartSpec spec, Theme theme) {
        Series s = spec.series().get(0);
        NumberAxis x = new NumberAxis();
        x.setVisible(false);
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.03);
        x.setUpperMargin(0.05);
        NumberAxis y = new NumberAxis();
        y.setVisible(false);
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(1e-9);
        y.setLowerMargin(0.12);
        y.setUpperMargin(0.12);
        if (spec.max() != null) {
            y.setRange(0, spec.max());
        }
        XYLineAndShapeRenderer r = new LastPointMarked(lastValue(s));
        r.setDrawSeriesLineAsPath(true);
        r.setDrawOutlines(false);
        r.setSeriesPaint(0, Theme.color(s.color()));
        r.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        XYPlot plot = new XYPlot(Datasets.xy(List.of(s), 0), x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = theme.chart(null, plot, false);
        chart.setPadding(new RectangleInsets(1, 1, 1, 1));
        return chart;
    }

    /** 0-based index of the last non-null value; -1 when there is none. */
    static int lastValue(Series s) {
        for (int i = s.values().size() - 1; i >= 0; i--) {
            if (s.values().get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Lines everywhere, a marker on one point only. */
    private static final class LastPointMarked extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final int last;

        LastPointMarked(int last) {
            super(true, true);
            this.last = last;
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            return item == last;
        }
    }
}
