package dev.journeydash.source;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.csv.CsvSource;

import java.nio.file.Path;

/**
 * Reads a journey's KPI data into a {@link DataSet}: consecutive periods at the journey's
 * granularity, oldest first, gaps left blank; one value per measure and period, aggregated over
 * the rows with the measure's aggregation (sum, average or last); the raw rows when the data is
 * finer than a period; the segments when it has segment columns.
 *
 * <p>Where the data's decimal separator and date order are not given in {@link ReadOptions},
 * the template's settings decide, and where neither says, detection per file does.
 */
public final class DataSources {
    private DataSources() { }

    /**
     * Reads the CSV file at {@code csv}, wide ({@code period, measure1, measure2, ...}) or long
     * ({@code period, measure, value}, optionally with segment columns).
     *
     * @param options  the decimal separator and date order, where they override the template and detection
     * @param progress receives the number of rows read, now and then; {@link Progress#NONE} for none
     * @throws InputException naming the file as {@code csv} gives it, and where it applies the line
     *                        (1-based), column and value, for everything wrong with the data
     */
    public static DataSet read(Path csv, Journey journey, ReadOptions options, Progress progress) throws InputException {
        return CsvSource.read(csv, journey, options, progress);
    }

    /** As {@link #read(Path, Journey, ReadOptions, Progress)}, without progress. */
    public static DataSet read(Path csv, Journey journey, ReadOptions options) throws InputException {
        return read(csv, journey, options, Progress.NONE);
    }

    /**
     * Reads CSV {@code text} as {@link #read} reads a file's text (a leading byte-order mark is
     * skipped); {@code file} names it in messages. For tests and for data already in memory.
     */
    public static DataSet parse(String file, String text, Journey journey, ReadOptions options) throws InputException {
        return CsvSource.parse(file, text, journey, options);
    }
}
