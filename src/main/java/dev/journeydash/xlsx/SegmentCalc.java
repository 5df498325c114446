package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.compute.SegmentGroup;
import dev.journeydash.compute.SegmentResults;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.xlsx.DashboardLayout.Detail;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The segment calculation on the Dashboard ({@link SegmentLayout}): each choice's measures over
 * the raw data sheet in the selected period (and the periods before it that {@code prev()}
 * reads), its KPIs, scores and statuses, which the comparison table, the friction by segment
 * and, through the selected criteria, the Data sheet read. Cached values are the segments' {@link Results}.
 */
final class SegmentCalc {
    private final XSSFSheet sheet;
    private final SheetWriter w;
    private final RenderContext ctx;
    private final SegmentLayout layout;
    private final DashboardLayout dash;
    private final SegmentResults segments;
    private final int sel;

    SegmentCalc(XSSFSheet sheet, RenderContext ctx, SegmentLayout layout) {
        this.sheet = sheet;
        this.w = new SheetWriter(sheet);
        this.ctx = ctx;
        this.layout = layout;
        this.dash = ctx.layout().dashboard();
        this.segments = ctx.results().segments();
        this.sel = ctx.selected();
    }

    /** The results of choice {@code choice}: 0 All, then the groups. */
    static Results results(RenderContext ctx, int choice) {
        return choice == 0 ? ctx.results() : ctx.results().segments().results().get(choice - 1);
    }

    /** The name a choice shows: All, a value as the data spells it, Other. */
    static String name(RenderContext ctx, int choice) {
        if (choice == 0) {
            return ctx.word("segment.all");
        }
        SegmentGroup g = ctx.results().segments().groups().get(choice - 1);
        return g.other() ? ctx.word("segment.other") : g.name();
    }

    void write() {
        XSSFCellStyle muted = styles(Styles.Role.MUTED);
        XSSFCellStyle header = styles(Styles.Role.HEADER);
        int title = layout.titleRow();
        w.text(title, layout.labelColumn(), ctx.word("segment.calc", ctx.journey().segmentation().label()), header);
        String selector = Refs.cell(layout.selectorColumn(), layout.selectorRow());
        w.formula(title, layout.choiceColumn(0), "IFERROR(MATCH(" + selector + "," + layout.namesRange() + ",0),1)", 1,
                ctx.styles().get(Styles.Role.MUTED, "\"#\"0"));
        for (int b = 0; b <= layout.lags(); b++) {
            block(b, muted, header);
        }
    }

    private XSSFCellStyle styles(Styles.Role role) {
        return ctx.styles().get(role);
    }

    private void block(int b, XSSFCellStyle muted, XSSFCellStyle header) {
        int row = layout.headerRow(b);
        DataLayout data = ctx.layout().data();
        String index = dash.selectedIndexCell() + "-" + b;
        int period = sel - b;
        w.formula(row, layout.labelColumn(), "IF(" + index + "<1,\"\",INDEX(" + data.range(data.periodColumn()) + "," + index
                + "))", period >= 0 ? DataSheet.serial(ctx.results().data().periods().get(period)) : Double.NaN,
                ctx.styles().get(Styles.Role.HEADER, ctx.styles().datePattern(ctx.journey().granularity())));
        for (int c = 0; c < layout.choices(); c++) {
            w.text(row, layout.choiceColumn(c), name(ctx, c), header);
        }
        if (b == 0) {
            criteria(muted);
        }
        String periodCell = Refs.cell(layout.labelColumn(), row);
        SegmentFormulas formulas = new SegmentFormulas(ctx);
        for (Measure m : ctx.journey().measures()) {
            if (!layout.holds(m.id(), b)) {
                continue;
            }
            int r = layout.measureRow(b, m.id());
            w.text(r, layout.labelColumn(), m.label(), muted);
            XSSFCellStyle style = ctx.styles().get(Styles.Role.TEXT, ctx.styles().pattern(m.format(), "", 1000));
            for (int c = 0; c < layout.choices(); c++) {
                double cached = period >= 0 ? results(ctx, c).data().value(m.id(), period) : Double.NaN;
                String f = c == 0 ? DataSheet.allRowsFormula(ctx, m, periodCell) : formulas.measure(m, periodCell, criteriaCells(c));
                w.formula(r, layout.choiceColumn(c), f, cached, style);
            }
        }
        int t = layout.lags() - b;
        for (Kpi k : ctx.journey().kpis().toList()) {
            if (!layout.holds(k.id(), b)) {
                continue;
            }
            int r = layout.kpiRow(b, k.id());
            w.text(r, layout.labelColumn(), k.label(), muted);
            XSSFCellStyle style = ctx.styles().get(Styles.Role.TEXT, ctx.styles().pattern(k.format(), k.unit(), k.target()));
            for (int c = 0; c < layout.choices(); c++) {
                int col = layout.choiceColumn(c);
                ExcelFormula f = new ExcelFormula((id, logical) -> {
                    int block = layout.lags() - logical;
                    int at = layout.isMeasure(id) ? layout.measureRow(block, id) : layout.kpiRow(block, id);
                    return Refs.cell(col, at);
                });
                if (layout.computable(k.id(), b)) {
                    w.formula(r, col, f.kpiCell(k, t), period >= 0 ? results(ctx, c).kpi(k.id(), period) : Double.NaN, style);
                } else {
                    // no KPI reads it: the periods before this block's are not in the calculation
                    w.blank(r, col, style);
                }
            }
        }
        if (b == 0) {
            scores();
        }
    }

