package dev.journeydash.xlsx;

import dev.journeydash.compute.Evaluator;
import dev.journeydash.compute.FrictionPoint;
import dev.journeydash.compute.Funnel;
import dev.journeydash.compute.Results;
import dev.journeydash.compute.Status;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The Dashboard. On the printed page: a banner, the period selector, the journey score, KPI
 * cards grouped by stage (value, status, target, variance, change, sparkline), the funnel,
 * stage-score and journey-score charts, and the friction points. To the right, outside the
 * print area, the calculation detail the cards and charts read: the KPI table of the selected
 * period, stage scores, the funnel table and the score history. Every number is a formula of
 * the selector cell.
 */
final class DashboardSheet {
    static final String SELECTOR = "$C$4";
    static final int SELECTOR_ROW = 4;
    static final int SELECTOR_COL = 2;
    static final int STAGE_ROW = 6;
    static final int CARD_ROW = 7;
    static final int CARD_HEIGHT = 4;
    static final int DETAIL_HEADER_ROW = 6;
    static final int FRICTION_COUNT = 3;
    static final int CHART_HEIGHT = 16;
    static final int SPARK_PERIODS = 12;
    static final String PERIOD_LIST = "PeriodList";

    private final XSSFSheet sheet;
    private final SheetWriter w;
    private final RenderContext ctx;
    private final Styles styles;
    private final Results r;
    private final Journey journey;
    private final int sel;
    private final int stages;
    private final int maxKpis;
    /** First column of the detail area, and the cell holding the selected period's index. */
    private final int da;
    private final String idx;
    /** Rows in the detail KPI table: stage id or KPI id to row. */
    private final java.util.Map<String, Integer> detailRow = new java.util.HashMap<>();

