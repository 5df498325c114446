package dev.journeydash.source.csv;

import dev.journeydash.io.TextFile;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * KPI data from a CSV file, wide ({@code period, measure1, measure2, ...}) or long
 * ({@code period, measure, value}, optionally with segment columns): UTF-8 with or without a
 * byte-order mark, UTF-16 with one, or Windows-1252; delimited by {@code , ; TAB} or {@code |};
 * numbers with a decimal point or comma, thousands separators, currency and percent signs.
 */
public final class CsvSource {
    /** Largest data file accepted, in bytes. */
    public static final long MAX_BYTES = 1L << 30;
    /** Most data rows accepted (Excel's sheet limit less the header). */
    public static final int MAX_ROWS = RecordChecks.MAX_ROWS;

    /** A data file's limits and messages. */
    static final TextFile.Kind DATA_FILE = new TextFile.Kind("the data file does not exist",
            "cannot read the data file: %s", MAX_BYTES, "the file is %,d bytes; the limit is %,d bytes", MAX_BYTES,
            "this is not a text file (it contains NUL bytes at byte %d); expected a CSV file in UTF-8, UTF-16 with a "
                    + "byte-order mark, or Windows-1252");

    private CsvSource() { }

    /**
     * Reads the CSV file at {@code path} for {@code journey}.
     *
     * @param options  the decimal separator and date order, where they override the template and detection
     * @param progress receives the number of rows read, now and then
     * @throws InputException naming the file (as {@code path} gives it), and where it applies the
     *                        line, column and value, for everything wrong with it
     */
    public static DataSet read(Path path, Journey journey, ReadOptions options, Progress progress) throws InputException {
        String file = path.toString();
        return TextFile.read(path, DATA_FILE,
                (text, encodingNote) -> new CsvReader(file, journey, options, progress, encodingNote).read(text));
    }

    /**
     * Reads CSV {@code text} (a leading byte-order mark is skipped) for {@code journey};
     * {@code file} names it in messages.
     *
     * @throws InputException as {@link #read}
     */
    public static DataSet parse(String file, String text, Journey journey, ReadOptions options) throws InputException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new CsvReader(file, journey, options, Progress.NONE, null).read(new BufferedReader(new StringReader(body)));
    }
}
