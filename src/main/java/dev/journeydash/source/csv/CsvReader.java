package dev.journeydash.source.csv;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.table.ColumnRoles;
import dev.journeydash.source.table.Report;
import dev.journeydash.source.table.Row;
import dev.journeydash.source.table.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one CSV text into a data set: the delimiter, the header, the first
 * {@link #DETECTION_ROWS} rows for the dialect, then every row typed and fed to the table stage.
 * One reader per attempt at a file: it collects the problems and notes of that attempt.
 */
final class CsvReader {
    /** Rows read before the decimal separator and the date order are decided. */
    static final int DETECTION_ROWS = 10_000;
    private static final Pattern UNCLOSED_QUOTE =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private final Journey journey;
    private final ReadOptions options;
    private final Progress progress;
    private final Report report;

    /**
     * @param file         the file as the user named it, for messages
     * @param encodingNote what the user should know about the file's encoding, or null
     */
    CsvReader(String file, Journey journey, ReadOptions options, Progress progress, String encodingNote) {
        this.journey = journey;
        this.options = options;
        this.progress = progress;
        this.report = new Report(file);
        if (encodingNote != null) {
            report.note(encodingNote);
        }
    }

    /** A typed-row feed: the rows' types and the table they go to. */
    private record Feed(RowTyper typer, Table table, NumberParser numbers) {
        void add(CsvRow row) {
            Row typed = typer.type(row);
            if (typed != null) {
                table.add(typed);
            }
        }
    }

    /** Reads {@code input}, text after any byte-order mark. */
    DataSet read(BufferedReader input) throws InputException {
        char delimiter = Delimiter.sniff(input);
        LineCountingReader counted = new LineCountingReader(input);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        Feed feed;
        try (CSVParser parser = CSVParser.parse(counted, format)) {
            CsvRecords records = new CsvRecords(parser.iterator(), counted, delimiter, report, progress);
            feed = feedAll(records);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException e) {
            throw unreadable(e);
        } catch (IllegalStateException e) {
            throw InputException.of(report.file(), "not a readable CSV file: %s", e.getMessage());
        }
        report.throwIfProblems();
        DataSet data = feed.table().finish();
        report.throwIfProblems();
        dev.journeydash.source.table.SegmentColumn.check(data, journey);
        return ExtraNumbers.typed(data, feed.numbers());
    }

    /** Reads the header and the first rows, starts the table, and feeds it every row. */
    private Feed feedAll(CsvRecords records) throws InputException {
        CsvRow header = records.header();
        if (header == null) {
            throw InputException.of(report.file(), "the file is empty: expected a header row such as period,%s",
                    String.join(",", journey.measures().stream().map(Measure::id).limit(3).toList()));
        }
        List<CsvRow> head = records.take(DETECTION_ROWS);
        if (head.size() < DETECTION_ROWS) {
            report.throwIfProblems();
            if (head.isEmpty()) {
                throw new InputException(new InputException.Problem(report.file(), header.line(), null,
                        "the file has a header but no data rows"));
            }
        }
        Feed feed = start(header, head);
        head.forEach(feed::add);
        CsvRow row;
        while ((row = records.next()) != null) {
            feed.add(row);
        }
        return feed;
    }

    /** Gives the columns their roles, decides the dialect from the first rows and starts the table. */
    private Feed start(CsvRow header, List<CsvRow> head) throws InputException {
        ColumnRoles roles = ColumnRoles.of(header.cells(), journey);
        Dialect dialect = Dialect.of(head, roles.period(), journey, options, report);
        Table table = Table.start(roles, journey, header.line(), report);
        return new Feed(new RowTyper(roles, dialect, report), table, dialect.numbers());
    }

    /** A CSV syntax error; an unclosed quote is named by the line where the quoted cell starts. */
    private InputException unreadable(Throwable e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = UNCLOSED_QUOTE.matcher(message);
        if (m.find()) {
            return new InputException(new InputException.Problem(report.file(), Integer.parseInt(m.group(1)), null,
                    "a quoted cell starts on this line but its closing quote (\") is missing"));
        }
        return InputException.of(report.file(), "not a readable CSV file: %s", message);
    }
}