    /** Each choice's criteria (All has none), and right of them the selected choice's. */
    private void criteria(XSSFCellStyle muted) {
        for (int j = 0; j < layout.criteria(); j++) {
            int r = layout.criterionRow(j);
            w.text(r, layout.labelColumn(), ctx.word("segment.criterion", j + 1), muted);
            for (int c = 1; c < layout.choices(); c++) {
                w.text(r, layout.choiceColumn(c), SegmentFormulas.criteria(segments, c - 1, layout.criteria()).get(j), muted);
            }
            String choices = "$" + Refs.col(layout.choiceColumn(0)) + "$" + r + ":$" + Refs.col(layout.choiceColumn(layout.choices() - 1))
                    + "$" + r;
            w.formulaText(r, layout.selectedColumn(), "IF(" + layout.indexCell() + "=1,\"\",INDEX(" + choices + ",1,"
                    + layout.indexCell() + "))", "", muted);
        }
    }

    /** The cells of choice {@code c}'s criteria. */
    private List<String> criteriaCells(int c) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < layout.criteria(); j++) {
            out.add(Refs.cell(layout.choiceColumn(c), layout.criterionRow(j)));
        }
        return out;
    }

    /** Block 0's scores against the selected period's targets, and the statuses. */
    private void scores() {
        XSSFCellStyle percent = ctx.styles().get(Styles.Role.TEXT, "0%");
        XSSFCellStyle status = ctx.styles().get(Styles.Role.CENTER, StatusCells.format(ctx.labels()));
        for (Kpi k : ctx.journey().kpis().toList()) {
            int kr = dash.detailKpiRow(k.id());
            String target = dash.detailCell(Detail.TARGET, kr);
            String amber = dash.detailCell(Detail.AMBER, kr);
            String direction = ctx.layout().targets().cell(k.id(), TargetsLayout.Column.DIRECTION);
            w.text(layout.scoreRow(k.id()), layout.labelColumn(), ctx.word("segment.scoreOf", k.label()), styles(Styles.Role.MUTED));
            w.text(layout.statusRow(k.id()), layout.labelColumn(), ctx.word("segment.statusOf", k.label()), styles(Styles.Role.MUTED));
            for (int c = 0; c < layout.choices(); c++) {
                int col = layout.choiceColumn(c);
                String v = Refs.cell(col, layout.kpiRow(0, k.id()));
                String s = Refs.cell(col, layout.scoreRow(k.id()));
                Results r = results(ctx, c);
                w.formula(layout.scoreRow(k.id()), col, StageSheet.score(v, target, direction), r.score(k.id(), sel), percent);
                w.formula(layout.statusRow(k.id()), col, StatusCells.formula(s, amber), StatusCells.code(r.status(k, sel)), status);
            }
        }
    }
}
