package dev.journeydash.xlsx;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Progress;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.io.IOException;
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
 * The XML is bytes made directly ({@link XmlBytes}); a sheet of more than {@link #rowsPerPiece}
 * rows is made in pieces of that many rows, each made and deflated on its own thread
 * ({@link BlockDeflater#pieces}): the pieces depend on the data alone, so the bytes do not depend
 * on the number of threads.
 */
abstract class StreamedRows implements ReproducibleZip.PartRewriter {
    private static final byte[] CELL = bytes("<c r=\"");
    private static final byte[] TEXT = bytes("\" t=\"s\"><v>");
    private static final byte[] STYLED_TEXT = bytes(" t=\"s\"><v>");
    private static final byte[] VALUE = bytes("><v>");
    private static final byte[] END_CELL = bytes("</v></c>");
    private static final byte[] ROW = bytes("<row r=\"");
    private static final byte[] ROW_END = bytes("\">");
    private static final byte[] END_ROW = bytes("</row>");

    private final SharedStringsTable strings;
    private final Map<String, Integer> sst = new HashMap<>();
    private final RawSheetLayout layout;
    private final int[] days;
    private final int[] periods;
    private final double[] periodSerial;
    private final int dateStyle;
    private final int periodStyle;
    /** Column letters, 0 is A, for every column of the sheet. */
    private final byte[][] letters;
    /** The rows of a piece: about a block's worth of XML, from the number of columns alone. */
    private final int rowsPerPiece;
    private Progress progress = Progress.NONE;

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
        letters = new byte[columns][];
        for (int c = 0; c < columns; c++) {
            letters[c] = bytes(CellReference.convertNumToColString(c));
        }
        // a cell is about 30 bytes: <c r="Q123456" s="12"><v>1234</v></c>
        rowsPerPiece = Math.max(64, BlockDeflater.BLOCK_SIZE / (30 * columns + 20));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
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

    /** Appends the cells of row {@code i} (0-based) after its date and period. */
    abstract void cells(Cells row, int i);

    /** The last row written (1-based): the dimension's lower right corner. */
    private int lastRow() {
        return layout.firstRow() + days.length - 1;
    }

    /** Appends rows {@code from} to {@code to} (0-based, exclusive) to {@code out}. */
    private void writeRows(int from, int to, XmlBytes out) {
        Cells cells = new Cells(out);
        int lastDay = Integer.MIN_VALUE;
        double dateSerial = 0;
        for (int i = from; i < to; i++) {
            if (days[i] != lastDay) {
                lastDay = days[i];
                dateSerial = DateUtil.getExcelDate(LocalDate.ofEpochDay(lastDay));
            }
            cells.row(layout.firstRow() + i);
            cells.number(layout.dateColumn(), dateStyle, dateSerial);
            cells.number(layout.periodColumn(), periodStyle, periodSerial[periods[i]]);
            cells(cells, i);
            out.append(END_ROW);
        }
    }

    /** The sheet XML with every row inserted and the dimension widened. */
    @Override
    public void rewrite(String sheetXml, BlockDeflater out) throws IOException {
        int end = sheetXml.indexOf("</sheetData>");
        if (end < 0) {
            throw new IllegalStateException("the raw data sheet has no sheetData element");
        }
        String head = sheetXml.substring(0, end).replaceFirst("<dimension ref=\"[^\"]*\"/>",
                "<dimension ref=\"A1:" + new String(letters[letters.length - 1], StandardCharsets.US_ASCII) + lastRow() + "\"/>");
        byte[] tail = sheetXml.substring(end).getBytes(StandardCharsets.UTF_8);
        XmlBytes xml = new XmlBytes(1 << 16);
        xml.append(head);
        if (days.length <= rowsPerPiece) {
            writeRows(0, days.length, xml);
            xml.append(tail);
            out.write(xml.bytes(), 0, xml.length());
            return;
        }
        out.write(xml.bytes(), 0, xml.length());
        int pieces = (days.length + rowsPerPiece - 1) / rowsPerPiece;
        out.pieces(pieces, (k, into) -> {
            writeRows(k * rowsPerPiece, Math.min(days.length, (k + 1) * rowsPerPiece), into);
            if (k == pieces - 1) {
                into.append(tail);
            }
        }, k -> {
            if ((k & 0x7) == 0) {
                progress.rows(k * rowsPerPiece);
            }
        });
    }

    /** The cells of one row at a time, into one buffer: one per thread. */
    final class Cells {
        private final XmlBytes out;
        private final byte[] row = new byte[10];
        private int rowLength;
        private byte[][] styles = new byte[16][];

        private Cells(XmlBytes out) {
            this.out = out;
        }

        /** Opens row {@code r} (1-based); its cells name it. */
        private void row(int r) {
            int n = 0;
            for (int t = r; t > 0; t /= 10) {
                n++;
            }
            for (int i = n - 1, t = r; i >= 0; i--, t /= 10) {
                row[i] = (byte) ('0' + t % 10);
            }
            rowLength = n;
            out.append(ROW).append(row, 0, rowLength).append(ROW_END);
        }

        /** {@code <c r="B5"}: the cell's reference, its attributes still open. */
        private void open(int col) {
            out.append(CELL).append(letters[col]).append(row, 0, rowLength);
        }

        /** {@code " s="3"}, made once per style. */
        private byte[] style(int style) {
            if (style >= styles.length) {
                styles = java.util.Arrays.copyOf(styles, Math.max(style + 1, 2 * styles.length));
            }
            byte[] t = styles[style];
            if (t == null) {
                t = bytes("\" s=\"" + style + "\"");
                styles[style] = t;
            }
            return t;
        }

        /** A number cell with a style. */
        void number(int col, int style, double v) {
            open(col);
            out.append(style(style)).append(VALUE).number(v).append(END_CELL);
        }

        /** A text cell of the registered {@code s}, without a style. */
        void text(int col, String s) {
            open(col);
            out.append(TEXT).digits(sst.get(s)).append(END_CELL);
        }

        /** A text cell of the registered {@code s} with a style. */
        void text(int col, int style, String s) {
            open(col);
            out.append(style(style)).append(STYLED_TEXT).digits(sst.get(s)).append(END_CELL);
        }
    }
}