    private DashboardSheet(XSSFSheet sheet, RenderContext ctx) {
        this.sheet = sheet;
        this.w = new SheetWriter(sheet);
        this.ctx = ctx;
        this.styles = ctx.styles();
        this.r = ctx.results();
        this.journey = ctx.journey();
        this.sel = ctx.selected();
        this.stages = journey.stages().size();
        this.maxKpis = journey.stages().stream().mapToInt(s -> s.kpis().size()).max().orElse(1);
        this.da = lastCardCol() + 3;
        this.idx = "$" + Refs.col(da + 1) + "$" + SELECTOR_ROW;
    }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        new DashboardSheet(sheet, ctx).write();
    }

    private static int c0(int group) {
        return 1 + 3 * group;
    }

    private int lastCardCol() {
        return c0(stages - 1) + 1;
    }

    private void write() {
        int historyCol = da + 11;
        int journeyCol = history(historyCol);
        int kpiEnd = detailKpiTable();
        int stageTop = kpiEnd + 2;
        stageScores(stageTop);
        int funnelTop = stageTop + stages + 2;
        int funnelEnd = funnelTable(funnelTop);
        banner();
        selector(journeyCol, funnelEnd);
        cards();
        int chartRow = CARD_ROW + CARD_HEIGHT * maxKpis + 1;
        charts(chartRow, stageTop, funnelTop, historyCol, journeyCol);
        int frictionTop = chartRow + CHART_HEIGHT + 1;
        friction(frictionTop, kpiEnd);
        finish(frictionTop + FRICTION_COUNT);
    }

    // ---- printed part ----------------------------------------------------------------------

    private void banner() {
        XSSFCellStyle banner = styles.get(Styles.Role.BANNER);
        XSSFCellStyle small = styles.get(Styles.Role.BANNER_SMALL);
        for (int c = 1; c <= lastCardCol(); c++) {
            w.cell(1, c).setCellStyle(banner);
            w.cell(2, c).setCellStyle(small);
        }
        String title = journey.client().isEmpty() ? journey.name() : journey.client() + " \u2013 " + journey.name();
        w.text(1, 1, title, banner);
        int last = r.periodCount() - 1;
        String through = "Data " + r.data().periods().get(0).label() + " to " + r.data().periods().get(last).label();
        w.text(2, 1, journey.description().isEmpty() ? through : journey.description() + "  \u00b7  " + through, small);
        sheet.getRow(0).setHeightInPoints(32);
        sheet.getRow(1).setHeightInPoints(18);
    }

    private void selector(int journeyCol, int funnelEnd) {
        XSSFWorkbook wb = sheet.getWorkbook();
        w.text(SELECTOR_ROW, 1, "Period \u25be", styles.get(Styles.Role.BOLD_VALUE));
        w.number(SELECTOR_ROW, SELECTOR_COL, DataSheet.serial(r.data().periods().get(sel)),
                styles.get(Styles.Role.INPUT, styles.datePattern(journey.granularity())));
        String periods = ctx.layout().data().range(0);
        w.text(SELECTOR_ROW, da, "Selected period", styles.get(Styles.Role.MUTED));
        w.formula(SELECTOR_ROW, da + 1, "MATCH(" + SELECTOR + "," + periods + ",0)", sel + 1,
                styles.get(Styles.Role.MUTED, "\"#\"0"));
        w.formula(SELECTOR_ROW, da + 2, "COUNT(" + periods + ")", r.periodCount(), styles.get(Styles.Role.MUTED, "\"of \"0"));
        int g = Math.min(1, stages - 1);
        w.text(SELECTOR_ROW, c0(g) + (g == 0 ? 2 : 0), "Journey score", styles.get(Styles.Role.BOLD_VALUE));
        String range = Refs.abs(journeyCol, DETAIL_HEADER_ROW + 1, DETAIL_HEADER_ROW + ctx.layout().capacity());
        w.formula(SELECTOR_ROW, c0(g) + 1 + (g == 0 ? 2 : 0), "IFERROR(INDEX(" + range + "," + idx + "),\"\")",
                r.journeyScore(sel), styles.get(Styles.Role.BIG, "0%"));
        if (stages >= 3 && journey.funnel().size() > 1) {
            String src = "$" + Refs.col(da) + "$" + funnelEnd;
            w.formulaText(SELECTOR_ROW, c0(2), "IF(" + src + "=\"\",\"\"," + src + ")", largestDropText(r.funnel(sel)),
                    styles.get(Styles.Role.BOLD_VALUE));
        }
        sheet.getRow(SELECTOR_ROW - 1).setHeightInPoints(30);

        XSSFName name = wb.createName();
        name.setNameName(PERIOD_LIST);
        name.setRefersToFormula("OFFSET(" + WorkbookLayout.DATA + "!$A$" + ctx.layout().data().firstRow() + ",0,0,MAX(1,COUNT(" + periods + ")),1)");
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation dv = helper.createValidation(helper.createFormulaListConstraint(PERIOD_LIST),
                new CellRangeAddressList(SELECTOR_ROW - 1, SELECTOR_ROW - 1, SELECTOR_COL, SELECTOR_COL));
        dv.setShowErrorBox(true);
        dv.createErrorBox("Period", "Choose a period from the list; periods come from the Data sheet.");
        dv.setShowPromptBox(true);
        dv.createPromptBox("Period", "Choose the period the dashboard shows.");
        sheet.addValidationData(dv);
    }

    private void cards() {
        XSSFCellStyle stageStyle = styles.get(Styles.Role.STAGE);
        XSSFCellStyle stagePercent = styles.get(Styles.Role.STAGE_RIGHT, "0%");
        XSSFCellStyle label = styles.get(Styles.Role.CARD_LABEL);
        XSSFCellStyle status = styles.get(Styles.Role.CENTER);
        List<Sparklines.Sparkline> sparks = new ArrayList<>();
        int sparkFirst = Math.max(0, r.periodCount() - SPARK_PERIODS);
        for (int g = 0; g < stages; g++) {
            Stage st = journey.stages().get(g);
            int a = c0(g);
            XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(Refs.q(ctx.layout().stageSheet(st.id())) + "!A1");
            w.text(STAGE_ROW, a, ctx.layout().stageSheet(st.id()), stageStyle).setHyperlink(link);
            int dr = detailRow.get(st.id());
            w.formula(STAGE_ROW, a + 1, ref(6, dr), r.stageScore(st.id(), sel), stagePercent);
            for (int j = 0; j < maxKpis; j++) {
                int base = CARD_ROW + CARD_HEIGHT * j;
                if (j >= st.kpis().size()) {
                    continue;
                }
                Kpi k = st.kpis().get(j);
                int kr = detailRow.get(k.id());
                String fmt = styles.pattern(k.format(), k.unit(), k.target(), false);
                String signed = styles.pattern(k.format(), k.unit(), k.target(), true);
                double value = r.kpi(k.id(), sel);
                double prev = sel > 0 ? r.kpi(k.id(), sel - 1) : Double.NaN;
                w.text(base, a, k.label(), label);
                w.blank(base, a + 1, label);
                w.formula(base + 1, a, ref(1, kr), value, styles.get(Styles.Role.CARD_VALUE, fmt));
                w.formulaText(base + 1, a + 1, "IF(" + ref(5, kr) + "=\"\",\"\"," + ref(5, kr) + ")",
                        word(r.status(k, sel)), status);
                w.formula(base + 2, a, ref(2, kr), k.target(), styles.get(Styles.Role.CARD_SMALL, "\"Target \"" + fmt));
                w.formula(base + 2, a + 1, ref(3, kr), value - k.target(),
                        styles.get(Styles.Role.CARD_SMALL_RIGHT, suffixed(signed, " vs target")));
                w.formula(base + 3, a, ref(4, kr), value - prev, styles.get(Styles.Role.CARD_SMALL, suffixed(signed, " vs prev")));
                w.blank(base + 3, a + 1, styles.get(Styles.Role.CARD_SMALL));
                int col = ctx.layout().stages().valueColumn(k.id());
                String c = Refs.col(col);
                sparks.add(new Sparklines.Sparkline(Refs.q(ctx.layout().stageSheet(st.id())) + "!" + c
                        + (ctx.layout().stages().firstRow() + sparkFirst) + ":" + c + (ctx.layout().stages().firstRow() + r.periodCount() - 1),
                        Refs.col(a + 1) + (base + 3)));
            }
        }
        Sparklines.add(sheet, sparks, styles.theme().accent(), styles.theme().alert());
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        int lastCardRow = CARD_ROW + CARD_HEIGHT * maxKpis - 1;
        for (int g = 0; g < stages; g++) {
            ConditionalFormats.statusColours(cf, c0(g) + 1, CARD_ROW, lastCardRow, styles.theme());
        }
        for (int row = CARD_ROW; row <= lastCardRow; row++) {
            sheet.getRow(row - 1).setHeightInPoints((row - CARD_ROW) % CARD_HEIGHT == 1 ? 21 : 14);
        }
    }

    /** A number format with a text suffix on each section: {@code +0.0%" vs prev";-0.0%" vs prev";...}. */
    private static String suffixed(String signed, String suffix) {
        StringBuilder sb = new StringBuilder();
        for (String part : signed.split(";")) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(part).append('"').append(suffix).append('"');
        }
        return sb.toString();
    }

    private void charts(int top, int stageTop, int funnelTop, int historyCol, int journeyCol) {
        Charts charts = new Charts(sheet);
        int width = lastCardCol();
        int third = Math.max(2, width / 3);
        int a = 1;
        int b = 1 + third;
        int c = 1 + 2 * third;
        int end = lastCardCol() + 1;
        String q = Refs.q(WorkbookLayout.DASHBOARD) + "!";
        if (journey.funnel().size() > 0) {
            int n = journey.funnel().size();
            String[] labels = new String[n];
            Double[] values = new Double[n];
            for (int s = 0; s < n; s++) {
                labels[s] = chartLabel(r.funnel(sel).steps().get(s));
                values[s] = nullable(r.data().value(journey.funnel().get(s).measure(), sel));
            }
            XSSFChart chart = charts.create(a, top - 1, b, top - 1 + CHART_HEIGHT, "Funnel (selected period)");
            charts.bars(chart, q + Refs.abs(da + 5, funnelTop + 1, funnelTop + n), labels,
                    List.of(new Charts.Series("Volume", q + Refs.abs(da + 1, funnelTop + 1, funnelTop + n), values,
                            styles.theme().primary(), false)), "#,##0", true, null);
        }
        String[] names = journey.stages().stream().map(Stage::name).toArray(String[]::new);
        Double[] scores = journey.stages().stream().map(st -> nullable(r.stageScore(st.id(), sel))).toArray(Double[]::new);
        XSSFChart stageChart = charts.create(b, top - 1, c, top - 1 + CHART_HEIGHT, "Stage scores (selected period)");
        charts.bars(stageChart, q + Refs.abs(da, stageTop + 1, stageTop + stages), names,
                List.of(new Charts.Series("Stage score", q + Refs.abs(da + 1, stageTop + 1, stageTop + stages), scores,
                        styles.theme().accent(), false)), "0%", false, 1.0);
        int n = r.periodCount();
        String[] periods = r.data().periods().stream().map(p -> p.label()).toArray(String[]::new);
        Double[] journeyScores = new Double[n];
        for (int i = 0; i < n; i++) {
            journeyScores[i] = nullable(r.journeyScore(i));
        }
        XSSFChart trend = charts.create(c, top - 1, end, top - 1 + CHART_HEIGHT, "Journey score over time");
        charts.lines(trend, q + Refs.abs(historyCol, DETAIL_HEADER_ROW + 1, DETAIL_HEADER_ROW + n), periods,
                List.of(new Charts.Series("Journey score", q + Refs.abs(journeyCol, DETAIL_HEADER_ROW + 1, DETAIL_HEADER_ROW + n),
                        journeyScores, styles.theme().primary(), false)), "0%", styles.datePattern(journey.granularity()), 1.0);
    }

    /** The status's word, "" when blank. */
    private static String word(Status status) {
        return status == null ? "" : status.word();
    }

    private static Double nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** The lowest-scoring KPIs that are not on track, read from the detail KPI table. */
    private void friction(int top, int kpiEnd) {
        XSSFCellStyle headerLeft = styles.get(Styles.Role.HEADER_LEFT);
        for (int c = 1; c <= lastCardCol(); c++) {
            w.blank(top, c, headerLeft);
        }
        w.text(top, 1, "Friction points: lowest scores", headerLeft);
        int g1 = Math.min(1, stages - 1);
        int g2 = Math.min(2, stages - 1);
        int stageCol = c0(g1);
        int statusCol = g2 == g1 ? c0(g1) + 1 : c0(g2);
        int scoreCol = statusCol + 1;
        w.text(top, stageCol, "Stage", headerLeft);
        w.text(top, statusCol, "Status", styles.get(Styles.Role.HEADER));
        w.text(top, scoreCol, "Score", styles.get(Styles.Role.HEADER));
        int first = DETAIL_HEADER_ROW + 1;
        String keys = Refs.abs(da + 7, first, kpiEnd);
        List<FrictionPoint> points = r.frictionPoints(sel);
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        for (int n = 1; n <= FRICTION_COUNT; n++) {
            int rr = top + n;
            String kth = "SMALL(" + keys + "," + n + ")";
            String guard = "IF(COUNT(" + keys + ")<" + n + ",\"\",IF(" + kth + ">=1,\"\",";
            String match = "MATCH(" + kth + "," + keys + ",0)";
            FrictionPoint p = n <= points.size() ? points.get(n - 1) : null;
            w.formulaText(rr, 1, guard + n + "&\". \"&INDEX(" + Refs.abs(da, first, kpiEnd) + "," + match + ")))",
                    p != null ? n + ". " + p.kpi().label() : "", text);
            w.formulaText(rr, stageCol, guard + "INDEX(" + Refs.abs(da + 8, first, kpiEnd) + "," + match + ")))",
                    p != null ? p.stage().name() : "", text);
            w.formulaText(rr, statusCol, guard + "INDEX(" + Refs.abs(da + 5, first, kpiEnd) + "," + match + ")))",
                    p != null ? p.status().word() : "", styles.get(Styles.Role.CENTER));
            w.formula(rr, scoreCol, guard + "INDEX(" + Refs.abs(da + 6, first, kpiEnd) + "," + match + ")))",
                    p != null ? p.score() : Double.NaN, styles.get(Styles.Role.TEXT, "0%"));
        }
        ConditionalFormats.statusColours(sheet.getSheetConditionalFormatting(), statusCol, top + 1, top + FRICTION_COUNT, styles.theme());
    }

    // ---- detail area -----------------------------------------------------------------------

    /** Reference to a cell of the detail KPI table: {@code offset} columns right of its first column. */
    private String ref(int offset, int row) {
        return "$" + Refs.col(da + offset) + "$" + row;
    }

    /** The KPI table of the selected period; returns its last row. */
    private int detailKpiTable() {
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        w.text(DETAIL_HEADER_ROW - 1, da, "Calculation detail: selected period", styles.get(Styles.Role.BOLD_VALUE));
        String[] headers = {"KPI", "Value", "Target", "vs target", "vs previous", "Status", "Score", "Sort key", "Stage"};
        for (int c = 0; c < headers.length; c++) {
            w.text(DETAIL_HEADER_ROW, da + c, headers[c], c == 0 ? styles.get(Styles.Role.HEADER_LEFT) : header);
        }
        XSSFCellStyle stageStyle = styles.get(Styles.Role.STAGE);
        XSSFCellStyle stagePercent = styles.get(Styles.Role.STAGE_RIGHT, "0%");
        int row = DETAIL_HEADER_ROW;
        for (Stage st : journey.stages()) {
            row++;
            detailRow.put(st.id(), row);
            for (int c = 0; c < 7; c++) {
                w.cell(row, da + c).setCellStyle(stageStyle);
            }
            w.text(row, da, ctx.layout().stageSheet(st.id()), stageStyle);
            w.formula(row, da + 6, index(ctx.layout().stages().range(st.id(), ctx.layout().stages().stageScoreColumn(st.id()))),
                    r.stageScore(st.id(), sel), stagePercent);
            for (Kpi k : st.kpis()) {
                row++;
                detailRow.put(k.id(), row);
                kpiRow(row, st, k);
            }
        }
        iconSets(DETAIL_HEADER_ROW + 1, row);
        return row;
    }

    private void kpiRow(int row, Stage st, Kpi k) {
        String valueRange = ctx.layout().stages().range(st.id(), ctx.layout().stages().valueColumn(k.id()));
        double value = r.kpi(k.id(), sel);
        double prev = sel > 0 ? r.kpi(k.id(), sel - 1) : Double.NaN;
        double score = r.score(k.id(), sel);
        String fmt = styles.pattern(k.format(), k.unit(), k.target(), false);
        String signed = styles.pattern(k.format(), k.unit(), k.target(), true);
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        w.text(row, da, k.label(), text);
        w.formula(row, da + 1, index(valueRange), value, styles.get(Styles.Role.BOLD_VALUE, fmt));
        w.formula(row, da + 2, ctx.layout().targets().cell(k.id(), TargetsLayout.Column.TARGET), k.target(), styles.get(Styles.Role.TEXT, fmt));
        String v = ref(1, row);
        w.formula(row, da + 3, "IF(ISNUMBER(" + v + ")," + v + "-" + ref(2, row) + ",\"\")", value - k.target(),
                styles.get(Styles.Role.TEXT, signed));
        String prevCell = "INDEX(" + valueRange + "," + idx + "-1)";
        w.formula(row, da + 4, "IF(AND(ISNUMBER(" + v + ")," + idx + ">1),IF(ISNUMBER(" + prevCell + ")," + v + "-" + prevCell
                + ",\"\"),\"\")", value - prev, styles.get(Styles.Role.TEXT, signed));
        String s = ref(6, row);
        w.formulaText(row, da + 5, "IF(ISNUMBER(" + s + "),IF(" + s + ">=1,\"" + Status.ON_TRACK.word() + "\",IF(" + s + ">="
                + ctx.layout().targets().cell(k.id(), TargetsLayout.Column.AMBER) + ",\"" + Status.AT_RISK.word() + "\",\"" + Status.OFF_TRACK.word() + "\")),\"\")",
                word(r.status(k, sel)), styles.get(Styles.Role.CENTER));
        w.formula(row, da + 6, index(ctx.layout().stages().range(st.id(), ctx.layout().stages().scoreColumn(k.id()))), score,
                styles.get(Styles.Role.TEXT, "0%"));
        w.formula(row, da + 7, "IF(ISNUMBER(" + s + ")," + s + "+ROW()/1000000000,\"\")", score + row / 1e9,
                styles.get(Styles.Role.MUTED, "0.000000000"));
        w.text(row, da + 8, st.name(), text);
    }

    /** Traffic-light icons on each KPI's score: green at 100 %, amber from the KPI's amber score (Targets sheet). */
    private void iconSets(int first, int last) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (Kpi k : journey.kpis().toList()) {
            int row = detailRow.get(k.id());
            ConditionalFormats.trafficLights(cf, new CellRangeAddress(row - 1, row - 1, da + 6, da + 6), ctx.layout().targets().cell(k.id(), TargetsLayout.Column.AMBER));
        }
        ConditionalFormats.statusColours(cf, da + 5, first, last, styles.theme());
    }

    /** {@code INDEX(range, selected)}, blank when that cell is not a number. */
    private String index(String range) {
        String i = "INDEX(" + range + "," + idx + ")";
        return "IFERROR(IF(ISNUMBER(" + i + ")," + i + ",\"\"),\"\")";
    }

    private void stageScores(int top) {
        w.text(top, da, "Stage", styles.get(Styles.Role.HEADER_LEFT));
        w.text(top, da + 1, "Score", styles.get(Styles.Role.HEADER));
        for (int s = 0; s < stages; s++) {
            Stage st = journey.stages().get(s);
            w.text(top + 1 + s, da, st.name(), styles.get(Styles.Role.TEXT));
            w.formula(top + 1 + s, da + 1, ref(6, detailRow.get(st.id())), r.stageScore(st.id(), sel),
                    styles.get(Styles.Role.TEXT, "0%"));
        }
    }

    /** The funnel chart's category: the step's label and its conversion, "Added to cart (15.6%)". */
    private static String chartLabel(Funnel.Step step) {
        double shown = Evaluator.round(step.conversion() * 100, 1);
        return Double.isNaN(shown) ? step.step().label() : step.step().label() + " (" + NumberToTextConverter.toText(shown) + "%)";
    }

    /** "Largest drop-off: Visitors \u2192 Orders", "" when no step has a drop-off. */
    private static String largestDropText(Funnel funnel) {
        if (!funnel.hasLargestDrop()) {
            return "";
        }
        int worst = funnel.largestDrop();
        return "Largest drop-off: " + funnel.steps().get(worst - 1).step().label() + " \u2192 " + funnel.steps().get(worst).step().label();
    }

    /** The funnel of the selected period; returns the row of the largest drop-off. */
    private int funnelTable(int top) {
        List<FunnelStep> steps = journey.funnel();
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        String[] headers = {"Funnel", "Volume", "Conversion", "Drop-off", "Of first step", "Chart label"};
        for (int c = 0; c < headers.length; c++) {
            w.text(top, da + c, headers[c], c == 0 ? styles.get(Styles.Role.HEADER_LEFT) : header);
        }
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        XSSFCellStyle volume = styles.get(Styles.Role.BOLD_VALUE, "#,##0");
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0.0%");
        Funnel funnel = r.funnel(sel);
        String first = ref(1, top + 1);
        for (int s = 0; s < steps.size(); s++) {
            int row = top + 1 + s;
            FunnelStep f = steps.get(s);
            Funnel.Step step = funnel.steps().get(s);
            w.text(row, da, f.label(), text);
            w.formula(row, da + 1, index(ctx.layout().data().range(ctx.layout().data().measureColumn(f.measure()))), step.volume(), volume);
            String vol = ref(1, row);
            String conv = ref(2, row);
            if (s > 0) {
                String prev = ref(1, row - 1);
                w.formula(row, da + 2, "IF(AND(ISNUMBER(" + vol + "),ISNUMBER(" + prev + ")),IFERROR(" + vol + "/" + prev
                        + ",\"\"),\"\")", step.conversion(), percent);
                w.formula(row, da + 3, "IF(ISNUMBER(" + conv + "),1-" + conv + ",\"\")", step.dropOff(), percent);
            }
            w.formula(row, da + 4, "IF(AND(ISNUMBER(" + vol + "),ISNUMBER(" + first + ")),IFERROR(" + vol + "/" + first
                    + ",\"\"),\"\")", step.ofFirst(), percent);
            String label = ref(0, row);
            w.formulaText(row, da + 5, s == 0 ? label : "IF(ISNUMBER(" + conv + ")," + label + "&\" (\"&ROUND(" + conv
                    + "*100,1)&\"%)\"," + label + ")", chartLabel(step), text);
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        if (!steps.isEmpty()) {
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(top, top + steps.size() - 1, da + 1, da + 1)},
                    ConditionalFormats.dataBar(cf, styles.theme().accent()));
        }
        int last = top + steps.size();
        int row = last + 1;
        if (steps.size() > 1) {
            String drops = Refs.abs(da + 3, top + 2, last);
            String m = "MATCH(MAX(" + drops + ")," + drops + ",0)";
            w.formulaText(row, da, "IF(COUNT(" + drops + ")=0,\"\",\"Largest drop-off: \"&INDEX(" + Refs.abs(da, top + 1, last - 1)
                    + "," + m + ")&\" \u2192 \"&INDEX(" + Refs.abs(da, top + 2, last) + "," + m + "))", largestDropText(funnel),
                    styles.get(Styles.Role.BOLD_VALUE));
            w.formula(row, da + 3, "IF(COUNT(" + drops + ")=0,\"\",MAX(" + drops + "))",
                    funnel.hasLargestDrop() ? funnel.steps().get(funnel.largestDrop()).dropOff() : Double.NaN,
                    styles.get(Styles.Role.BOLD_VALUE, "0.0%"));
        }
        return row;
    }

    /** Score history by period: stage scores and the journey score; returns the journey column. */
    private int history(int col) {
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        w.text(DETAIL_HEADER_ROW - 1, col, "Score history", styles.get(Styles.Role.BOLD_VALUE));
        w.text(DETAIL_HEADER_ROW, col, "Period", header);
        List<Stage> list = journey.stages();
        for (int s = 0; s < list.size(); s++) {
            w.text(DETAIL_HEADER_ROW, col + 1 + s, list.get(s).name(), header);
        }
        int journeyCol = col + 1 + list.size();
        w.text(DETAIL_HEADER_ROW, journeyCol, "Journey score", header);
        XSSFCellStyle date = styles.get(Styles.Role.TEXT, styles.datePattern(journey.granularity()));
        XSSFCellStyle percent = styles.get(Styles.Role.TEXT, "0%");
        XSSFCellStyle bold = styles.get(Styles.Role.BOLD_VALUE, "0%");
        List<String> weights = list.stream().map(st -> ctx.layout().targets().stageWeightCell(st.id())).toList();
        int n = r.periodCount();
        for (int i = 0; i < ctx.layout().capacity(); i++) {
            int row = DETAIL_HEADER_ROW + 1 + i;
            w.formula(row, col, ctx.layout().data().periodFormula(i), i < n ? DataSheet.serial(r.data().periods().get(i)) : Double.NaN, date);
            List<String> cells = new ArrayList<>();
            for (int s = 0; s < list.size(); s++) {
                Stage st = list.get(s);
                String src = Refs.q(ctx.layout().stageSheet(st.id())) + "!$" + Refs.col(ctx.layout().stages().stageScoreColumn(st.id()))
                        + (ctx.layout().stages().firstRow() + i);
                w.formula(row, col + 1 + s, "IF(ISNUMBER(" + src + ")," + src + ",\"\")",
                        i < n ? r.stageScore(st.id(), i) : Double.NaN, percent);
                cells.add("$" + Refs.col(col + 1 + s) + row);
            }
            w.formula(row, journeyCol, Refs.weightedMean(cells, weights), i < n ? r.journeyScore(i) : Double.NaN, bold);
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(DETAIL_HEADER_ROW,
                DETAIL_HEADER_ROW + ctx.layout().capacity() - 1, col + 1, journeyCol)}, ConditionalFormats.colourScale(cf, styles.theme()));
        w.width(col, 11);
        for (int s = 0; s <= list.size(); s++) {
            w.width(col + 1 + s, 13);
        }
        return journeyCol;
    }

    private void finish(int lastRow) {
        sheet.setDisplayGridlines(false);
        w.width(0, 2);
        for (int g = 0; g < stages; g++) {
            w.width(c0(g), 17);
            w.width(c0(g) + 1, 16);
            if (g < stages - 1) {
                w.width(c0(g) + 2, 1.5);
            }
        }
        w.width(lastCardCol() + 1, 4);
        w.width(lastCardCol() + 2, 4);
        w.width(da, 30);
        double[] widths = {13, 12, 12, 12, 10, 9, 12, 13};
        for (int c = 0; c < widths.length; c++) {
            w.width(da + 1 + c, widths[c]);
        }
        w.width(da + 9, 4);
        w.width(da + 10, 4);
        sheet.createFreezePane(0, SELECTOR_ROW);
        XSSFWorkbook wb = sheet.getWorkbook();
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastCardCol(), 0, lastRow - 1);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.5);
    }
}
