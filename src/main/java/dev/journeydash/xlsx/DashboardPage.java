package dev.journeydash.xlsx;

import dev.journeydash.compute.FrictionPoint;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.DashboardLayout.Detail;
import dev.journeydash.xlsx.DashboardLayout.FunnelColumn;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Dashboard's printed page: the banner, the period selector and the journey score, KPI
 * cards grouped by stage (value, status, target, variance, change, sparkline), the charts and
 * the friction points. Every number is a formula of a cell of the calculation detail
 * ({@link DashboardDetail}), with the value from {@link Results} cached.
 */
final class DashboardPage {
    static final int STAGE_ROW = 6;
    static final int CARD_ROW = 7;
    static final int CARD_HEIGHT = 4;
    static final int CHART_HEIGHT = 16;
    /** Characters of a KPI label on one line of its card (two columns, 10 pt bold), measured wide. */
    static final int LABEL_LINE = 28;
    /** Characters of a stage name on one line of its header cell (11 pt bold). */
    static final int STAGE_LINE = 14;
    /** Friction points shown. */
    static final int FRICTION_COUNT = 3;

    private final XSSFSheet sheet;
    private final SheetWriter w;
    private final RenderContext ctx;
    private final DashboardLayout layout;
    private final Styles styles;
    private final Results r;
    private final Journey journey;
    private final int sel;
    private final int stages;
    /** Per band, its first row (the stage headers') and its last. */
    private final int[] bandTop;
    private final int[] bandBottom;
    private final List<int[]> blocks = new ArrayList<>();

    DashboardPage(XSSFSheet sheet, RenderContext ctx) {
        this.sheet = sheet;
        this.w = new SheetWriter(sheet);
        this.ctx = ctx;
        this.layout = ctx.layout().dashboard();
        this.styles = ctx.styles();
        this.r = ctx.results();
        this.journey = ctx.journey();
        this.sel = ctx.selected();
        this.stages = journey.stages().size();
        int bands = layout.bands();
        bandTop = new int[bands];
        bandBottom = new int[bands];
        int top = STAGE_ROW;
        for (int b = 0; b < bands; b++) {
            bandTop[b] = top;
            bandBottom[b] = top + CARD_HEIGHT * maxKpis(b);
            top = bandBottom[b] + 2;
        }
    }

    /** The most KPIs of a stage in band {@code band}. */
    private int maxKpis(int band) {
        int max = 1;
        for (int g = band * DashboardLayout.BAND; g < Math.min(stages, (band + 1) * DashboardLayout.BAND); g++) {
            max = Math.max(max, journey.stages().get(g).kpis().size());
        }
        return max;
    }

    /** The first row of the card of KPI {@code j} (0-based) of the stage {@code g}. */
    private int cardRow(int g, int j) {
        return bandTop[layout.band(g)] + 1 + CARD_HEIGHT * j;
    }

    /**
     * The page's blocks, top to bottom, each {first row, last row} (1-based): banner and selector,
     * each band of stages, the charts, the friction points. A page break falls only between blocks.
     */
    List<int[]> blocks() {
        return blocks;
    }

    /** Writes the page; returns its last row. */
    int write() {
        banner();
        selector();
        periodList();
        cards();
        blocks.add(new int[] {1, STAGE_ROW - 1});
        for (int b = 0; b < bandTop.length; b++) {
            blocks.add(new int[] {bandTop[b], bandBottom[b]});
        }
        int chartRow = bandBottom[bandTop.length - 1] + 2;
        int chartsEnd = DashboardCharts.write(sheet, ctx, chartRow - 1, CHART_HEIGHT);
        blocks.add(new int[] {chartRow, chartsEnd});
        int frictionTop = chartsEnd + 2;
        friction(frictionTop);
        blocks.add(new int[] {frictionTop, frictionTop + FRICTION_COUNT});
        int last = frictionTop + FRICTION_COUNT;
        SegmentLayout segments = ctx.segmentLayout();
        if (segments != null) {
            SegmentTables tables = new SegmentTables(sheet, ctx, segments);
            tables.selector();
            last = tables.gaps(tables.comparison(last + 2) + 2);
            blocks.addAll(tables.blocks());
        }
        return last;
    }

