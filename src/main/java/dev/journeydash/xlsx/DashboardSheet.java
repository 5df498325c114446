package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.compute.Scoring;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The Dashboard: a period selector, the journey score, each KPI of the selected period grouped
 * by stage, the funnel, the friction points, and the score history. Every number is a formula
 * of the selector cell.
 */
final class DashboardSheet {
    /** Selector, selected-period index and period count, on row 4. */
    static final String SELECTOR = "$C$4";
    static final String INDEX = "$G$4";
    static final int TABLE_HEADER_ROW = 6;
    /** Score history: columns M onwards. */
    static final int HISTORY_COL = 12;
    /** Hidden helper columns: friction sort key and stage name. */
    static final int KEY_COL = 9;
    static final int STAGE_NAME_COL = 10;
    static final int FRICTION_COUNT = 3;
    static final String PERIOD_LIST = "PeriodList";

    private final XSSFSheet sheet;
    private final SheetWriter w;
    private final Layout layout;
    private final Styles styles;
    private final Results r;
    private final Journey journey;
    /** The selected period, 0-based: the latest. */
    private final int sel;

    private DashboardSheet(XSSFSheet sheet, Layout layout, Styles styles) {
        this.sheet = sheet;
        this.w = new SheetWriter(sheet);
        this.layout = layout;
        this.styles = styles;
        this.r = layout.results;
        this.journey = layout.journey;
        this.sel = r.periodCount() - 1;
    }

    static void write(XSSFSheet sheet, Layout layout, Styles styles) {
        new DashboardSheet(sheet, layout, styles).write();
    }

    private void write() {
        banner();
        int historyJourneyCol = history();
        selector(historyJourneyCol);
        int row = kpiTable();
        statusColours(TABLE_HEADER_ROW + 1, row);
        row = funnel(row + 2);
        int frictionTop = row + 2;
        row = friction(frictionTop);
        statusColours(frictionTop + 1, row);
        finish(row);
    }

    private void banner() {
        XSSFCellStyle banner = styles.get(Styles.Role.BANNER);
        XSSFCellStyle small = styles.get(Styles.Role.BANNER_SMALL);
        for (int c = 1; c <= 8; c++) {
            w.cell(1, c).setCellStyle(banner);
            w.cell(2, c).setCellStyle(small);
        }
        String title = journey.client().isEmpty() ? journey.name() : journey.client() + " \u2013 " + journey.name();
        w.text(1, 1, title, banner);
        String through = "Data " + r.data().periods().get(0).label() + " to " + r.data().periods().get(sel).label();
        w.text(2, 1, journey.description().isEmpty() ? through : journey.description() + "  \u00b7  " + through, small);
        sheet.getRow(0).setHeightInPoints(30);
        sheet.getRow(1).setHeightInPoints(18);
    }

    private void selector(int historyJourneyCol) {
        XSSFWorkbook wb = sheet.getWorkbook();
        w.text(4, 1, "Period", styles.get(Styles.Role.BOLD_VALUE));
        w.number(4, 2, DataSheet.serial(r.data().periods().get(sel)),
                styles.get(Styles.Role.INPUT, styles.datePattern(journey.granularity())));
        String periods = layout.dataRange(0);
        w.formula(4, 6, "MATCH(" + SELECTOR + "," + periods + ",0)", sel + 1,
                styles.get(Styles.Role.MUTED, "\"Period \"0"));
        w.formula(4, 7, "COUNT(" + periods + ")", r.periodCount(), styles.get(Styles.Role.MUTED, "\"of \"0"));
        w.text(4, 4, "Journey score", styles.get(Styles.Role.BOLD_VALUE));
        String range = "$" + Layout.col(historyJourneyCol) + "$" + (TABLE_HEADER_ROW + 1) + ":$" + Layout.col(historyJourneyCol)
                + "$" + (TABLE_HEADER_ROW + layout.capacity);
        w.formula(4, 5, "IFERROR(INDEX(" + range + "," + INDEX + "),\"\")", r.journeyScore(sel), styles.get(Styles.Role.BIG, "0%"));
        sheet.getRow(3).setHeightInPoints(28);

        XSSFName name = wb.createName();
        name.setNameName(PERIOD_LIST);
        name.setRefersToFormula("OFFSET(" + Layout.DATA + "!$A$" + Layout.DATA_FIRST_ROW + ",0,0,MAX(1,COUNT(" + periods + ")),1)");
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation dv = helper.createValidation(helper.createFormulaListConstraint(PERIOD_LIST),
                new CellRangeAddressList(3, 3, 2, 2));
        dv.setShowErrorBox(true);
        dv.createErrorBox("Period", "Choose a period from the list; periods come from the Data sheet.");
        dv.setShowPromptBox(true);
        dv.createPromptBox("Period", "Choose the period the dashboard shows.");
        sheet.addValidationData(dv);
    }

