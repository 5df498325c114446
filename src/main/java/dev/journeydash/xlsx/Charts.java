package dev.journeydash.xlsx;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LayoutMode;
import org.apache.poi.xddf.usermodel.chart.LayoutTarget;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFManualLayout;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

import java.util.HexFormat;
import java.util.List;

/**
 * Native Excel charts over worksheet ranges. Each series references a range and carries a
 * cache of the values computed in Java, so viewers that do not recalculate still draw it.
 */
final class Charts {
    /** One series: its name, the range it reads (e.g. {@code 'Data'!$B$2:$B$25}) and the cached values. */
    record Series(String name, String range, Double[] values, String rgb, boolean line) { }

    private final XSSFSheet sheet;
    private final ThemePalette palette;
    private XSSFDrawing drawing;

    /** Charts on {@code sheet} whose series colours refer to {@code palette}'s scheme colours where it holds them. */
    Charts(XSSFSheet sheet, ThemePalette palette) {
        this.sheet = sheet;
        this.palette = palette;
    }

    /** A chart anchored from (col1,row1) to (col2,row2), 0-based, end exclusive. */
    XSSFChart create(int col1, int row1, int col2, int row2, String title) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        // without it Excel draws a rounded frame, which no other engine does
        chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        // a run's properties come before its text: rebuild the run in schema order
        var paragraph = chart.getCTChart().getTitle().getTx().getRich().getPArray(0);
        paragraph.removeR(0);
        var run = paragraph.addNewR();
        run.addNewRPr().setSz(1100);
        run.getRPr().setB(true);
        run.setT(title);
        return chart;
    }

    /**
     * A bar chart. {@code horizontal} draws bars left to right with the first category on top
     * (a funnel); values are labelled on the bars.
     */
    void bars(XSSFChart chart, String catRange, String[] categories, List<Series> series, String valueFormat,
              boolean horizontal, Double max) {
        XDDFCategoryAxis cat = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setNumberFormat(valueFormat);
        val.setMinimum(0);
        if (max != null) {
            val.setMaximum(max);
        }
        gridlines(val);
        if (horizontal) {
            cat.setOrientation(AxisOrientation.MAX_MIN);
            val.setVisible(false);
            val.setMajorTickMark(org.apache.poi.xddf.usermodel.chart.AxisTickMark.NONE);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories, catRange);
        for (Series s : series) {
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(s.values(), s.range());
            XDDFChartData.Series ser = data.addSeries(cats, vals);
            ser.setTitle(s.name(), null);
            ser.setFillProperties(new XDDFSolidFillProperties(palette.chartColor(s.rgb())));
        }
        chart.plot(data);
        for (int i = 0; i < series.size(); i++) {
            labels(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(i).addNewDLbls(), valueFormat);
        }
        if (series.size() > 1) {
            legend(chart);
        }
        if (horizontal) {
            roomForLabels(chart);
        }
    }

    /** The share of a horizontal bar chart's width kept right of its plot area, for the longest bar's label. */
    static final double LABEL_ROOM = 0.18;

    /**
     * The plot area, axis labels included, placed by hand under the title so that a fixed share
     * of the chart's width stays free on its right: the label of a bar that reaches the axis's end
     * (up to "9,999,999") sits there instead of past the chart's edge, where Excel clips it. The
     * axis still scales itself, so a larger period or a pasted month still fits.
     */
    private static void roomForLabels(XSSFChart chart) {
        XDDFManualLayout layout = chart.getOrAddManualLayout();
        layout.setTarget(LayoutTarget.OUTER);
        layout.setXMode(LayoutMode.EDGE);
        layout.setYMode(LayoutMode.EDGE);
        layout.setX(0.02);
        layout.setY(0.13);
        layout.setWidthRatio(1 - 0.02 - LABEL_ROOM);
        layout.setHeightRatio(0.85);
    }

    /** Most period labels on a time axis. */
    static final int MAX_AXIS_LABELS = 12;

    /** A line chart over categories (periods): one line per series, solid or dashed. */
    void lines(XSSFChart chart, String catRange, String[] categories, List<Series> series, String valueFormat,
               String categoryFormat, Double max) {
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        cat.setTickLabelPosition(AxisTickLabelPosition.LOW);
        if (categoryFormat != null) {
            cat.setNumberFormat(categoryFormat);
        }
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setNumberFormat(valueFormat);
        if (max != null) {
            val.setMaximum(max);
        }
        gridlines(val);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, cat, val);
        data.setGrouping(Grouping.STANDARD);
        data.setVaryColors(false);
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories, catRange);
        for (Series s : series) {
            XDDFLineChartData.Series ser = (XDDFLineChartData.Series) data.addSeries(cats,
                    XDDFDataSourcesFactory.fromArray(s.values(), s.range()));
            ser.setTitle(s.name(), null);
            ser.setSmooth(false);
            ser.setMarkerStyle(s.line() ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
            ser.setMarkerSize((short) 4);
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(palette.chartColor(s.rgb())));
            line.setWidth(s.line() ? 1.5 : 2.25);
            if (s.line()) {
                line.setPresetDash(new org.apache.poi.xddf.usermodel.XDDFPresetLineDash(
                        org.apache.poi.xddf.usermodel.PresetLineDash.DASH));
            }
            XDDFShapeProperties props = new XDDFShapeProperties();
            props.setLineProperties(line);
            ser.setShapeProperties(props);
        }
        chart.plot(data);
        // every k-th period label, at most 12 labels: left to itself, LibreOffice crowds 24
        // labels into a chart this wide, and Excel's own choice differs by version
        int skip = Math.max(1, (categories.length + MAX_AXIS_LABELS - 1) / MAX_AXIS_LABELS);
        chart.getCTChart().getPlotArea().getCatAxArray(0).addNewTickLblSkip().setVal(skip);
        chart.getCTChart().addNewDispBlanksAs().setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
        if (series.size() > 1) {
            legend(chart);
        }
    }

    private static void legend(XSSFChart chart) {
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
    }

    private static void gridlines(XDDFValueAxis val) {
        XDDFShapeProperties grid = val.getOrAddMajorGridProperties();
        grid.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(color("E5E7EB"))));
    }

    private static void labels(CTDLbls l, String format) {
        l.addNewNumFmt().setFormatCode(format);
        l.getNumFmt().setSourceLinked(false);
        l.addNewSpPr().addNewNoFill();
        l.addNewShowLegendKey().setVal(false);
        l.addNewShowVal().setVal(true);
        l.addNewShowCatName().setVal(false);
        l.addNewShowSerName().setVal(false);
        l.addNewShowPercent().setVal(false);
        l.addNewShowBubbleSize().setVal(false);
    }

    static XDDFColor color(String rgb) {
        return XDDFColor.from(HexFormat.of().parseHex(rgb));
    }

}
