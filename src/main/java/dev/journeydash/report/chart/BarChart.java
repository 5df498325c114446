package dev.journeydash.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Vertical bars, one group per category, each bar with its value above it when the value is no wider
 * than the bar; category names in up to two lines, or at 45 degrees when a word is wider than its slot.
 */
final class BarChart {
    /** Widest bar, as a fraction of the plot's width. */
    private static final double MAX_BAR_WIDTH = 0.12;
    /** Least room between two groups of bars, as a fraction of a category's slot. */
    private static final double GROUP_GAP = 0.3;
    /** Room the value axis's labels and the padding take from the width, about, in pixels. */
    private static final double VALUE_AXIS_ROOM = 60;

    private BarChart() { }

    static JFreeChart build(ChartSpec spec, Theme theme) {
        int n = spec.categories().size();
        int perGroup = spec.series().size();
        double plotWidth = spec.width() - VALUE_AXIS_ROOM;
        double slot = plotWidth / n;
        // bars no wider than MAX_BAR_WIDTH, and GROUP_GAP of each slot left between groups
        double barFraction = Math.min(MAX_BAR_WIDTH, (1 - GROUP_GAP) / (n * perGroup));
        CategoryAxis x = new CategoryAxis();
        theme.categoryAxis(x);
        // no margin between categories: a name may use its whole slot (the bars keep their gap by barFraction)
        x.setCategoryMargin(0);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        if (widestWord(spec.categories(), theme) + 8 > slot) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        } else {
            x.setMaximumCategoryLabelLines(2);
        }
        NumberAxis y = valueAxis(spec, theme, true);
        if (spec.max() == null) {
            y.setUpperMargin(0.12);
        }
        BarRenderer r = bars(spec, theme);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setMaximumBarWidth(barFraction);
        // a value wider than its bar would run into the next one: then the axis alone tells the values
        r.setDefaultItemLabelsVisible(widestValue(spec, theme) + 2 <= barFraction * plotWidth);
        CategoryPlot plot = new CategoryPlot(Datasets.categories(spec.series(), Category.all(spec.categories())), x, y, r);
        theme.plot(plot);
        return theme.chart(spec.title(), plot, perGroup > 1);
    }

    private static double widestWord(List<String> labels, Theme theme) {
        return labels.stream().flatMap(l -> Arrays.stream(l.split("\\s+")))
                .mapToDouble(w -> Fonts.width(theme.tick, w)).max().orElse(0);
    }

    private static double widestValue(ChartSpec spec, Theme theme) {
        NumberFormat format = spec.format().numberFormat(spec.locale());
        return spec.series().stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(v -> Fonts.width(theme.label, format.format(v))).max().orElse(0);
    }

    /** Flat bars in the series' colours, each with its value as a label; the caller places the labels. */
    static BarRenderer bars(ChartSpec spec, Theme theme) {
        BarRenderer r = new PackedBars();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.06);
        for (int i = 0; i < spec.series().size(); i++) {
            r.setSeriesPaint(i, Theme.color(spec.series().get(i).color()));
        }
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                spec.format().numberFormat(spec.locale())));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.label);
        r.setDefaultItemLabelPaint(Theme.TEXT);
        r.setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
        return r;
    }

    /**
     * The value axis in the spec's format; up to the spec's max when it has one, with ticks at fifths of it
     * and room above it for the labels of full bars (a tenth) or for a line at the max (a fiftieth).
     */
    static NumberAxis valueAxis(ChartSpec spec, Theme theme, boolean bars) {
        NumberAxis y = new NumberAxis();
        theme.valueAxis(y);
        y.setNumberFormatOverride(spec.format().numberFormat(spec.locale()));
        y.setAutoRangeIncludesZero(bars);
        if (spec.format().type() == ValueFormat.Type.INTEGER) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(spec.locale()));
        }
        if (spec.max() != null) {
            y.setRange(0, spec.max() * (bars ? 1.1 : 1.02));
            y.setTickUnit(new NumberTickUnit(spec.max() / 5, spec.format().numberFormat(spec.locale())));
        }
        return y;
    }

    /**
     * Bars of one category side by side with a small gap, the group centred in its slot. (JFreeChart
     * centres each bar in a share of the whole slot, which spreads a group of narrow bars over it.)
     */
    private static final class PackedBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private static final double GAP = 0.15;

        @Override
        protected double calculateBarW0(CategoryPlot plot, PlotOrientation orientation, Rectangle2D dataArea,
                                        CategoryAxis domainAxis, CategoryItemRendererState state, int row, int column) {
            double middle = domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
            int count = state.getVisibleSeriesCount() >= 0 ? state.getVisibleSeriesCount() : getRowCount();
            int index = state.getVisibleSeriesIndex(row) >= 0 ? state.getVisibleSeriesIndex(row) : row;
            double bar = state.getBarWidth();
            double group = count * bar + (count - 1) * bar * GAP;
            return middle - group / 2 + index * bar * (1 + GAP);
        }
    }
}