    /** The KPI table; returns its last row. */
    private int kpiTable() {
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        w.text(TABLE_HEADER_ROW, 1, "KPI", styles.get(Styles.Role.HEADER_LEFT));
        String[] headers = {null, "Value", "Target", "vs target", "vs previous", "Status", "Score"};
        for (int c = 1; c < headers.length; c++) {
            w.text(TABLE_HEADER_ROW, 1 + c, headers[c], header);
        }
        XSSFCellStyle stageStyle = styles.get(Styles.Role.STAGE);
        XSSFCellStyle stagePercent = styles.get(Styles.Role.STAGE, "0%");
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        XSSFCellStyle key = styles.get(Styles.Role.MUTED, "0.000000000");
        int row = TABLE_HEADER_ROW;
        for (Stage st : journey.stages()) {
            row++;
            for (int c = 1; c <= 7; c++) {
                w.cell(row, c).setCellStyle(stageStyle);
            }
            XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(Layout.q(layout.stageSheet.get(st.id())) + "!A1");
            w.text(row, 1, layout.stageSheet.get(st.id()), stageStyle).setHyperlink(link);
            w.formula(row, 7, index(layout.stageRange(st.id(), layout.stageScoreColumn.get(st.id()))),
                    r.stageScore(st.id(), sel), stagePercent);
            for (Kpi k : st.kpis()) {
                row++;
                kpiRow(row, st, k, text, percent, key);
            }
        }
        return row;
    }

    private void kpiRow(int row, Stage st, Kpi k, XSSFCellStyle text, XSSFCellStyle percent, XSSFCellStyle keyStyle) {
        String valueRange = layout.stageRange(st.id(), layout.kpiColumn.get(k.id()));
        double value = r.kpi(k.id(), sel);
        double prev = sel > 0 ? r.kpi(k.id(), sel - 1) : Double.NaN;
        double score = r.score(k.id(), sel);
        String fmt = styles.pattern(k.format(), k.unit(), k.target(), false);
        String signed = styles.pattern(k.format(), k.unit(), k.target(), true);
        w.text(row, 1, k.label(), text);
        w.formula(row, 2, index(valueRange), value, styles.get(Styles.Role.BOLD_VALUE, fmt));
        w.formula(row, 3, layout.targetCell(k.id()), k.target(), styles.get(Styles.Role.TEXT, fmt));
        String c = "$C" + row;
        w.formula(row, 4, "IF(ISNUMBER(" + c + ")," + c + "-$D" + row + ",\"\")", value - k.target(),
                styles.get(Styles.Role.TEXT, signed));
        String prevCell = "INDEX(" + valueRange + "," + INDEX + "-1)";
        w.formula(row, 5, "IF(AND(ISNUMBER(" + c + ")," + INDEX + ">1),IF(ISNUMBER(" + prevCell + ")," + c + "-" + prevCell
                + ",\"\"),\"\")", value - prev, styles.get(Styles.Role.TEXT, signed));
        String h = "$H" + row;
        w.formulaText(row, 6, "IF(ISNUMBER(" + h + "),IF(" + h + ">=1,\"" + Scoring.ON_TRACK + "\",IF(" + h + ">="
                + layout.amberCell(k.id()) + ",\"" + Scoring.AT_RISK + "\",\"" + Scoring.OFF_TRACK + "\")),\"\")",
                Scoring.status(score, k.amber()), styles.get(Styles.Role.CENTER));
        w.formula(row, 7, index(layout.stageRange(st.id(), layout.kpiScoreColumn.get(k.id()))), score, percent);
        w.formula(row, KEY_COL, "IF(ISNUMBER(" + h + ")," + h + "+ROW()/1000000000,\"\")", score + row / 1e9, keyStyle);
        w.text(row, STAGE_NAME_COL, st.name(), text);
    }

    /** {@code INDEX(range, selected)}, blank when that cell is not a number. */
    private static String index(String range) {
        String i = "INDEX(" + range + "," + INDEX + ")";
        return "IFERROR(IF(ISNUMBER(" + i + ")," + i + ",\"\"),\"\")";
    }