    private int c0(int group) {
        return layout.cardColumn(group);
    }

    private String detail(Detail column, int row) {
        return layout.detailCell(column, row);
    }

    private void banner() {
        XSSFCellStyle banner = styles.get(Styles.Role.BANNER);
        XSSFCellStyle small = styles.get(Styles.Role.BANNER_SMALL);
        for (int c = 1; c <= layout.pageLastColumn(); c++) {
            w.cell(1, c).setCellStyle(banner);
            w.cell(2, c).setCellStyle(small);
        }
        String title = ctx.title() != null ? ctx.title()
                : journey.client().isEmpty() ? journey.name() : journey.client() + " \u2013 " + journey.name();
        w.text(1, 1, title, banner);
        // the data's range follows the Data sheet; the description is text in the detail area, never formula text
        DataLayout data = ctx.layout().data();
        String through = PeriodText.rangeFormula(data.range(data.periodColumn()), journey.granularity(), ctx.labels());
        String cached = PeriodText.range(r.data(), ctx.labels());
        if (journey.description().isEmpty()) {
            w.formulaText(2, 1, through, cached, small);
        } else {
            int row = layout.descriptionRow();
            w.text(row, layout.descriptionColumn(), journey.description(), styles.get(Styles.Role.MUTED));
            w.formulaText(2, 1, Refs.cell(layout.descriptionColumn(), row) + "&\"  \u00b7  \"&" + through,
                    journey.description() + "  \u00b7  " + cached, small);
        }
        sheet.getRow(0).setHeightInPoints(32);
        sheet.getRow(1).setHeightInPoints(18);
    }

    /** The selector and, beside the detail, the selected index and period count; the journey score; the largest drop-off. */
    private void selector() {
        int row = layout.selectorRow();
        w.text(row, 1, ctx.word("dash.period") + " \u25be", styles.get(Styles.Role.BOLD_VALUE));
        DataLayout data = ctx.layout().data();
        String periods = data.range(data.periodColumn());
        XSSFCellStyle input = styles.get(Styles.Role.INPUT, styles.datePattern(journey.granularity()));
        double selected = DataSheet.serial(r.data().periods().get(sel));
        if (sel == r.periodCount() - 1) {
            // the newest period, until a pick from the list replaces the formula by a period
            w.formula(row, layout.selectorColumn(), "IF(COUNT(" + periods + ")=0,\"\",MAX(" + periods + "))", selected, input);
        } else {
            w.number(row, layout.selectorColumn(), selected, input);
        }
        w.text(row, layout.detailColumn(Detail.LABEL), ctx.word("dash.selectedPeriod"), styles.get(Styles.Role.MUTED));
        w.formula(row, layout.selectedIndexColumn(), "MATCH(" + layout.selectorCell() + "," + periods + ",0)", sel + 1,
                styles.get(Styles.Role.MUTED, "\"#\"0"));
        w.formula(row, layout.periodCountColumn(), "COUNT(" + periods + ")", r.periodCount(),
                styles.get(Styles.Role.MUTED, Styles.literal(ctx.word("dash.of") + " ") + "0"));
        int g = Math.min(1, stages - 1);
        int scoreCol = c0(g) + (g == 0 ? 2 : 0);
        w.text(row, scoreCol, ctx.word("dash.journeyScore"), styles.get(Styles.Role.BOLD_VALUE));
        String range = Refs.abs(layout.historyJourneyColumn(), layout.historyRow(0), layout.historyLastRow());
        w.formula(row, scoreCol + 1, "IFERROR(INDEX(" + range + "," + layout.selectedIndexCell() + "),\"\")",
                r.journeyScore(sel), styles.get(Styles.Role.BIG, "0%"));
        if (stages >= 3 && journey.funnel().size() > 1) {
            String src = Refs.cell(layout.funnelColumn(FunnelColumn.LABEL), layout.largestDropRow());
            w.formulaText(row, c0(2), "IF(" + src + "=\"\",\"\"," + src + ")", DashboardDetail.largestDropText(r.funnel(sel), ctx.labels()),
                    styles.get(Styles.Role.BOLD_VALUE));
        }
        sheet.getRow(row - 1).setHeightInPoints(30);
        if (layout.hasPartialNote()) {
            partialNote();
        }
    }

