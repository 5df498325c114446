package dev.journeydash.refresh;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The edits of {@link Edit} that take more than a line of POI. */
final class PoiEdits {
    private PoiEdits() {
    }

    /** The cell at {@code a1} on {@code sheet}, created when absent. */
    static XSSFCell cell(XSSFWorkbook wb, String sheet, String a1) {
        XSSFSheet s = sheet(wb, sheet);
        CellReference ref = new CellReference(a1);
        XSSFRow row = s.getRow(ref.getRow());
        if (row == null) row = s.createRow(ref.getRow());
        XSSFCell c = row.getCell(ref.getCol());
        return c != null ? c : row.createCell(ref.getCol());
    }

    static XSSFSheet sheet(XSSFWorkbook wb, String sheet) {
        XSSFSheet s = wb.getSheet(sheet);
        if (s == null) throw new IllegalArgumentException("no sheet \"" + sheet + "\" to edit");
        return s;
    }

    /** A formula with its cached value, evaluated by POI as Excel evaluates a formula on entry. */
    static void formula(XSSFWorkbook wb, String sheet, String a1, String formula) {
        XSSFCell c = cell(wb, sheet, a1);
        c.setCellFormula(formula);
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
    }

    static void comment(XSSFWorkbook wb, String sheet, String a1, String text) {
        XSSFSheet s = sheet(wb, sheet);
        XSSFCell c = cell(wb, sheet, a1);
        XSSFDrawing d = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(c.getColumnIndex() + 1);
        anchor.setCol2(c.getColumnIndex() + 4);
        anchor.setRow1(c.getRowIndex());
        anchor.setRow2(c.getRowIndex() + 4);
        XSSFComment comment = d.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        comment.setAuthor("Finance");
        c.setCellComment(comment);
    }

    /** A clustered column chart of one series, 8 columns wide and 16 rows high from {@code cell}. */
    static void barChart(XSSFWorkbook wb, Edit.AddChart edit) {
        XSSFSheet s = sheet(wb, edit.sheet());
        CellReference at = new CellReference(edit.cell());
        XSSFClientAnchor anchor = s.createDrawingPatriarch().createAnchor(0, 0, 0, 0,
                at.getCol(), at.getRow(), at.getCol() + 8, at.getRow() + 16);
        XSSFChart chart = s.createDrawingPatriarch().createChart(anchor);
        chart.setTitleText(edit.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        var categories = XDDFDataSourcesFactory.fromStringCellRange(sheetOf(wb, edit.categories()), withoutHeader(edit.categories()));
        var values = XDDFDataSourcesFactory.fromNumericCellRange(sheetOf(wb, edit.values()), withoutHeader(edit.values()));
        bars.setVaryColors(false);
        var series = bars.addSeries(categories, values);
        series.setTitle(edit.title(), null);
        // without a fill of its own a POI series has none: LibreOffice draws no bars
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x1F, 0x3A, 0x5F})));
        chart.plot(bars);
    }

    private static XSSFSheet sheetOf(XSSFWorkbook wb, String ref) {
        return sheet(wb, new AreaReference(ref, wb.getSpreadsheetVersion()).getFirstCell().getSheetName());
    }

    private static CellRangeAddress withoutHeader(String ref) {
        AreaReference values = new AreaReference(Edit.AddChart.withoutHeader(ref), SpreadsheetVersion.EXCEL2007);
        return new CellRangeAddress(values.getFirstCell().getRow(), values.getLastCell().getRow(),
                values.getFirstCell().getCol(), values.getLastCell().getCol());
    }

    /** A PNG anchored at {@code a1}, 3 columns wide and 6 rows high. */
    static void picture(XSSFWorkbook wb, String sheet, String a1, Path png) {
        XSSFSheet s = sheet(wb, sheet);
        int index;
        try {
            index = wb.addPicture(Files.readAllBytes(png), Workbook.PICTURE_TYPE_PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CellReference at = new CellReference(a1);
        XSSFClientAnchor anchor = s.createDrawingPatriarch().createAnchor(0, 0, 0, 0,
                at.getCol(), at.getRow(), at.getCol() + 3, at.getRow() + 6);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        s.createDrawingPatriarch().createPicture(anchor, index);
    }
}
