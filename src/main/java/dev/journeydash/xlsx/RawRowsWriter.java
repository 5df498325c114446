package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Progress;
import dev.journeydash.model.RawRows;
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
 * Writes the rows of the raw data sheet straight into the sheet's XML as it is zipped: no cell
 * objects, one pass, text through the shared strings table. The sheet POI wrote holds the
 * header row; the rows go in before {@code </sheetData>}.
 */
final class RawRowsWriter {
    private final RawRows raw;
    private final RawDataLayout layout;
    private final double[] periodSerial;
    private final int dateStyle;
    private final int periodStyle;
    private final int[] measureStyles;
    private final Map<String, Integer> sst = new HashMap<>();
    private final String[] letters;
    private Progress progress = Progress.NONE;

    void progress(Progress p) {
        this.progress = p;
    }

    /** Registers the text cells in {@code strings}; call before POI writes the workbook. */
    RawRowsWriter(DataSet data, RawDataLayout layout, SharedStringsTable strings, int dateStyle, int periodStyle,
                  int[] measureStyles) {
        this.raw = data.raw();
        this.layout = layout;
        this.periodSerial = data.periods().stream().mapToDouble(DataSheet::serial).toArray();
        this.dateStyle = dateStyle;
        this.periodStyle = periodStyle;
        this.measureStyles = measureStyles.clone();
        int columns = layout.firstMeasureColumn() + raw.measures().length;
        letters = new String[columns];
        for (int c = 0; c < columns; c++) {
            letters[c] = CellReference.convertNumToColString(c);
        }
        for (String[] column : raw.texts()) {
            for (String s : column) {
                if (s != null && !sst.containsKey(s)) {
                    sst.put(s, strings.addSharedStringItem(new XSSFRichTextString(s)));
                }
            }
        }
    }

    /** The sheet XML with every raw row inserted and the dimension widened. */
    void rewrite(String sheetXml, OutputStream out) throws IOException {
        int end = sheetXml.indexOf("</sheetData>");
        if (end < 0) {
            throw new IllegalStateException("the raw data sheet has no sheetData element");
        }
        String head = sheetXml.substring(0, end).replaceFirst("<dimension ref=\"[^\"]*\"/>",
                "<dimension ref=\"A1:" + letters[letters.length - 1] + (layout.firstRow() + raw.size() - 1) + "\"/>");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(head);
        writeRows(w);
        w.write(sheetXml, end, sheetXml.length() - end);
        w.flush();
    }

    private void writeRows(Writer w) throws IOException {
        int firstMeasure = layout.firstMeasureColumn();
        int texts = raw.texts().length;
        int lastDay = Integer.MIN_VALUE;
        double dateSerial = 0;
        StringBuilder sb = new StringBuilder(512);
        for (int i = 0; i < raw.size(); i++) {
            int r = layout.firstRow() + i;
            int day = raw.days()[i];
            if (day != lastDay) {
                lastDay = day;
                dateSerial = DateUtil.getExcelDate(LocalDate.ofEpochDay(day));
            }
            sb.setLength(0);
            sb.append("<row r=\"").append(r).append("\">");
            number(cell(sb, layout.dateColumn(), r, dateStyle).append("<v>"), dateSerial).append("</v></c>");
            number(cell(sb, layout.periodColumn(), r, periodStyle).append("<v>"), periodSerial[raw.periods()[i]])
                    .append("</v></c>");
            for (int t = 0; t < texts; t++) {
                String s = raw.texts()[t][i];
                if (s != null) {
                    sb.append("<c r=\"").append(letters[layout.textColumn(t)]).append(r).append("\" t=\"s\"><v>").append(sst.get(s))
                            .append("</v></c>");
                }
            }
            for (int m = 0; m < measureStyles.length; m++) {
                double v = raw.measures()[m][i];
                if (!Double.isNaN(v)) {
                    number(cell(sb, firstMeasure + m, r, measureStyles[m]).append("<v>"), v).append("</v></c>");
                }
            }
            sb.append("</row>");
            w.append(sb);
            if ((i & 0x3FFF) == 0) {
                progress.rows(i);
            }
        }
    }

    private StringBuilder cell(StringBuilder sb, int col, int row, int style) {
        return sb.append("<c r=\"").append(letters[col]).append(row).append("\" s=\"").append(style).append("\">");
    }

    /** Appends a number as the XML holds it: whole numbers without a fraction, others in Java's shortest round-trip form. */
    static StringBuilder number(StringBuilder sb, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return sb.append((long) v);
        }
        return sb.append(v);
    }
}