    /** The funnel for the selected period; returns the last row used. */
    private int funnel(int top) {
        List<FunnelStep> steps = journey.funnel();
        if (steps.isEmpty()) {
            return top - 2;
        }
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        w.text(top, 1, "Funnel", styles.get(Styles.Role.HEADER_LEFT));
        String[] headers = {null, "Volume", "Conversion", "Drop-off", "Of first step"};
        for (int c = 1; c < headers.length; c++) {
            w.text(top, 1 + c, headers[c], header);
        }
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        XSSFCellStyle volume = styles.get(Styles.Role.BOLD_VALUE, "#,##0");
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0.0%");
        double[] v = new double[steps.size()];
        double[] drop = new double[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            int row = top + 1 + s;
            FunnelStep f = steps.get(s);
            v[s] = r.data().value(f.measure(), sel);
            w.text(row, 1, f.label(), text);
            w.formula(row, 2, index(layout.dataRange(layout.measureColumn.get(f.measure()))), v[s], volume);
            drop[s] = Double.NaN;
            if (s == 0) {
                w.text(row, 3, "", percent);
                w.text(row, 4, "", percent);
            } else {
                double conv = !Double.isNaN(v[s]) && !Double.isNaN(v[s - 1]) && v[s - 1] != 0 ? v[s] / v[s - 1] : Double.NaN;
                drop[s] = Double.isNaN(conv) ? Double.NaN : 1 - conv;
                w.formula(row, 3, "IF(AND(ISNUMBER($C" + row + "),ISNUMBER($C" + (row - 1) + ")),IFERROR($C" + row + "/$C"
                        + (row - 1) + ",\"\"),\"\")", conv, percent);
                w.formula(row, 4, "IF(ISNUMBER($D" + row + "),1-$D" + row + ",\"\")", drop[s], percent);
            }
            double ofFirst = !Double.isNaN(v[s]) && !Double.isNaN(v[0]) && v[0] != 0 ? v[s] / v[0] : Double.NaN;
            w.formula(row, 5, "IF(AND(ISNUMBER($C" + row + "),ISNUMBER($C$" + (top + 1) + ")),IFERROR($C" + row + "/$C$"
                    + (top + 1) + ",\"\"),\"\")", ofFirst, percent);
        }
        int last = top + steps.size();
        int row = last + 1;
        String drops = "$E$" + (top + 2) + ":$E$" + last;
        int worst = -1;
        for (int s = 1; s < steps.size(); s++) {
            if (!Double.isNaN(drop[s]) && (worst < 0 || drop[s] > drop[worst])) {
                worst = s;
            }
        }
        if (steps.size() > 1) {
            String m = "MATCH(MAX(" + drops + ")," + drops + ",0)";
            w.formulaText(row, 1, "IF(COUNT(" + drops + ")=0,\"\",\"Largest drop-off: \"&INDEX($B$" + (top + 1) + ":$B$"
                    + (last - 1) + "," + m + ")&\" \u2192 \"&INDEX($B$" + (top + 2) + ":$B$" + last + "," + m + "))",
                    worst < 0 ? "" : "Largest drop-off: " + steps.get(worst - 1).label() + " \u2192 " + steps.get(worst).label(),
                    styles.get(Styles.Role.BOLD_VALUE));
            w.formula(row, 4, "IF(COUNT(" + drops + ")=0,\"\",MAX(" + drops + "))", worst < 0 ? Double.NaN : drop[worst],
                    styles.get(Styles.Role.BOLD_VALUE, "0.0%"));
        }
        return row;
    }

    /** The lowest-scoring KPIs that are not on track; returns the last row used. */
    private int friction(int top) {
        w.text(top, 1, "Friction points (lowest scores)", styles.get(Styles.Role.HEADER_LEFT));
        for (int c = 2; c <= 7; c++) {
            w.text(top, c, "", styles.get(Styles.Role.HEADER));
        }
        w.text(top, 3, "Stage", styles.get(Styles.Role.HEADER_LEFT));
        w.text(top, 6, "Status", styles.get(Styles.Role.HEADER));
        w.text(top, 7, "Score", styles.get(Styles.Role.HEADER));
        int first = TABLE_HEADER_ROW + 1;
        int last = first + journey.stages().size() + (int) journey.kpis().count() - 1;
        String keys = "$J$" + first + ":$J$" + last;
        List<double[]> ranked = new ArrayList<>();
        int row = TABLE_HEADER_ROW;
        List<String[]> info = new ArrayList<>();
        for (Stage st : journey.stages()) {
            row++;
            for (Kpi k : st.kpis()) {
                row++;
                double s = r.score(k.id(), sel);
                if (!Double.isNaN(s)) {
                    ranked.add(new double[] {s + row / 1e9, s, info.size()});
                }
                info.add(new String[] {k.label(), st.name(), Scoring.status(s, k.amber())});
            }
        }
        ranked.sort((a, b) -> Double.compare(a[0], b[0]));
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        for (int n = 1; n <= FRICTION_COUNT; n++) {
            int rr = top + n;
            String kth = "SMALL(" + keys + "," + n + ")";
            String guard = "IF(COUNT(" + keys + ")<" + n + ",\"\",IF(" + kth + ">=1,\"\",";
            String match = "MATCH(" + kth + "," + keys + ",0)";
            boolean shown = ranked.size() >= n && ranked.get(n - 1)[0] < 1;
            String[] inf = shown ? info.get((int) ranked.get(n - 1)[2]) : null;
            w.formulaText(rr, 1, guard + n + "&\". \"&INDEX($B$" + first + ":$B$" + last + "," + match + ")))",
                    shown ? n + ". " + inf[0] : "", text);
            w.formulaText(rr, 3, guard + "INDEX($K$" + first + ":$K$" + last + "," + match + ")))", shown ? inf[1] : "", text);
            w.formulaText(rr, 6, guard + "INDEX($G$" + first + ":$G$" + last + "," + match + ")))", shown ? inf[2] : "", styles.get(Styles.Role.CENTER));
            w.formula(rr, 7, guard + "INDEX($H$" + first + ":$H$" + last + "," + match + ")))",
                    shown ? ranked.get(n - 1)[1] : Double.NaN, percent);
        }
        return top + FRICTION_COUNT;
    }

