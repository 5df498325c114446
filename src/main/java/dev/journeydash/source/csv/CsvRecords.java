package dev.journeydash.source.csv;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import dev.journeydash.source.table.Report;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The records of a CSV file as rows: blank records skipped, each row with its line, the header
 * first, then the data rows that pass the {@link RecordChecks}; those that fail go to the report.
 * Counts the data rows for the row limit and for progress.
 */
final class CsvRecords {
    private final Iterator<CSVRecord> records;
    private final LineCountingReader lines;
    private final char delimiter;
    private final Report report;
    private final Progress progress;
    private int columns;
    private int count;

    CsvRecords(Iterator<CSVRecord> records, LineCountingReader lines, char delimiter, Report report, Progress progress) {
        this.records = records;
        this.lines = lines;
        this.delimiter = delimiter;
        this.report = report;
        this.progress = progress;
    }

    /**
     * The header: the first record that is not blank; null when there is none.
     *
     * @throws InputException when the header has a cell a workbook cannot hold
     */
    CsvRow header() throws InputException {
        CSVRecord record = nextNonBlank();
        if (record == null) {
            return null;
        }
        int line = lines.lineOf(record.getCharacterPosition());
        String unfit = RecordChecks.unfitText(record);
        if (unfit != null) {
            throw new InputException(new InputException.Problem(report.file(), line, null, unfit));
        }
        columns = record.size();
        return new CsvRow(line, cells(record));
    }

    /**
     * The next data row that passes the checks, after the {@link #header()}; null at the end.
     *
     * @throws InputException (with that problem alone) when the file has more than {@link RecordChecks#MAX_ROWS} data rows
     */
    CsvRow next() throws InputException {
        CSVRecord record;
        while ((record = nextNonBlank()) != null) {
            int line = lines.lineOf(record.getCharacterPosition());
            String over = RecordChecks.overRowLimit(++count);
            if (over != null) {
                throw new InputException(new InputException.Problem(report.file(), line, null, over));
            }
            String unfit = RecordChecks.unfitText(record);
            String problem = unfit != null ? unfit : RecordChecks.tooManyCells(record, columns, delimiter);
            if (problem != null) {
                report.problem(line, null, problem);
                continue;
            }
            if ((count & 0x3FFF) == 0) {
                progress.rows(count);
            }
            return new CsvRow(line, cells(record));
        }
        return null;
    }

    /** Up to {@code max} data rows, fewer only at the end of the file. */
    List<CsvRow> take(int max) throws InputException {
        List<CsvRow> rows = new ArrayList<>();
        CsvRow row;
        while (rows.size() < max && (row = next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    /** The record's cells, a view of its values (CSVRecord.toList() copies them through a stream). */
    private static List<String> cells(CSVRecord record) {
        return Collections.unmodifiableList(Arrays.asList(record.values()));
    }

    private CSVRecord nextNonBlank() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (!RecordChecks.isBlank(record)) {
                return record;
            }
        }
        return null;
    }
}