    /** Under the selector: the selected period's coverage when it is partial, on the warning colour; blank otherwise. */
    private void partialNote() {
        DataLayout data = ctx.layout().data();
        int row = layout.partialNoteRow();
        int col = layout.partialNoteColumn();
        w.formulaText(row, col, PartialPeriods.noteFormula(data.range(data.coverageColumn()), layout.selectedIndexCell(), ctx.labels()),
                PartialPeriods.note(r.data().sourcing(), sel, ctx.labels()), styles.get(Styles.Role.BOLD_VALUE));
        // the fill spans the cells the text runs into, up to the journey score's value
        int last = Math.max(col, Math.min(c0(Math.min(1, stages - 1)) + 1, layout.pageLastColumn()));
        CellRangeAddress[] range = {new CellRangeAddress(row - 1, row - 1, col, last)};
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        cf.addConditionalFormatting(range, ConditionalFormats.rule(cf, Refs.cell(col, row) + "<>\"\"", styles.color(styles.theme().warn())));
    }

    /** The selector's drop-down: the defined name of the Data sheet's periods, and the validation over it. */
    private void periodList() {
        DataLayout data = ctx.layout().data();
        XSSFName name = sheet.getWorkbook().createName();
        name.setNameName(DashboardLayout.PERIOD_LIST);
        name.setRefersToFormula("OFFSET(" + Refs.sheet(ctx.layout().dataSheet()) + "!" + Refs.cell(data.periodColumn(), data.firstRow())
                + ",0,0,MAX(1,COUNT(" + data.range(data.periodColumn()) + ")),1)");
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        int row = layout.selectorRow() - 1;
        DataValidation dv = helper.createValidation(helper.createFormulaListConstraint(DashboardLayout.PERIOD_LIST),
                new CellRangeAddressList(row, row, layout.selectorColumn(), layout.selectorColumn()));
        dv.setShowErrorBox(true);
        dv.createErrorBox(ctx.word("dash.period"), ctx.word("dash.periodError", ctx.layout().dataSheet()));
        dv.setShowPromptBox(true);
        dv.createPromptBox(ctx.word("dash.period"), ctx.word("dash.periodPrompt"));
        sheet.addValidationData(dv);
    }

    // ---- cards -----------------------------------------------------------------------------

