package dev.journeydash.engines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An external spreadsheet engine that recalculates every formula of an .xlsx and writes the result as
 * .xlsx. {@link #check(Path)} / {@link #checkAll(List)} compare the result with the original's cached
 * values via {@link RecalcComparer}. Implementations keep their outputs in a private temp directory
 * until {@link #close()}.
 */
public interface RecalcEngine extends AutoCloseable {

    /** "LibreOffice" or "Gnumeric". */
    String name();

    /**
     * Recalculates every file (in one engine invocation where the engine supports it) and writes the
     * results to {@code outDir}; returns the output paths in the order of {@code xlsxFiles}.
     *
     * @throws IOException (an {@code EngineProcess.EngineException}) if the engine fails, times out or
     *                     writes no output for a file
     */
    List<Path> recalculateAll(List<Path> xlsxFiles, Path outDir) throws IOException;

    /** Wall time of the most recent engine run (for a batch: the whole batch). */
    java.time.Duration lastRunTime();

    /** Directory for outputs of {@link #check(Path)} / {@link #checkAll(List)}; deleted by {@link #close()}. */
    Path workDir() throws IOException;

    default Path recalculate(Path xlsx, Path outDir) throws IOException {
        return recalculateAll(List.of(xlsx), outDir).get(0);
    }

    /** Recalculates {@code xlsx} and compares every formula cell's cached value with the engine's. */
    default RecalcReport check(Path xlsx) throws IOException {
        return checkAll(List.of(xlsx)).get(0);
    }

    /** Like {@link #check(Path)} for several files with a single engine run; reports in input order. */
    default List<RecalcReport> checkAll(List<Path> xlsxFiles) throws IOException {
        Path out = java.nio.file.Files.createTempDirectory(workDir(), "out");
        List<Path> results = recalculateAll(xlsxFiles, out);
        List<RecalcReport> reports = new ArrayList<>();
        for (int i = 0; i < xlsxFiles.size(); i++) {
            reports.add(RecalcComparer.compare(name(), xlsxFiles.get(i), results.get(i), lastRunTime()));
        }
        return reports;
    }

    /** Deletes the engine's temporary profile and outputs. */
    @Override
    void close();
}
