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
        w.text(1, 0, "About this workbook", ctx.styles().get(Styles.Role.TITLE));
        w.text(2, 0, j.name() + (j.client().isEmpty() ? "" : " for " + j.client()), ctx.styles().get(Styles.Role.SUBTITLE));
        int row = kpiDefinitions(4);
        row = measures(row + 2);
        row = stages(row + 2);
        row = dataSource(row + 2);
        if (!ctx.results().data().sourcing().sources().isEmpty()) {
            row = new AboutSources(w, ctx).write(row + 1);
        }
        row = lines(row + 1, "Scores", new String[] {
            "KPI score = value / target when higher is better, target / value when lower is better, limited to 0-100 %;"
                    + " each period against the target in force then (Targets sheet, target per period).",
            "Status: On track at 100 %, At risk from the KPI's amber score (Targets sheet), Off track below it.",
            "Stage score = weighted mean of its KPI scores; journey score = weighted mean of the stage scores (Targets sheet weights).",
        });
        row = lines(row + 1, "How to refresh", refresh());
        if (!ctx.history().isEmpty()) {
            lines(row + 1, "Revised by refresh (values the new data restated)", ctx.history().toArray(String[]::new));
        }
        w.width(0, STAGE_WIDTH);
        w.width(1, TOUCHPOINTS_WIDTH);
        w.width(2, PAIN_POINTS_WIDTH);
        w.width(3, 12);
        w.width(4, 9);
        w.width(5, 70);
    }

    /** The KPI table from row {@code row}; returns its last row. */
    private int kpiDefinitions(int row) {
        w.text(row++, 0, "KPI definitions", bold);
        String[] h = {"Stage", "KPI", "Formula", "Format", "Better", "Definition"};
        for (int c = 0; c < h.length; c++) {
            w.text(row, c, h[c], header);
        }
        for (Stage st : ctx.journey().stages()) {
            for (Kpi k : st.kpis()) {
                row++;
                w.text(row, 0, st.name(), text);
                w.text(row, 1, k.label(), text);
                w.text(row, 2, k.formulaText(), text);
                w.text(row, 3, k.format().word() + (k.unit().isEmpty() ? "" : " (" + k.unit() + ")"), text);
                w.text(row, 4, k.direction().word(), text);
                w.text(row, 5, k.description(), text);
            }
        }
        return row;
    }

    /** The measures (the Data sheet's columns) from row {@code row}; returns the last row. */
    private int measures(int row) {
        w.text(row++, 0, "Measures (columns of the Data sheet)", bold);
        w.text(row, 0, "Id", header);
        w.text(row, 1, "Column", header);
        w.text(row, 2, "Format", header);
        w.text(row, 3, "Aggregation", header);
        for (Measure m : ctx.journey().measures()) {
            row++;
            w.text(row, 0, m.id(), text);
            w.text(row, 1, m.label(), text);
            w.text(row, 2, m.format().word(), text);
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
        w.text(row++, 0, "Stages", bold);
        w.text(row, 0, "Stage", header);
        w.text(row, 1, "Touchpoints", header);
        w.text(row, 2, "Pain points", header);
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
        w.text(row++, 0, "Data source", bold);
        var data = ctx.results().data();
        w.text(row++, 0, "Generated from " + fileName(data.source()) + ", " + PeriodText.count(data), text);
        DataLayout layout = ctx.layout().data();
        w.formulaText(row++, 0, "\"Data sheet now: \"&" + PeriodText.countFormula(layout.range(layout.periodColumn()),
                ctx.journey().granularity()), "Data sheet now: " + PeriodText.count(data), text);
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
                    return rule.how().word();
                }
            }
        }
        return m.aggregation().name().toLowerCase(java.util.Locale.ROOT);
    }

    private String[] refresh() {
        TrendWindow window = ctx.layout().window();
        return new String[] {
            "Paste a new period as the next row of the Data table (first empty row under it), its first day as a date: the stage",
            "sheets, the period list, the score history, the charts and the sparklines pick it up. Rows are prepared up to row "
                    + ctx.layout().data().lastPreparedRow() + " of Data (" + ctx.layout().capacity() + " periods).",
            "When the newest period was selected, the Dashboard's period cell follows the newest period; a pick from its list stays.",
            "Charts over time show " + window.periods() + " periods up to the selected one (from the first period when fewer come"
                    + " before it); sparklines " + window.sparkPeriods() + ". A KPI without early values starts later.",
            "Or run: journeydash refresh --workbook <this file> --data <new csv>: it replaces the data, extends every range and keeps",
            "your targets, comments, cells and sheets (the previous file is kept beside it as a backup).",
            "Change amber bands and weights on the Targets sheet; every score and status follows. A target typed in a period's"
                    + " row of its target table holds from that period on; earlier periods keep their targets and scores.",
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
