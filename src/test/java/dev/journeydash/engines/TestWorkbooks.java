package dev.journeydash.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.STGrouping;

/** Small workbooks built with POI for the checker tests. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /**
     * A valid workbook: two sheets, cross-sheet formulas (SUM, AVERAGE, IF returning "", text, boolean,
     * ROUND, IFERROR, INDEX/MATCH, SUMPRODUCT, DATE, a defined name), cached values computed by POI, a
     * table, a line chart (with c:grouping), conditional formatting, a data validation, a comment and
     * frozen panes.
     */
    static Path valid(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet data = wb.createSheet("Data");
            String[] header = {"Month", "Visits", "Orders", "Revenue"};
            XSSFRow h = data.createRow(0);
            for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
            double[][] rows = {{1200, 36, 1799.64}, {1350, 41, 2050.59}, {990, 22, 1101.78},
                    {1610, 55, 2749.45}, {1475, 47, 2351.53}, {1720, 61, 3049.39}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = data.createRow(r + 1);
                row.createCell(0).setCellValue("M" + (r + 1));
                for (int c = 0; c < 3; c++) row.createCell(c + 1).setCellValue(rows[r][c]);
            }
            XSSFTable table = data.createTable(new AreaReference("A1:D7", SpreadsheetVersion.EXCEL2007));
            table.setName("Monthly");
            table.setDisplayName("Monthly");
            table.getCTTable().addNewTableStyleInfo().setName("TableStyleMedium2");
            data.createFreezePane(0, 1);

            Name visits = wb.createName();
            visits.setNameName("VisitsCol");
            visits.setRefersToFormula("Data!$B$2:$B$7");

            XSSFSheet calc = wb.createSheet("Calc");
            String[][] formulas = {
                    {"Total visits", "SUM(VisitsCol)"},
                    {"Total orders", "SUM(Data!C2:C7)"},
                    {"Conversion", "B2/B1"},
                    {"Avg revenue", "AVERAGE(Data!D2:D7)"},
                    {"Rounded", "ROUND(B4,1)"},
                    {"Blank if ok", "IF(B3>0,\"\",\"no orders\")"},
                    {"Label", "\"Orders: \"&B2"},
                    {"Growing", "Data!B7>Data!B2"},
                    {"Safe div", "IFERROR(1/(B1-B1),-1)"},
                    {"Best month", "INDEX(Data!A2:A7,MATCH(MAX(Data!D2:D7),Data!D2:D7,0))"},
                    {"Revenue/visit", "SUMPRODUCT(Data!B2:B7,Data!D2:D7)/SUMSQ(Data!B2:B7)"},
                    {"Period end", "DATE(2024,2,29)+1"},
                    {"Third", "1/3"},
            };
            for (int i = 0; i < formulas.length; i++) {
                XSSFRow row = calc.createRow(i);
                row.createCell(0).setCellValue(formulas[i][0]);
                row.createCell(1).setCellFormula(formulas[i][1]);
            }
            XSSFCellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            calc.getRow(2).getCell(1).setCellStyle(pct);
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            calc.getRow(11).getCell(1).setCellStyle(date);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);

            SheetConditionalFormatting scf = data.getSheetConditionalFormatting();
            ConditionalFormattingRule rule = scf.createConditionalFormattingRule(ComparisonOperator.GT, "1500");
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            scf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("B2:B7")}, rule);

            DataValidationConstraint positive = data.getDataValidationHelper().createDecimalConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            DataValidation dv = data.getDataValidationHelper().createValidation(positive,
                    new org.apache.poi.ss.util.CellRangeAddressList(1, 6, 1, 3));
            data.addValidationData(dv);

            XSSFDrawing drawing = data.createDrawingPatriarch();
            XSSFClientAnchor commentAnchor = drawing.createAnchor(0, 0, 0, 0, 5, 0, 8, 3);
            XSSFComment comment = drawing.createCellComment(commentAnchor);
            comment.setString(wb.getCreationHelper().createRichTextString("Visits from web analytics"));
            comment.setAuthor("journeydash");
            data.getRow(0).getCell(1).setCellComment(comment);

            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 5, 4, 13, 20);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
            lineChart(drawing, anchor, data, true);

            write(wb, file);
        }
        return file;
    }

    /** Adds a POI line chart of Visits by Month; {@code grouping=false} leaves out the required c:grouping. */
    static XSSFChart lineChart(XSSFDrawing drawing, XSSFClientAnchor anchor, XSSFSheet data, boolean grouping) {
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Visits");
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange(data, CellRangeAddress.valueOf("A2:A7"));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(data, CellRangeAddress.valueOf("B2:B7"));
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        XDDFChartData.Series s = lines.addSeries(months, values);
        s.setTitle("Visits", null);
        chart.plot(lines);
        var ctLine = chart.getCTChart().getPlotArea().getLineChartArray(0);
        if (grouping) {
            if (ctLine.getGrouping() == null) ctLine.addNewGrouping().setVal(STGrouping.STANDARD);
        } else if (ctLine.getGrouping() != null) {
            try (XmlCursor c = ctLine.getGrouping().newCursor()) {
                c.removeXml();
            }
        }
        return chart;
    }

    /** Data!C1 = A1*B1 = 6, but with the cached value 999. Also a correct formula in D1. */
    static Path wrongCachedValue(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Data");
            Row r = s.createRow(0);
            r.createCell(0).setCellValue(2);
            r.createCell(1).setCellValue(3);
            r.createCell(2).setCellFormula("A1*B1");
            r.createCell(3).setCellFormula("A1+B1");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            ((XSSFCell) r.getCell(2)).setCellValue(999); // keeps the formula, overwrites the cached value
            write(wb, file);
        }
        return file;
    }

    /** Data!B1 = NOSUCHFUNC(1), cached as if it were 1; Data!A1 = 1+1 is fine. */
    static Path nameError(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Data");
            Row r = s.createRow(0);
            XSSFCell ok = (XSSFCell) r.createCell(0);
            ok.setCellFormula("1+1");
            ok.setCellValue(2);
            XSSFCell bad = (XSSFCell) r.createCell(1);
            bad.setCellFormula("NOSUCHFUNC(1)");
            bad.setCellValue(1);
            write(wb, file);
        }
        return file;
    }

    /** A POI workbook whose line chart lacks c:grouping (an invalid chart part). */
    static Path chartWithoutGrouping(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet data = wb.createSheet("Data");
            for (int i = 0; i < 6; i++) {
                XSSFRow row = data.createRow(i + 1);
                row.createCell(0).setCellValue("M" + (i + 1));
                row.createCell(1).setCellValue(10 * i);
            }
            XSSFDrawing drawing = data.createDrawingPatriarch();
            lineChart(drawing, drawing.createAnchor(0, 0, 0, 0, 3, 1, 10, 15), data, false);
            write(wb, file);
        }
        return file;
    }

    static void write(XSSFWorkbook wb, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** Copies the zip {@code src} to {@code dest}, passing the text of entry {@code entry} through {@code rewrite}. */
    static Path rewriteEntry(Path src, Path dest, String entry, UnaryOperator<String> rewrite) throws IOException {
        boolean found = false;
        try (ZipFile zip = new ZipFile(src.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dest))) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    found = true;
                    String before = new String(bytes, StandardCharsets.UTF_8);
                    String after = rewrite.apply(before);
                    if (after.equals(before)) throw new IllegalStateException("rewrite changed nothing in " + entry);
                    bytes = after.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (!found) throw new IllegalStateException("no entry " + entry + " in " + src);
        return dest;
    }

    /** Moves {@code <sheetData>...</sheetData>} in front of {@code <sheetViews>} (schema order violation). */
    static String sheetDataBeforeSheetViews(String sheetXml) {
        int vs = sheetXml.indexOf("<sheetViews>");
        int ve = sheetXml.indexOf("</sheetViews>") + "</sheetViews>".length();
        int ds = sheetXml.indexOf("<sheetData");
        int de = sheetXml.indexOf("</sheetData>") + "</sheetData>".length();
        if (vs < 0 || ds < 0 || de < ds || ve < vs || ds < ve) throw new IllegalStateException("unexpected sheet XML: " + sheetXml);
        String views = sheetXml.substring(vs, ve);
        String data = sheetXml.substring(ds, de);
        return sheetXml.substring(0, vs) + data + sheetXml.substring(ve, ds) + views + sheetXml.substring(de);
    }
}
