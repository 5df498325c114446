package dev.journeydash.xlsx;

import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The About sheet: KPI definitions with their formulas, the data source and how to refresh. */
final class AboutSheet {
    private AboutSheet() { }

    static void write(XSSFSheet sheet, RenderContext ctx) {
        Styles styles = ctx.styles();
        SheetWriter w = new SheetWriter(sheet);
        Journey j = ctx.journey();
        XSSFCellStyle text = styles.get(Styles.Role.TEXT);
        XSSFCellStyle header = styles.get(Styles.Role.HEADER);
        XSSFCellStyle bold = styles.get(Styles.Role.BOLD_VALUE);
        w.text(1, 0, "About this workbook", styles.get(Styles.Role.TITLE));
        w.text(2, 0, j.name() + (j.client().isEmpty() ? "" : " for " + j.client()), styles.get(Styles.Role.SUBTITLE));
        int row = 4;
        w.text(row++, 0, "KPI definitions", bold);
        String[] h = {"Stage", "KPI", "Formula", "Format", "Better", "Definition"};
        for (int c = 0; c < h.length; c++) {
            w.text(row, c, h[c], header);
        }
        for (Stage st : j.stages()) {
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
        row += 2;
        w.text(row++, 0, "Measures (columns of the Data sheet)", bold);
        w.text(row, 0, "Id", header);
        w.text(row, 1, "Column", header);
        w.text(row, 2, "Format", header);
        w.text(row, 3, "Aggregation", header);
        for (Measure m : j.measures()) {
            row++;
            w.text(row, 0, m.id(), text);
            w.text(row, 1, m.label(), text);
            w.text(row, 2, m.format().word(), text);
            w.text(row, 3, m.aggregation().name().toLowerCase(java.util.Locale.ROOT), text);
        }
        row += 2;
        w.text(row++, 0, "Data source", bold);
        var data = ctx.results().data();
        w.text(row++, 0, "File: " + fileName(data.source()) + ", " + data.periods().size() + " periods from "
                + data.periods().get(0).label() + " to " + data.periods().get(data.periods().size() - 1).label() + ".", text);
        for (String note : data.notes()) {
            w.text(row++, 0, note, text);
        }
        row++;
        w.text(row++, 0, "Scores", bold);
        String[] scoring = {
            "KPI score = value / target when higher is better, target / value when lower is better, limited to 0-100 %.",
            "Status: On track at 100 %, At risk from the KPI's amber score (Targets sheet), Off track below it.",
            "Stage score = weighted mean of its KPI scores; journey score = weighted mean of the stage scores (Targets sheet weights).",
        };
        for (String s : scoring) {
            w.text(row++, 0, s, text);
        }
        row++;
        w.text(row++, 0, "How to refresh", bold);
        String[] refresh = {
            "Paste a new period as the next row of the Data table (first empty row under it): the stage sheets, the period list,",
            "the dashboard and the score history pick it up; choose it in the Dashboard's period cell. " + (ctx.layout().capacity()
                    - data.periods().size()) + " further periods are prepared (up to row " + ctx.layout().data().lastPreparedRow()
                    + " of Data).",
            "Or run: journeydash generate --template <template> --data <new csv> to rebuild the workbook.",
            "Charts over time (stage sheets, journey score) cover the periods of the generated data; regenerate to extend them.",
            "Change targets, amber bands and weights on the Targets sheet; every score and status follows.",
        };
        for (String s : refresh) {
            w.text(row++, 0, s, text);
        }
        w.width(0, 18);
        w.width(1, 28);
        w.width(2, 48);
        w.width(3, 12);
        w.width(4, 9);
        w.width(5, 70);
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
