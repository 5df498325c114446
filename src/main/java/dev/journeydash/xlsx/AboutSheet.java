package dev.journeydash.xlsx;

import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.Stage;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The About sheet: KPI definitions with their formulas, the data source and how to refresh. */
final class AboutSheet {
    /** Widths of the first three columns, in characters: the stages' names, touchpoints and pain points wrap in them. */
    private static final int STAGE_WIDTH = 18;
    private static final int TOUCHPOINTS_WIDTH = 28;
    private static final int PAIN_POINTS_WIDTH = 48;
    /** What the stages' table shows for no touchpoints or no pain points. */
    private static final String NONE = "\u2013";

    private final SheetWriter w;
    private final RenderContext ctx;
    private final XSSFCellStyle text;
    private final XSSFCellStyle header;
    private final XSSFCellStyle bold;

    private AboutSheet(XSSFSheet sheet, RenderContext ctx) {
        this.w = new SheetWriter(sheet);
        this.ctx = ctx;
        this.text = ctx.styles().get(Styles.Role.TEXT);
        this.header = ctx.styles().get(Styles.Role.HEADER);
        this.bold = ctx.styles().get(Styles.Role.BOLD_VALUE);
    }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        new AboutSheet(sheet, ctx).write();
    }

    private void write() {
        Journey j = ctx.journey();
        w.text(1, 0, ctx.word("about.title"), ctx.styles().get(Styles.Role.TITLE));
        w.text(2, 0, j.client().isEmpty() ? j.name() : ctx.word("about.forClient", j.name(), j.client()), ctx.styles().get(Styles.Role.SUBTITLE));
        int row = kpiDefinitions(4);
        row = measures(row + 2);
        row = stages(row + 2);
        row = dataSource(row + 2);
        if (!ctx.results().data().sourcing().sources().isEmpty()) {
            row = new AboutSources(w, ctx).write(row + 1);
        }
        row = lines(row + 1, ctx.word("about.scores"), new String[] {
            ctx.word("about.scores.kpi"), ctx.word("about.scores.status"), ctx.word("about.scores.stage"),
        });
        row = lines(row + 1, ctx.word("about.refresh"), refresh());
        if (!ctx.insights().isEmpty()) {
            row = lines(row + 1, ctx.word("about.insights", ctx.labels().period(ctx.results().data().periods().get(ctx.selected()))),
                    ctx.insights().toArray(String[]::new));
        }
        if (!ctx.history().isEmpty()) {
            lines(row + 1, ctx.word("about.revised"), ctx.history().toArray(String[]::new));
        }
        w.width(0, STAGE_WIDTH);
        w.width(1, TOUCHPOINTS_WIDTH);
        w.width(2, PAIN_POINTS_WIDTH);
        w.width(3, ctx.formatWidth(12));
        w.width(4, ctx.directionWidth(9));
        w.width(5, 70);
    }

    /** The KPI table from row {@code row}; returns its last row. */
    private int kpiDefinitions(int row) {
        w.text(row++, 0, ctx.word("about.kpis"), bold);
        String[] h = {ctx.word("head.stage"), ctx.word("head.kpi"), ctx.word("head.formula"), ctx.word("head.format"),
            ctx.word("head.better"), ctx.word("head.definition")};
        for (int c = 0; c < h.length; c++) {
            w.text(row, c, h[c], header);
        }
        for (Stage st : ctx.journey().stages()) {
            for (Kpi k : st.kpis()) {
                row++;
                w.text(row, 0, st.name(), text);
                w.text(row, 1, k.label(), text);
                w.text(row, 2, k.formulaText(), text);
                w.text(row, 3, ctx.word("format." + k.format().word()) + (k.unit().isEmpty() ? "" : " (" + k.unit() + ")"), text);
                w.text(row, 4, ctx.word("direction." + k.direction().word()), text);
                w.text(row, 5, k.description(), text);
            }
        }
        return row;
    }

    /** The measures (the Data sheet's columns) from row {@code row}; returns the last row. */
    private int measures(int row) {
        w.text(row++, 0, ctx.word("about.measures"), bold);
        w.text(row, 0, ctx.word("head.id"), header);
        w.text(row, 1, ctx.word("head.column"), header);
        w.text(row, 2, ctx.word("head.format"), header);
        w.text(row, 3, ctx.word("head.aggregation"), header);
        for (Measure m : ctx.journey().measures()) {
            row++;
            w.text(row, 0, m.id(), text);
            w.text(row, 1, m.label(), text);
            w.text(row, 2, ctx.word("format." + m.format().word()), text);
            w.text(row, 3, aggregation(m), text);
        }
        return row;
    }

    /**
     * The stages from row {@code row}, one row each: name, touchpoints, pain points (wrapped, the
     * row as tall as they need; a dash for none); returns the last row. Before the data source, whose notes vary
     * with the data, so that a refresh finds these rows where they were.
     */
    private int stages(int row) {
        w.text(row++, 0, ctx.word("about.stages"), bold);
        w.text(row, 0, ctx.word("head.stage"), header);
        w.text(row, 1, ctx.word("head.touchpoints"), header);
        w.text(row, 2, ctx.word("head.painPoints"), header);
        XSSFCellStyle wrapped = ctx.styles().get(Styles.Role.WRAPPED);
        for (Stage st : ctx.journey().stages()) {
            row++;
            // a dash for none: a cell left empty would take the old workbook's text in a refresh
            String touchpoints = st.touchpoints().isEmpty() ? NONE : String.join(" \u00b7 ", st.touchpoints());
            String painPoints = st.painPoints().isEmpty() ? NONE : PainPoints.bullets(st.painPoints());
            w.text(row, 0, st.name(), wrapped);
            w.text(row, 1, touchpoints, wrapped);
            w.text(row, 2, painPoints, wrapped);
            int lines = Math.max(PainPoints.lines(st.name(), STAGE_WIDTH), Math.max(PainPoints.lines(touchpoints, TOUCHPOINTS_WIDTH),
                    PainPoints.lines(painPoints, PAIN_POINTS_WIDTH)));
            if (lines > 1) {
                w.sheet.getRow(row - 1).setHeightInPoints(PainPoints.height(lines));
            }
        }
        return row;
    }

    /** The data file, its periods and the reader's notes from row {@code row}; returns the row after them. */
    private int dataSource(int row) {
        w.text(row++, 0, ctx.word("about.dataSource"), bold);
        var data = ctx.results().data();
        w.text(row++, 0, ctx.word("about.generatedFrom", fileName(data.source()), PeriodText.count(data, ctx.labels())), text);
        DataLayout layout = ctx.layout().data();
        w.formulaText(row++, 0, PeriodText.fill(ctx.labels().get("about.dataNow"), PeriodText.countFormula(
                layout.range(layout.periodColumn()), ctx.journey().granularity(), ctx.labels())),
                ctx.word("about.dataNow", PeriodText.count(data, ctx.labels())), text);
        for (String note : data.notes()) {
            w.text(row++, 0, note, text);
        }
        return row;
    }

    /** The measure's aggregation: the rule of the source that defines it, else the template's. */
    private String aggregation(Measure m) {
        for (Source s : ctx.journey().sources()) {
            for (SourceMeasure rule : s.measures()) {
                if (rule.measure().equals(m.id())) {
                    return ctx.word("how." + rule.how().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return ctx.word("how." + m.aggregation().name().toLowerCase(java.util.Locale.ROOT));
    }

    private String[] refresh() {
        TrendWindow window = ctx.layout().window();
        return new String[] {
            ctx.word("about.refresh.1"),
            ctx.word("about.refresh.2", String.valueOf(ctx.layout().data().lastPreparedRow()),
                    String.valueOf(ctx.layout().capacity())),
            ctx.word("about.refresh.3"),
            ctx.word("about.refresh.4", String.valueOf(window.periods()), String.valueOf(window.sparkPeriods())),
            ctx.word("about.refresh.5"),
            ctx.word("about.refresh.6"),
            ctx.word("about.refresh.7"),
        };
    }

    /** A bold title on row {@code row} and a line of text under it for each of {@code lines}; returns the row after them. */
    private int lines(int row, String title, String[] lines) {
        w.text(row++, 0, title, bold);
        for (String s : lines) {
            w.text(row++, 0, s, text);
        }
        return row;
    }

    /** The file name of {@code path}, without its folders. */
    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
