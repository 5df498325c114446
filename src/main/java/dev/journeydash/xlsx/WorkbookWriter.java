package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Stage;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;

/**
 * Renders {@link Results} as a formula-driven workbook: Dashboard, one sheet per stage,
 * Targets, Data and About. Every formula cell carries its cached value and the workbook asks
 * for a full recalculation on open. Equal inputs and options give byte-identical output.
 */
public final class WorkbookWriter {
    private WorkbookWriter() { }

    /** Writes the workbook to {@code out}; the stream is not closed. */
    public static void write(Results results, RenderOptions options, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        try (XSSFWorkbook wb = build(results, options)) {
            wb.write(buffer);
        }
        ReproducibleZip.rewrite(buffer.toByteArray(), options.compression(), out);
    }

    /** Header: journey and sheet; footer: data period and page x of y. */
    private static void headerFooter(XSSFSheet sheet, Results results) {
        var periods = results.data().periods();
        String name = results.journey().name().replace("&", "&&");
        sheet.getHeader().setLeft(name);
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setLeft("Data " + periods.get(0).label() + " to " + periods.get(periods.size() - 1).label());
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Landscape, one page wide, as many pages tall as needed. */
    private static void printSetup(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** Builds the workbook in memory; the caller closes it. */
    static XSSFWorkbook build(Results results, RenderOptions options) {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.getFontAt(0).setFontName(options.theme().font());
        Layout layout = new Layout(results, options.periodsAhead(), options.selected());
        Styles styles = new Styles(wb, options.theme(), results.journey().currency());
        // all sheets first, in order, so formulas can name any of them
        XSSFSheet dashboard = wb.createSheet(Layout.DASHBOARD);
        for (Stage st : results.journey().stages()) {
            wb.createSheet(layout.stageSheet.get(st.id()));
        }
        XSSFSheet targets = wb.createSheet(Layout.TARGETS);
        XSSFSheet data = wb.createSheet(Layout.DATA);
        XSSFSheet about = wb.createSheet(Layout.ABOUT);

        DataSheet.write(data, layout, styles);
        TargetsSheet.write(targets, layout, styles);
        for (Stage st : results.journey().stages()) {
            StageSheet.write(wb.getSheet(layout.stageSheet.get(st.id())), st, layout, styles);
        }
        DashboardSheet.write(dashboard, layout, styles);
        AboutSheet.write(about, layout, styles);

        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (i > 0) {
                printSetup(wb.getSheetAt(i));
            }
            headerFooter(wb.getSheetAt(i), results);
        }
        dashboard.setTabColor(Styles.color(options.theme().primary()));
        targets.setTabColor(Styles.color("E3B505"));
        data.setTabColor(Styles.color(options.theme().muted()));
        about.setTabColor(Styles.color(options.theme().muted()));
        wb.setActiveSheet(0);
        wb.setForceFormulaRecalculation(true);
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date date = Date.from(options.documentDate());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator("journeydash");
        core.setTitle(results.journey().name());
        return wb;
    }
}
