package dev.journeydash.report.chart;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.Objects;

/**
 * A funnel: one horizontal bar per step, the first step on top, each bar's value at its end, step
 * names on the left never cut short. The value axis is not drawn; its range is made just wide
 * enough that the widest value label fits right of the longest bar (a first layout measures the bars'
 * room).
 */
final class FunnelChart {
    /** Gap between a bar's end and its label, as the renderer's label insets put it, plus a margin. */
    private static final double LABEL_GAP = 4 + 4;

    private FunnelChart() { }

    static JFreeChart build(ChartSpec spec, Theme theme) {
        ChartSpec one = new ChartSpec(spec.kind(), spec.title(), spec.categories(), spec.series().subList(0, 1),
                spec.format(), spec.max(), spec.width(), spec.height(), spec.fontFamily(), spec.locale());
        CategoryAxis steps = new CategoryAxis();
        theme.categoryAxis(steps);
        steps.setCategoryMargin(0.25);
        steps.setLowerMargin(0.02);
        steps.setUpperMargin(0.02);
        // a step name may take the whole width rather than be cut short
        steps.setMaximumCategoryLabelWidthRatio(1.0f);
        NumberAxis values = new NumberAxis();
        values.setVisible(false);
        values.setAutoRangeIncludesZero(true);
        BarRenderer r = BarChart.bars(one, theme);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setMaximumBarWidth(1.0);
        CategoryPlot plot = new CategoryPlot(Datasets.categories(one.series(), Category.all(one.categories())), steps, values, r);
        theme.plot(plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = theme.chart(spec.title(), plot, false);
        fitLabels(chart, values, one, theme);
        return chart;
    }

    /** Sets the value range so that the widest bar's label ends inside the plot. */
    private static void fitLabels(JFreeChart chart, NumberAxis values, ChartSpec spec, Theme theme) {
        NumberFormat format = spec.format().numberFormat(spec.locale());
        double top = 0;
        double widest = 0;
        for (Double v : spec.series().get(0).values()) {
            if (v != null) {
                top = Math.max(top, v);
                widest = Math.max(widest, Fonts.width(theme.label, format.format(v)));
            }
        }
        double room = dataWidth(chart, spec);
        double usable = room - widest - LABEL_GAP;
        double upper = top <= 0 ? 1 : usable > room * 0.2 ? top * room / usable : top * 5;
        values.setRange(0, upper);
    }

    /** The width of the bars' area, from a layout on a scratch image. */
    private static double dataWidth(JFreeChart chart, ChartSpec spec) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, spec.width(), spec.height()), info);
            return Objects.requireNonNull(info.getPlotInfo().getDataArea()).getWidth();
        } finally {
            g.dispose();
        }
    }
}
