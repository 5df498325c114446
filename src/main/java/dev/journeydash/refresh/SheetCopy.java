package dev.journeydash.refresh;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;

import java.util.List;
import java.util.Map;

/**
 * Copies one of the user's own sheets into the new workbook: cells (values, formulas, styles),
 * column widths and hidden columns, row heights, merged cells, frozen panes, the tab colour,
 * comments, data validations, conditional formats (their formats moved into the new styles),
 * charts (their whole chart XML) and pictures. Other drawing shapes (text boxes, arrows) are not
 * copied; {@link #lost()} counts them, so that the refresh can say so.
 */
final class SheetCopy {
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final CellCopy cells;
    private int lost;

    SheetCopy(CellCopy cells) {
        this.cells = cells;
    }

    /** Shapes not copied so far. */
    int lost() {
        return lost;
    }

    void copy(XSSFSheet from, XSSFSheet to) {
        int lastColumn = 0;
        for (Row r : from) {
            XSSFRow row = to.createRow(r.getRowNum());
            if (r.isFormatted() || r.getHeight() != from.getDefaultRowHeight()) {
                row.setHeight(r.getHeight());
            }
            row.setZeroHeight(r.getZeroHeight());
            for (Cell c : r) {
                cells.cell(c, row.createCell(c.getColumnIndex()));
                lastColumn = Math.max(lastColumn, c.getColumnIndex());
            }
        }
        var cols = from.getCTWorksheet().getColsArray();
        for (var colList : cols) {
            for (var col : colList.getColArray()) {
                for (long c = col.getMin(); c <= Math.min(col.getMax(), 16384); c++) {
                    if (col.isSetWidth()) {
                        to.setColumnWidth((int) c - 1, (int) Math.round(col.getWidth() * 256));
                    }
                    if (col.getHidden()) {
                        to.setColumnHidden((int) c - 1, true);
                    }
                }
            }
        }
        for (CellRangeAddress merged : from.getMergedRegions()) {
            to.addMergedRegion(merged);
        }
        PaneInformation pane = from.getPaneInformation();
        if (pane != null && pane.isFreezePane()) {
            to.createFreezePane(pane.getVerticalSplitPosition(), pane.getHorizontalSplitPosition());
        }
        if (from.getTabColor() != null) {
            to.setTabColor(from.getTabColor());
        }
        to.setDisplayGridlines(from.isDisplayGridlines());
        if (from.getCTWorksheet().isSetDataValidations()) {
            to.getCTWorksheet().setDataValidations(from.getCTWorksheet().getDataValidations());
        }
        conditionalFormats(from, to);
        drawings(from, to);
    }

    private void conditionalFormats(XSSFSheet from, XSSFSheet to) {
        StylesTable oldStyles = from.getWorkbook().getStylesSource();
        StylesTable newStyles = to.getWorkbook().getStylesSource();
        for (CTConditionalFormatting cf : from.getCTWorksheet().getConditionalFormattingArray()) {
            CTConditionalFormatting copy = to.getCTWorksheet().addNewConditionalFormatting();
            copy.set(cf);
            for (CTCfRule rule : copy.getCfRuleArray()) {
                if (rule.isSetDxfId() && rule.getDxfId() < oldStyles._getDXfsSize()) {
                    CTDxf dxf = (CTDxf) oldStyles.getDxfAt((int) rule.getDxfId()).copy();
                    rule.setDxfId(newStyles.putDxf(dxf) - 1L);
                }
            }
        }
    }

    private void drawings(XSSFSheet from, XSSFSheet to) {
        XSSFDrawing old = from.getDrawingPatriarch();
        Map<CellAddress, XSSFComment> comments = from.getCellComments();
        if (old == null && comments.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = to.createDrawingPatriarch();
        for (var e : comments.entrySet()) {
            CellCopy.comment(e.getValue(), to, drawing, e.getKey().getRow(), e.getKey().getColumn());
        }
        if (old == null) {
            return;
        }
        List<XSSFShape> shapes = old.getShapes();
        for (XSSFShape shape : shapes) {
            if (shape instanceof XSSFPicture picture) {
                XSSFPictureData data = picture.getPictureData();
                int index = to.getWorkbook().addPicture(data.getData(), data.getPictureType());
                drawing.createPicture(copy(picture.getClientAnchor()), index);
            } else if (shape instanceof XSSFGraphicFrame frame && chartOf(old, frame) != null) {
                XSSFChart chart = drawing.createChart(copy((XSSFClientAnchor) frame.getAnchor()));
                chart.importContent(chartOf(old, frame));
            } else {
                lost++;
            }
        }
    }

    private static XSSFClientAnchor copy(XSSFClientAnchor a) {
        XSSFClientAnchor out = new XSSFClientAnchor(a.getDx1(), a.getDy1(), a.getDx2(), a.getDy2(), a.getCol1(), a.getRow1(),
                a.getCol2(), a.getRow2());
        out.setAnchorType(a.getAnchorType());
        return out;
    }

    /** The chart a graphic frame shows, found by the relationship id in its graphic data; null for other frames. */
    private static XSSFChart chartOf(XSSFDrawing drawing, XSSFGraphicFrame frame) {
        XmlObject data = frame.getCTGraphicalObjectFrame().getGraphic().getGraphicData();
        try (XmlCursor c = data.newCursor()) {
            if (!c.toChild(CHART_NS, "chart")) {
                return null;
            }
            String id = c.getAttributeText(new javax.xml.namespace.QName(REL_NS, "id"));
            return drawing.getRelationById(id) instanceof XSSFChart chart ? chart : null;
        }
    }
}
