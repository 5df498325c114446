package dev.journeydash.source.csv;

import org.apache.commons.csv.CSVRecord;

/** What a CSV record must be to become a row: not blank, no more cells than the header, cells a workbook can hold. */
final class RecordChecks {
    /** Most data rows accepted (Excel's sheet limit less the header). */
    static final int MAX_ROWS = 1_048_575;
    /** Most characters in an Excel cell. */
    private static final int MAX_CELL = 32_767;

    private RecordChecks() { }

    /** Whether every cell of {@code record} is blank (a blank line, or only delimiters and spaces). */
    static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The message for data row number {@code count} (1-based) when it is over {@link #MAX_ROWS}, else null. */
    static String overRowLimit(int count) {
        return count <= MAX_ROWS ? null : "more than " + String.format("%,d", MAX_ROWS)
                + " data rows; Excel holds at most 1,048,576 rows a sheet: split the file or aggregate it";
    }

    /**
     * Why a workbook cannot hold a cell of the record, or null: a control character XML has no
     * place for, or more characters than an Excel cell holds.
     */
    static String unfitText(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            String unfit = unfitCell(record.get(i), i);
            if (unfit != null) {
                return unfit;
            }
        }
        return null;
    }

    /**
     * Why a workbook cannot hold {@code s}, the cell of 0-based column {@code column}, or null: a
     * control character XML has no place for, or more characters than an Excel cell holds.
     */
    static String unfitCell(String s, int column) {
        if (s.length() > MAX_CELL) {
            return String.format("cell %d has %,d characters; an Excel cell holds at most 32,767", column + 1, s.length());
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return String.format("cell %d contains the control character U+%04X, which a workbook cannot hold", column + 1, (int) c);
            }
        }
        return null;
    }

    /** The message when the record has cells past the header's {@code columns} that are not blank, else null. */
    static String tooManyCells(CSVRecord record, int columns, char delimiter) {
        for (int i = columns; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return "the row has " + record.size() + " cells but the header has " + columns
                        + "; if a number contains \"" + delimiter + "\" (e.g. 1" + delimiter + "234), put it in quotes";
            }
        }
        return null;
    }
}
