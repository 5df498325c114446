package dev.journeydash.source;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.model.Source;
import dev.journeydash.model.TargetChange;
import dev.journeydash.source.csv.CsvSource;
import dev.journeydash.source.csv.ExportSource;
import dev.journeydash.source.csv.TargetsCsv;
import dev.journeydash.source.sql.SqlSource;
import dev.journeydash.source.table.SourceData;
import dev.journeydash.source.table.SourceMerge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a journey's KPI data into a {@link DataSet}: consecutive periods at the journey's
 * granularity, oldest first, gaps left blank; one value per measure and period. A journey without
 * {@code sources:} reads one wide or long CSV (aggregated with each measure's aggregation, raw rows
 * kept when finer than a period, segments kept); a journey with sources reads each source's export,
 * or runs its query (SQL sources, {@link SqlSource}), and merges them on the period.
 *
 * <p>Where the data's decimal separator and date order are not given in {@link ReadOptions},
 * the template's settings decide, and where neither says, detection per file does.
 */
public final class DataSources {
    private DataSources() { }

    /**
     * Reads the CSV file at {@code csv}, wide ({@code period, measure1, measure2, ...}) or long
     * ({@code period, measure, value}, optionally with segment columns), for a journey without sources.
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
     * Reads the data of {@code journey}: its sources, when it has some, else the one CSV {@code data}.
     *
     * @param data  the data file: for a journey without sources, the CSV; with one source, the file that
     *              replaces the source's; with several, null (use {@code files}); null for the template's files
     * @param files source name to the file that replaces the one the template names; empty for none
     * @throws InputException for a name that is no source's, a missing data file, and everything wrong with the data
     */
    public static DataSet read(Journey journey, Path data, Map<String, Path> files, ReadOptions options, Progress progress)
            throws InputException {
        if (journey.sources().isEmpty()) {
            if (data == null) {
                throw InputException.of("the template", "it names no sources: give the data file with --data FILE");
            }
            if (!files.isEmpty()) {
                throw InputException.of("the template", "it names no sources, so --data %s= names none; give --data FILE",
                        files.keySet().iterator().next());
            }
            return read(data, journey, options, progress);
        }
        List<SourceData> read = new ArrayList<>();
        for (Source s : Overrides.apply(journey.sources(), data, files)) {
            if (s.isSql()) {
                progress.phase("running the query of " + s.name());
                read.add(SqlSource.read(s, journey, options, progress));
            } else {
                progress.phase("reading " + Path.of(s.file()).getFileName());
                read.add(ExportSource.read(s, journey, options, progress));
            }
        }
        return SourceMerge.merge(journey, read);
    }

    /**
     * Reads a targets file (budgets): the periods in the first column, a column per KPI (its id),
     * each cell the KPI's target from that period on; see {@link dev.journeydash.source.csv.TargetsCsv}.
     *
     * @return KPI id to its target changes, oldest first, for {@link Journey#withTargetChanges}
     * @throws InputException with file, line, column and value for everything wrong with the file
     */
    public static Map<String, List<TargetChange>> readTargets(Path csv, Journey journey, ReadOptions options)
            throws InputException {
        return TargetsCsv.read(csv, journey, options);
    }

    /** As {@link #readTargets}, for CSV {@code text} that {@code file} names in messages. */
    public static Map<String, List<TargetChange>> parseTargets(String file, String text, Journey journey, ReadOptions options)
            throws InputException {
        return TargetsCsv.parse(file, text, journey, options);
    }

    /**
     * The first lines of a data file that are not blank, each split into cells at its most frequent
     * delimiter: for telling which tool exported the file.
     */
    public static List<List<String>> headerLines(Path file) throws InputException {
        return dev.journeydash.source.csv.HeaderLines.of(file);
    }

    /**
     * Reads CSV {@code text} as {@link #read} reads a file's text (a leading byte-order mark is
     * skipped); {@code file} names it in messages. For tests and for data already in memory.
     */
    public static DataSet parse(String file, String text, Journey journey, ReadOptions options) throws InputException {
        return CsvSource.parse(file, text, journey, options);
    }
}