    /** Per stage a header (sheet link, score) and a card per KPI; sparklines; status colours. */
    private void cards() {
        XSSFCellStyle stageStyle = styles.get(Styles.Role.STAGE);
        XSSFCellStyle stagePercent = styles.get(Styles.Role.STAGE_RIGHT, "0%");
        XSSFCellStyle label = styles.get(Styles.Role.CARD_LABEL);
        XSSFCellStyle status = styles.get(Styles.Role.CENTER, StatusCells.format(ctx.labels()));
        Map<String, String> sparkCells = new HashMap<>();
        XSSFCellStyle labelWrapped = styles.get(Styles.Role.CARD_LABEL_WRAPPED);
        XSSFCellStyle stageWrapped = styles.get(Styles.Role.STAGE_WRAPPED);
        Map<Integer, Integer> lines = new HashMap<>();
        for (int g = 0; g < stages; g++) {
            Stage st = journey.stages().get(g);
            int a = c0(g);
            int top = bandTop[layout.band(g)];
            String sheetName = ctx.layout().stageSheet(st.id());
            // the stage's whole name: its sheet's name is cut to Excel's 31 characters
            String shown = (g + 1) + " " + st.name();
            int nameLines = lines(shown, STAGE_LINE, 3);
            lines.merge(top, nameLines, Math::max);
            if (nameLines > 1 || !shown.equals(sheetName)) {
                // plain text that wraps: LibreOffice does not wrap a cell with a hyperlink, and a HYPERLINK formula would
                // put the template's words into a formula; the sheet's tab is beside the Dashboard's
                w.text(top, a, shown, nameLines > 1 ? stageWrapped : stageStyle);
            } else {
                XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(Refs.q(sheetName) + "!A1");
                w.text(top, a, sheetName, stageStyle).setHyperlink(link);
            }
            w.formula(top, a + 1, detail(Detail.SCORE, layout.detailStageRow(st.id())), r.stageScore(st.id(), sel),
                    stagePercent);
            for (int j = 0; j < st.kpis().size(); j++) {
                Kpi k = st.kpis().get(j);
                int labelLines = lines(k.label(), LABEL_LINE, 3);
                lines.merge(cardRow(g, j), labelLines, Math::max);
                sparkCells.put(k.id(), card(cardRow(g, j), a, k, labelLines > 1 ? labelWrapped : label, status));
                if (labelLines > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(cardRow(g, j) - 1, cardRow(g, j) - 1, a, a + 1));
                }
            }
        }
        List<Sparklines.Sparkline> sparks = new ArrayList<>();
        new WindowCells(ctx).sparklines(w, k -> sparkCells.get(k.id()), sparks);
        Sparklines.add(sheet, sparks, styles.palette(), styles.theme().accent(), styles.theme().alert());
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (int g = 0; g < Math.min(stages, DashboardLayout.BAND); g++) {
            ConditionalFormats.statusColours(cf, c0(g) + 1, CARD_ROW, bandBottom[bandTop.length - 1], styles);
        }
        for (int b = 0; b < bandTop.length; b++) {
            height(bandTop[b], 15 * lines.getOrDefault(bandTop[b], 1));
            for (int row = bandTop[b] + 1; row <= bandBottom[b]; row++) {
                int line = lines.getOrDefault(row, 1);
                height(row, (row - bandTop[b] - 1) % CARD_HEIGHT == 1 ? 21 : line > 1 ? 13 * line + 2 : 14);
            }
        }
    }

    /** How many lines {@code text} takes at {@code perLine} characters a line, broken at spaces, at most {@code max}. */
    static int lines(String text, int perLine, int max) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int need = used == 0 ? word.length() : used + 1 + word.length();
            if (need > perLine && used > 0) {
                lines++;
                used = word.length();
            } else {
                used = need;
            }
        }
        return Math.min(lines, max);
    }

    private void height(int row, double points) {
        XSSFRow r = sheet.getRow(row - 1) != null ? sheet.getRow(row - 1) : sheet.createRow(row - 1);
        r.setHeightInPoints((float) points);
    }

    /** A KPI's card, its top left cell at ({@code base}, {@code a}); returns the cell of its sparkline. */
    private String card(int base, int a, Kpi k, XSSFCellStyle label, XSSFCellStyle status) {
        int kr = layout.detailKpiRow(k.id());
        String fmt = styles.pattern(k.format(), k.unit(), k.target());
        Variance variance = Variance.of(k, styles, ctx.word("unit.points"));
        double value = r.kpi(k.id(), sel);
        double prev = sel > 0 ? r.kpi(k.id(), sel - 1) : Double.NaN;
        w.text(base, a, k.label(), label);
        w.blank(base, a + 1, label);
        w.formula(base + 1, a, detail(Detail.VALUE, kr), value, styles.get(Styles.Role.CARD_VALUE, fmt));
        String statusCell = detail(Detail.STATUS, kr);
        w.formula(base + 1, a + 1, "IF(" + statusCell + "=\"\",\"\"," + statusCell + ")",
                StatusCells.code(r.status(k, sel)), status);
        double target = r.target(k, sel);
        w.formula(base + 2, a, detail(Detail.TARGET, kr), target, styles.get(Styles.Role.CARD_SMALL, Styles.literal(ctx.word("card.target") + " ") + fmt));
        w.formula(base + 2, a + 1, detail(Detail.VS_TARGET, kr), variance.value(value - target),
                styles.get(Styles.Role.CARD_SMALL_RIGHT, variance.pattern(" " + ctx.word("card.vsTarget"))));
        w.formula(base + 3, a, detail(Detail.VS_PREVIOUS, kr), variance.value(value - prev),
                styles.get(Styles.Role.CARD_SMALL, variance.pattern(" " + ctx.word("card.vsPrevious"))));
        w.blank(base + 3, a + 1, styles.get(Styles.Role.CARD_SMALL));
        return Refs.col(a + 1) + (base + 3);
    }

    // ---- friction points -------------------------------------------------------------------

    /**
     * The lowest-scoring KPIs that are not on track, ranked with {@code SMALL} by the detail
     * table's sort keys, which only those KPIs have; the cached values are {@link Results#frictionPoints(int)}.
     */
    private void friction(int top) {
        XSSFCellStyle headerLeft = styles.get(Styles.Role.HEADER_LEFT);
        for (int c = 1; c <= layout.pageLastColumn(); c++) {
            w.blank(top, c, headerLeft);
        }
        w.text(top, 1, ctx.word("dash.friction"), headerLeft);
        // the KPI's label over two stages' columns where the page is four or five stages wide: labels run to 50 characters
        int across = Math.min(stages, DashboardLayout.BAND);
        int g1 = across >= 4 ? 2 : Math.min(1, across - 1);
        int g2 = Math.min(g1 + 1, across - 1);
        int stageCol = c0(g1);
        int statusCol = g2 == g1 ? c0(g1) + 1 : c0(g2);
        int scoreCol = statusCol + 1;
        w.text(top, stageCol, ctx.word("head.stage"), headerLeft);
        w.text(top, statusCol, ctx.word("head.status"), styles.get(Styles.Role.HEADER));
        w.text(top, scoreCol, ctx.word("head.score"), styles.get(Styles.Role.HEADER));
        String keys = detailColumn(Detail.SORT_KEY);
        List<FrictionPoint> points = r.frictionPoints(sel);
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        for (int n = 1; n <= FRICTION_COUNT; n++) {
            int row = top + n;
            String guard = "IF(COUNT(" + keys + ")<" + n + ",\"\",";
            String match = "MATCH(SMALL(" + keys + "," + n + ")," + keys + ",0)";
            FrictionPoint p = n <= points.size() ? points.get(n - 1) : null;
            w.formulaText(row, 1, guard + n + "&\". \"&INDEX(" + detailColumn(Detail.LABEL) + "," + match + "))",
                    p != null ? n + ". " + p.kpi().label() : "", text);
            w.formulaText(row, stageCol, guard + "INDEX(" + detailColumn(Detail.STAGE) + "," + match + "))",
                    p != null ? p.stage().name() : "", text);
            w.formula(row, statusCol, guard + "INDEX(" + detailColumn(Detail.STATUS) + "," + match + "))",
                    p != null ? StatusCells.code(p.status()) : Double.NaN, styles.get(Styles.Role.CENTER, StatusCells.format(ctx.labels())));
            w.formula(row, scoreCol, guard + "INDEX(" + detailColumn(Detail.SCORE) + "," + match + "))",
                    p != null ? p.score() : Double.NaN, styles.get(Styles.Role.TEXT, "0%"));
        }
        ConditionalFormats.statusColours(sheet.getSheetConditionalFormatting(), statusCol, top + 1, top + FRICTION_COUNT,
                styles);
    }

    /** A column of the detail KPI table, over its stage and KPI rows. */
    private String detailColumn(Detail column) {
        return Refs.abs(layout.detailColumn(column), layout.detailFirstRow(), layout.detailLastRow());
    }
}
