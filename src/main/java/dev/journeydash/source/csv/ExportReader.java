package dev.journeydash.source.csv;

import dev.journeydash.model.Decimal;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.model.Source;
import dev.journeydash.source.table.Report;
import dev.journeydash.source.table.SourceColumns;
import dev.journeydash.source.table.SourceData;
import dev.journeydash.source.table.SourceTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one source of a template from a CSV export: finds the header below any preamble, reads
 * the date, number and text cells of the columns the source names, skips summary rows
 * ({@code Total: ...}) and stops where another table starts after a blank line, and feeds the
 * rows to the {@link SourceTable}.
 */
final class ExportReader {
    /** Rows read before the date format and the decimal separator are decided. */
    private static final int SAMPLE_ROWS = 5_000;
    private static final Pattern SUMMARY = Pattern.compile("(?i)(grand\\s+)?totals?(\\s*:.*)?");
    private static final Set<String> NOT_AVAILABLE = Set.of("--", "-", "\u2014", "n/a", "na", "null");

    private final Source source;
    private final Journey journey;
    private final ReadOptions options;
    private final Progress progress;
    private final Report report;

    ExportReader(Source source, Journey journey, ReadOptions options, Progress progress, String encodingNote) {
        this.source = source;
        this.journey = journey;
        this.options = options;
        this.progress = progress;
        this.report = new Report(source.file());
        if (encodingNote != null) {
            report.note(encodingNote);
        }
    }

    SourceData read(BufferedReader input) throws InputException {
        java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>(source.columns());
        named.addAll(source.expects());
        Preamble pre = Preamble.find(input, source.file(), List.copyOf(named), source.skip(), source.preset() == null
                ? "the source names" : "the source and its preset \"" + source.preset() + "\" expect");
        try {
            for (int i = 0; i < pre.skip(); i++) {
                input.readLine();
            }
            LineCountingReader counted = new LineCountingReader(input);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(pre.delimiter()).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true).get();
            try (CSVParser parser = CSVParser.parse(counted, format)) {
                return rows(parser.iterator(), counted, pre);
            }
        } catch (UncheckedIOException e) {
            throw InputException.of(source.file(), "not a readable CSV file: %s", e.getCause().getMessage());
        } catch (IOException e) {
            throw InputException.of(source.file(), "not a readable CSV file: %s", e.getMessage());
        } catch (IllegalStateException e) {
            throw InputException.of(source.file(), "not a readable CSV file: %s", e.getMessage());
        }
    }

    private SourceData rows(Iterator<CSVRecord> records, LineCountingReader counted, Preamble pre) throws InputException {
        CSVRecord headerRecord = records.next();
        List<String> header = headerRecord.toList();
        expected(header, pre.skip() + 1);
        SourceColumns columns = SourceColumns.of(source, report);
        report.throwIfProblems();
        ExportColumns at = ExportColumns.of(header, source, columns);
        List<Line> sample = new ArrayList<>();
        Iterator<Line> lines = lines(records, counted, pre.skip());
        while (sample.size() < SAMPLE_ROWS && lines.hasNext()) {
            sample.add(lines.next());
        }
        ExportCells cells = ExportCells.of(source, journey, options, at, sample.stream().map(Line::record).toList(),
                pre, report);
        SourceTable table = SourceTable.start(source, journey, columns, report);
        boolean sawBlank = false;
        int count = 0;
        Iterator<Line> all = concat(sample.iterator(), lines);
        while (all.hasNext()) {
            Line line = all.next();
            CSVRecord r = line.record();
            if (RecordChecks.isBlank(r)) {
                sawBlank = true;
                continue;
            }
            if (SUMMARY.matcher(r.get(0).strip()).matches()) {
                table.skippedSummaryRow();
                continue;
            }
            if (sawBlank && cells.anotherTable(r)) {
                report.note(source.file() + ": line " + line.number() + " starts another table; the rest of the file is not read");
                break;
            }
            String over = RecordChecks.overRowLimit(++count);
            if (over != null) {
                throw new InputException(new InputException.Problem(source.file(), line.number(), null, over));
            }
            String unfit = RecordChecks.unfitText(r);
            if (unfit != null) {
                report.problem(line.number(), null, unfit);
                continue;
            }
            cells.add(line.number(), r, table);
            if ((count & 0x3FFF) == 0) {
                progress.rows(count);
            }
        }
        return table.finish(cells.span(), source.file());
    }

    /** The preset's identifying columns must be in the header: else the file is another export. */
    private void expected(List<String> header, int line) throws InputException {
        Set<String> have = new java.util.HashSet<>();
        header.forEach(h -> have.add(normalise(h)));
        List<String> lacking = source.expects().stream().filter(c -> !have.contains(normalise(c))).toList();
        if (!lacking.isEmpty()) {
            throw new InputException(new InputException.Problem(source.file(), line, null, "this does not look like the export "
                    + "the preset \"" + source.preset() + "\" reads: the header lacks " + String.join(", ", lacking.stream()
                    .map(c -> "\"" + c + "\"").toList()) + "; export the file as docs/presets.md says, or leave the preset out "
                    + "and name the columns"));
        }
    }

    /** A record with its 1-based line in the file. */
    private record Line(int number, CSVRecord record) { }

    private static Iterator<Line> lines(Iterator<CSVRecord> records, LineCountingReader counted, int offset) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Line next() {
                CSVRecord r = records.next();
                return new Line(offset + counted.lineOf(r.getCharacterPosition()), r);
            }
        };
    }

    private static <T> Iterator<T> concat(Iterator<T> a, Iterator<T> b) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return a.hasNext() || b.hasNext();
            }

            @Override
            public T next() {
                return a.hasNext() ? a.next() : b.next();
            }
        };
    }

    /** Whether a number cell means "no value" ({@code --}, {@code n/a}). */
    static boolean notAvailable(String cell) {
        return NOT_AVAILABLE.contains(cell.toLowerCase(java.util.Locale.ROOT));
    }

    static Decimal decimal(ReadOptions options, Journey journey) {
        return options.decimalFor(journey);
    }

    static String normalise(String header) {
        return KeptRows.normalise(header);
    }
}
