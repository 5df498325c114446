package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Progress;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the rows of a raw-data sheet ({@link RawSheetLayout}) straight into the sheet's XML as it
 * is zipped: no cell objects, one pass, text through the shared strings table (a text cell, never
 * a formula, whatever its first character). The sheet POI wrote holds the header row; the rows go
 * in before {@code </sheetData>}, each with its date and period, then the cells a subclass writes.
 * Texts must be registered before POI writes the workbook, which writes the shared strings.
 */
abstract class StreamedRows implements ReproducibleZip.PartRewriter {
    private final SharedStringsTable strings;
    private final Map<String, Integer> sst = new HashMap<>();
    private final RawSheetLayout layout;
    private final int[] days;
    private final int[] periods;
    private final double[] periodSerial;
    private final int dateStyle;
    private final int periodStyle;
    /** Column letters, 0 is A, for every column of the sheet. */
    final String[] letters;
    private Progress progress = Progress.NONE;
    private int textRow = -1;
    private String rowText;
    private String[] styleTexts = new String[16];

    /**
     * @param columns the sheet's columns
     * @param days    each row's date as an epoch day
     * @param periods each row's 0-based period
     */
    StreamedRows(RawSheetLayout layout, int columns, SharedStringsTable strings, DataSet data, int[] days, int[] periods,
                 int dateStyle, int periodStyle) {
        this.layout = layout;
        this.strings = strings;
        this.days = days;
        this.periods = periods;
        this.periodSerial = data.periods().stream().mapToDouble(DataSheet::serial).toArray();
        this.dateStyle = dateStyle;
        this.periodStyle = periodStyle;
        letters = new String[columns];
        for (int c = 0; c < columns; c++) {
            letters[c] = CellReference.convertNumToColString(c);
        }
    }

    void progress(Progress p) {
        this.progress = p;
    }

    /** Adds {@code s} to the shared strings, once. */
    final void register(String s) {
        if (!sst.containsKey(s)) {
            sst.put(s, strings.addSharedStringItem(new XSSFRichTextString(s)));
        }
    }

    /** Appends the cells of row {@code i} (0-based) after its date and period, at sheet row {@code r} (1-based). */
    abstract void cells(StringBuilder sb, int i, int r);

    /** The last row written (1-based): the dimension's lower right corner. */
    private int lastRow() {
        return layout.firstRow() + days.length - 1;
    }

    private void writeRows(Writer w) throws IOException {
        int lastDay = Integer.MIN_VALUE;
        double dateSerial = 0;
        StringBuilder sb = new StringBuilder(512);
        for (int i = 0; i < days.length; i++) {
            int r = layout.firstRow() + i;
            if (days[i] != lastDay) {
                lastDay = days[i];
                dateSerial = DateUtil.getExcelDate(LocalDate.ofEpochDay(lastDay));
            }
            sb.setLength(0);
            sb.append("<row r=\"").append(rowText(r)).append("\">");
            number(sb, layout.dateColumn(), r, dateStyle, dateSerial);
            number(sb, layout.periodColumn(), r, periodStyle, periodSerial[periods[i]]);
            cells(sb, i, r);
            sb.append("</row>");
            w.append(sb);
            if ((i & 0x3FFF) == 0) {
                progress.rows(i);
            }
        }
    }

    /** The sheet XML with every row inserted and the dimension widened. */
    @Override
    public void rewrite(String sheetXml, OutputStream out) throws IOException {
        int end = sheetXml.indexOf("</sheetData>");
        if (end < 0) {
            throw new IllegalStateException("the raw data sheet has no sheetData element");
        }
        String head = sheetXml.substring(0, end).replaceFirst("<dimension ref=\"[^\"]*\"/>",
                "<dimension ref=\"A1:" + letters[letters.length - 1] + lastRow() + "\"/>");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(head);
        writeRows(w);
        w.write(sheetXml, end, sheetXml.length() - end);
        w.flush();
    }

    /** Opens a cell with a style: {@code <c r="B5" s="3">}. */
    final StringBuilder cell(StringBuilder sb, int col, int row, int style) {
        return sb.append("<c r=\"").append(letters[col]).append(rowText(row)).append(styleText(style)).append('>');
    }

    /**
     * The row number as text, kept for the row's cells: every cell names its row, and turning a
     * number into digits once per cell was a sixth of the time of a million rows.
     */
    private String rowText(int row) {
        if (row != textRow) {
            textRow = row;
            rowText = Integer.toString(row);
        }
        return rowText;
    }

    /** {@code " s="3"}, made once per style. */
    private String styleText(int style) {
        if (style >= styleTexts.length) {
            styleTexts = java.util.Arrays.copyOf(styleTexts, Math.max(style + 1, 2 * styleTexts.length));
        }
        String t = styleTexts[style];
        if (t == null) {
            t = "\" s=\"" + style + "\"";
            styleTexts[style] = t;
        }
        return t;
    }

    /** A number cell with a style. */
    final StringBuilder number(StringBuilder sb, int col, int row, int style, double v) {
        return number(cell(sb, col, row, style).append("<v>"), v).append("</v></c>");
    }

    /** A text cell of the registered {@code s}, without a style. */
    final StringBuilder text(StringBuilder sb, int col, int row, String s) {
        return sb.append("<c r=\"").append(letters[col]).append(rowText(row)).append("\" t=\"s\"><v>").append(sst.get(s))
                .append("</v></c>");
    }

    /** A text cell of the registered {@code s} with a style. */
    final StringBuilder text(StringBuilder sb, int col, int row, int style, String s) {
        return sb.append("<c r=\"").append(letters[col]).append(rowText(row)).append(styleText(style))
                .append(" t=\"s\"><v>").append(sst.get(s)).append("</v></c>");
    }

    /** Appends a number as the XML holds it: whole numbers without a fraction, others in Java's shortest round-trip form. */
    static StringBuilder number(StringBuilder sb, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return sb.append((long) v);
        }
        return sb.append(v);
    }
}
