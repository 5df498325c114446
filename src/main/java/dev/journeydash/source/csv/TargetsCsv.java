package dev.journeydash.source.csv;

import dev.journeydash.io.TextFile;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.model.TargetChange;
import dev.journeydash.source.table.Report;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A targets file (budgets): a CSV whose first column holds periods and whose other columns are
 * named by KPI ids, each cell the KPI's target from that period on ({@code period,conversion_rate,aov}
 * then {@code 2025-07,0.03,}). An empty cell changes nothing. Read as data files are: the same
 * encodings, delimiters, numbers and periods ({@link PeriodParser}), the decimal separator and date
 * order as {@link ReadOptions}, the template or detection say.
 */
public final class TargetsCsv {
    /** Largest targets file accepted, in bytes. */
    static final long MAX_BYTES = 16L << 20;
    private static final TextFile.Kind TARGETS_FILE = new TextFile.Kind("the targets file does not exist",
            "cannot read the targets file: %s", MAX_BYTES, "the file is %,d bytes; the limit is %,d bytes", MAX_BYTES,
            "this is not a text file (it contains NUL bytes at byte %d); expected a CSV file in UTF-8, UTF-16 with a "
                    + "byte-order mark, or Windows-1252");

    private TargetsCsv() { }

    /**
     * The target changes in the file at {@code path}: KPI id to its changes, oldest first; KPIs
     * without a column are absent.
     *
     * @throws InputException naming the file as {@code path} gives it, the line, column and value, for
     *                        everything wrong with it
     */
    public static Map<String, List<TargetChange>> read(Path path, Journey journey, ReadOptions options)
            throws InputException {
        String file = path.toString();
        return TextFile.read(path, TARGETS_FILE, (text, encodingNote) -> read(file, text, journey, options));
    }

    /** As {@link #read(Path, Journey, ReadOptions)}, for CSV {@code text} (a byte-order mark is skipped). */
    public static Map<String, List<TargetChange>> parse(String file, String text, Journey journey, ReadOptions options)
            throws InputException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return read(file, new BufferedReader(new StringReader(body)), journey, options);
    }

    private static Map<String, List<TargetChange>> read(String file, BufferedReader input, Journey journey,
                                                        ReadOptions options) throws InputException {
        Report report = new Report(file);
        char delimiter = Delimiter.sniff(input);
        LineCountingReader counted = new LineCountingReader(input);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        Map<String, List<TargetChange>> out;
        try (CSVParser parser = CSVParser.parse(counted, format)) {
            CsvRecords records = new CsvRecords(parser.iterator(), counted, delimiter, report, Progress.NONE);
            out = targets(records, journey, options, report);
        } catch (UncheckedIOException e) {
            throw InputException.of(file, "not a readable CSV file: %s", e.getCause().getMessage());
        } catch (IOException e) {
            throw InputException.of(file, "not a readable CSV file: %s", e.getMessage());
        } catch (IllegalStateException e) {
            throw InputException.of(file, "not a readable CSV file: %s", e.getMessage());
        }
        report.throwIfProblems();
        return out;
    }

    private static Map<String, List<TargetChange>> targets(CsvRecords records, Journey journey, ReadOptions options,
                                                           Report report) throws InputException {
        CsvRow header = records.header();
        if (header == null) {
            throw InputException.of(report.file(), "the file is empty: expected a header row such as period,%s",
                    String.join(",", journey.kpis().map(Kpi::id).limit(2).toList()));
        }
        TargetColumns columns = TargetColumns.of(header, journey, report);
        report.throwIfProblems();
        List<CsvRow> rows = records.take(RecordChecks.MAX_ROWS);
        report.throwIfProblems();
        if (rows.isEmpty()) {
            throw new InputException(new InputException.Problem(report.file(), header.line(), null,
                    "the file has a header but no rows of targets"));
        }
        Dialect dialect = Dialect.of(rows, 0, journey, options, report);
        TargetRows typed = new TargetRows(columns, dialect, journey.granularity(), report);
        rows.forEach(typed::add);
        return typed.changes();
    }
}
