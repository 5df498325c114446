package dev.journeydash.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recalculates workbooks with Gnumeric's {@code ssconvert --recalc}, exporting to .xlsx
 * ({@code Gnumeric_Excel:xlsx2}). The xlsx export is used rather than CSV ({@code -S %s.csv}) because it
 * keeps value types (number vs text vs boolean vs error) and writes numbers with 17+ significant digits;
 * CSV loses the types and writes cells through their number formats. ssconvert handles one file per
 * invocation but starts in ~0.1 s, so files are converted one after the other.
 *
 * <p>Each instance uses its own HOME and {@code GSETTINGS_BACKEND=memory}, so user preferences cannot
 * change the result. Note: Gnumeric computes in long double and may export results beyond the double
 * range (e.g. 1e600), which the comparer reports as non-finite.
 */
public final class GnumericRecalc implements RecalcEngine {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    static final String IMPORT_TYPE = "Gnumeric_Excel:xlsx";
    static final String EXPORT_TYPE = "Gnumeric_Excel:xlsx2";

    private final Path ssconvert;
    private final Duration timeout;
    private Path baseDir;
    private Duration lastRunTime = Duration.ZERO;

    /** Uses {@code ssconvert} from the PATH (failing/skipping the test via {@link EngineAvailability} if absent). */
    public GnumericRecalc() {
        this(EngineAvailability.requireGnumeric(), DEFAULT_TIMEOUT);
    }

    public GnumericRecalc(Path ssconvert, Duration timeout) {
        this.ssconvert = ssconvert;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "Gnumeric";
    }

    @Override
    public synchronized Duration lastRunTime() {
        return lastRunTime;
    }

    @Override
    public synchronized Path workDir() throws IOException {
        if (baseDir == null) baseDir = Files.createTempDirectory("journeydash-gnumeric-");
        return baseDir;
    }

    @Override
    public synchronized List<Path> recalculateAll(List<Path> xlsxFiles, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path home = Files.createDirectories(workDir().resolve("home"));
        Map<String, String> env = Map.of("HOME", home.toString(), "GSETTINGS_BACKEND", "memory",
                "LC_ALL", "C.UTF-8", "LANG", "C.UTF-8");
        Path run = Files.createTempDirectory(workDir(), "run");
        List<Path> outputs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Duration total = Duration.ZERO;
        for (int i = 0; i < xlsxFiles.size(); i++) {
            Path in = run.resolve("f" + i + ".xlsx");
            Files.copy(xlsxFiles.get(i), in, StandardCopyOption.REPLACE_EXISTING);
            Path produced = run.resolve("f" + i + ".recalc.xlsx");
            List<String> cmd = List.of(ssconvert.toString(), "--recalc", "--import-type=" + IMPORT_TYPE,
                    "--export-type=" + EXPORT_TYPE, in.toString(), produced.toString());
            EngineProcess.Result r = EngineProcess.run(cmd, run, env, timeout);
            total = total.plus(r.elapsed());
            if (r.exitCode() != 0 || !Files.isRegularFile(produced) || Files.size(produced) == 0) {
                lastRunTime = total;
                throw new EngineProcess.EngineException("Gnumeric could not recalculate " + xlsxFiles.get(i) + "\n"
                        + r.describe());
            }
            outputs.add(LibreOfficeRecalc.moveTo(produced, outDir, xlsxFiles.get(i), i, used));
        }
        lastRunTime = total;
        EngineProcess.deleteTree(run);
        return outputs;
    }

    @Override
    public synchronized void close() {
        if (Boolean.getBoolean("journeydash.engines.keep")) return;
        EngineProcess.deleteTree(baseDir);
        baseDir = null;
    }

    /** One-shot convenience: recalculate, compare, clean up (the report's recalculated file is deleted). */
    public static RecalcReport checkOnce(Path xlsx) throws IOException {
        try (GnumericRecalc g = new GnumericRecalc()) {
            return g.check(xlsx);
        }
    }
}