    /** Score history by period: stage scores and the journey score; returns the journey column. */
    private int history() {
        int col = HISTORY_COL;
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        w.text(TABLE_HEADER_ROW - 1, col, "Score history", styles.get(Styles.Role.BOLD_VALUE));
        w.text(TABLE_HEADER_ROW, col, "Period", header);
        List<Stage> stages = journey.stages();
        for (int s = 0; s < stages.size(); s++) {
            w.text(TABLE_HEADER_ROW, col + 1 + s, stages.get(s).name(), header);
        }
        int journeyCol = col + 1 + stages.size();
        w.text(TABLE_HEADER_ROW, journeyCol, "Journey score", header);
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(journey.granularity()));
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        XSSFCellStyle bold = styles.get(Styles.Role.BOLD_VALUE, "0%");
        List<String> weights = stages.stream().map(st -> layout.stageWeightCell(st.id())).toList();
        int n = r.periodCount();
        for (int i = 0; i < layout.capacity; i++) {
            int row = TABLE_HEADER_ROW + 1 + i;
            String period = Layout.DATA + "!$A" + (Layout.DATA_FIRST_ROW + i);
            w.formula(row, col, "IF(" + period + "=\"\",\"\"," + period + ")",
                    i < n ? DataSheet.serial(r.data().periods().get(i)) : Double.NaN, date);
            List<String> cells = new ArrayList<>();
            for (int s = 0; s < stages.size(); s++) {
                Stage st = stages.get(s);
                String src = Layout.q(layout.stageSheet.get(st.id())) + "!$" + Layout.col(layout.stageScoreColumn.get(st.id()))
                        + (Layout.STAGE_FIRST_ROW + i);
                w.formula(row, col + 1 + s, "IF(ISNUMBER(" + src + ")," + src + ",\"\")",
                        i < n ? r.stageScore(st.id(), i) : Double.NaN, percent);
                cells.add("$" + Layout.col(col + 1 + s) + row);
            }
            w.formula(row, journeyCol, StageSheet.weightedMean(cells, weights), i < n ? r.journeyScore(i) : Double.NaN, bold);
        }
        w.width(col, 11);
        for (int s = 0; s <= stages.size(); s++) {
            w.width(col + 1 + s, 12);
        }
        return journeyCol;
    }

    /** Status cells coloured by their word: green, amber, red. */
    private void statusColours(int firstRow, int lastRow) {
        var cf = sheet.getSheetConditionalFormatting();
        var range = new org.apache.poi.ss.util.CellRangeAddress[] {
            new org.apache.poi.ss.util.CellRangeAddress(firstRow - 1, lastRow - 1, 6, 6)};
        String g = "$G" + firstRow;
        cf.addConditionalFormatting(range, new org.apache.poi.ss.usermodel.ConditionalFormattingRule[] {
            StageSheet.rule(cf, g + "=\"" + Scoring.ON_TRACK + "\"", styles.theme().good()),
            StageSheet.rule(cf, g + "=\"" + Scoring.AT_RISK + "\"", styles.theme().warn()),
            StageSheet.rule(cf, g + "=\"" + Scoring.OFF_TRACK + "\"", styles.theme().bad())});
    }

    private void finish(int lastRow) {
        sheet.setDisplayGridlines(false);
        w.width(0, 2);
        w.width(1, 32);
        double[] widths = {13, 13, 12, 12, 11, 9, 2};
        for (int c = 0; c < widths.length; c++) {
            w.width(2 + c, widths[c]);
        }
        sheet.setColumnHidden(KEY_COL, true);
        sheet.setColumnHidden(STAGE_NAME_COL, true);
        w.width(11, 3);
        sheet.createFreezePane(0, 4);
        XSSFWorkbook wb = sheet.getWorkbook();
        wb.setPrintArea(wb.getSheetIndex(sheet), 1, 8, 0, lastRow - 1);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }
}
