package dev.journeydash.source.csv;

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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one source of a template from a CSV export: finds the header below any preamble, keeps
 * the date, number and text cells of the columns the source names (and no other: an export of
 * 70 columns costs little more than one of five), skips summary rows ({@code Total: ...}), stops
 * where another table starts after a blank line, and feeds the rows to the {@link SourceTable}.
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

    /** One record's kept cells and its line, for the rows read before the dialect is decided. */
    record Line(int number, String[] kept, boolean blank) { }

    SourceData read(BufferedReader input) throws InputException {
        LinkedHashSet<String> named = new LinkedHashSet<>(source.columns());
        named.addAll(source.expects());
        Preamble pre = Preamble.find(input, source.file(), List.copyOf(named), source.skip(), source.preset() == null
                ? "the source names" : "the source and its preset \"" + source.preset() + "\" expect");
        try {
            for (int i = 0; i < pre.skip(); i++) {
                input.readLine();
            }
            CsvScanner scanner = new CsvScanner(input, pre.delimiter(), null, pre.skip() + 1);
            scanner.next();
            List<String> header = scanner.all().stream().map(String::strip).toList();
            expected(header, pre.skip() + 1);
            return rows(scanner, header, pre);
        } catch (UncheckedIOException e) {
            throw InputException.of(source.file(), "not a readable CSV file: %s", e.getCause().getMessage());
        } catch (IOException e) {
            throw InputException.of(source.file(), "not a readable CSV file: %s", e.getMessage());
        }
    }

    private SourceData rows(CsvScanner scanner, List<String> header, Preamble pre) throws InputException, IOException {
        SourceColumns columns = SourceColumns.of(source, report);
        report.throwIfProblems();
        ExportColumns at = ExportColumns.of(header, source, columns);
        scanner.keep(at.wanted());
        List<Line> sample = new ArrayList<>();
        while (sample.size() < SAMPLE_ROWS && scanner.next()) {
            String[] kept = new String[at.wanted().length];
            for (int s = 0; s < kept.length; s++) {
                kept[s] = scanner.slot(s);
            }
            sample.add(new Line(scanner.line(), kept, scanner.blank()));
        }
        ExportCells cells = ExportCells.of(source, journey, options, at, sample, pre, report);
        SourceTable table = SourceTable.start(source, journey, columns, report);
        Feed feed = new Feed(at, cells, table);
        for (Line l : sample) {
            if (!feed.take(l.number(), l.blank(), slot -> l.kept()[slot])) {
                return table.finish(cells.span(), source.file());
            }
        }
        if (sample.size() == SAMPLE_ROWS) {
            while (scanner.next()) {
                if (!feed.take(scanner.line(), scanner.blank(), scanner::slot)) {
                    break;
                }
            }
        }
        return table.finish(cells.span(), source.file());
    }

    /** Takes records one by one: summary rows, the end of the table, the row limit, then the typed row. */
    private final class Feed {
        private final ExportColumns at;
        private final ExportCells cells;
        private final SourceTable table;
        private final int first;
        private boolean sawBlank;
        private int count;

        Feed(ExportColumns at, ExportCells cells, SourceTable table) {
            this.at = at;
            this.cells = cells;
            this.table = table;
            this.first = at.slot(0);
        }

        /** Takes one record; false when the table ended before it. */
        boolean take(int line, boolean blank, ExportCells.Kept kept) throws InputException {
            if (blank) {
                sawBlank = true;
                return true;
            }
            if (summary(kept.get(first))) {
                table.skippedSummaryRow();
                return true;
            }
            if (sawBlank && cells.anotherTable(kept)) {
                report.note(source.file() + ": line " + line + " starts another table; the rest of the file is not read");
                return false;
            }
            String over = RecordChecks.overRowLimit(++count);
            if (over != null) {
                throw new InputException(new InputException.Problem(source.file(), line, null, over));
            }
            String unfit = unfit(kept);
            if (unfit != null) {
                report.problem(line, null, unfit);
                return true;
            }
            cells.add(line, kept, table);
            if ((count & 0x3FFF) == 0) {
                progress.rows(count);
            }
            return true;
        }

        /** Why a kept cell cannot go into a workbook (a control character, too long), or null. */
        private String unfit(ExportCells.Kept kept) {
            for (int s = 0; s < at.wanted().length; s++) {
                String v = kept.get(s);
                String why = RecordChecks.unfitCell(v, at.wanted()[s]);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
    }

    /** The preset's identifying columns must be in the header: else the file is another export. */
    private void expected(List<String> header, int line) throws InputException {
        Set<String> have = new HashSet<>();
        header.forEach(h -> have.add(KeptRows.normalise(h)));
        List<String> lacking = source.expects().stream().filter(c -> !have.contains(KeptRows.normalise(c))).toList();
        if (!lacking.isEmpty()) {
            throw new InputException(new InputException.Problem(source.file(), line, null, "this does not look like the export "
                    + "the preset \"" + source.preset() + "\" reads: the header lacks " + String.join(", ", lacking.stream()
                    .map(c -> "\"" + c + "\"").toList()) + "; export the file as docs/presets.md says, or leave the preset out "
                    + "and name the columns"));
        }
    }

    /** Whether a first cell starts a summary row: "Total", "Totals", "Total: Campaigns", "Grand total". */
    private static boolean summary(String cell) {
        String s = cell.strip();
        if (s.length() < 5) {
            return false;
        }
        char c = Character.toLowerCase(s.charAt(0));
        return (c == 't' || c == 'g') && SUMMARY.matcher(s).matches();
    }

    /** Whether a number cell means "no value" ({@code --}, {@code n/a}). */
    static boolean notAvailable(String cell) {
        return NOT_AVAILABLE.contains(cell.toLowerCase(Locale.ROOT));
    }
}
