package dev.journeydash.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

/**
 * The clean look every chart shares: white background, no border, a light horizontal grid, no axis
 * lines or tick marks, dark grey text at 11 pixels (title 13, bold), the legend below without a frame.
 */
final class Theme {
    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xE3, 0xE3, 0xE3);

    final String family;
    final Font title;
    final Font tick;
    final Font label;

    Theme(String requestedFamily) {
        family = Fonts.resolve(requestedFamily);
        title = new Font(family, Font.BOLD, 13);
        tick = new Font(family, Font.PLAIN, 11);
        label = new Font(family, Font.PLAIN, 11);
    }

    /** A chart around {@code plot}, with a title (null for none) and a legend when there are several series. */
    JFreeChart chart(String text, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, title, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 6, 12));
        if (text != null && !text.isEmpty()) {
            TextTitle t = new TextTitle(text, title, TEXT, RectangleEdge.TOP, HorizontalAlignment.LEFT,
                    VerticalAlignment.CENTER, new RectangleInsets(0, 0, 8, 0));
            chart.setTitle(t);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(label);
            l.setItemPaint(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setHorizontalAlignment(HorizontalAlignment.LEFT);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
        return chart;
    }

    /** A plot on white with the grid along the value axis only. */
    void plot(CategoryPlot plot) {
        plain(plot);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeZeroBaselineVisible(false);
    }

    /** As {@link #plot(CategoryPlot)}, for a plot over numbers. */
    void plot(XYPlot plot) {
        plain(plot);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeZeroBaselineVisible(false);
    }

    private static void plain(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 0, 0, 0));
    }

    void categoryAxis(CategoryAxis axis) {
        axis.setTickLabelFont(tick);
        axis.setTickLabelPaint(MUTED);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setTickLabelInsets(new RectangleInsets(4, 4, 2, 4));
    }

    void valueAxis(NumberAxis axis) {
        axis.setTickLabelFont(tick);
        axis.setTickLabelPaint(MUTED);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setTickLabelInsets(new RectangleInsets(2, 2, 2, 6));
    }

    static Paint color(String hex) {
        return Color.decode(hex);
    }
}
