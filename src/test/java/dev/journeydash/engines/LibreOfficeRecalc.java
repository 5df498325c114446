package dev.journeydash.engines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recalculates workbooks with headless LibreOffice Calc, as /work/shared/tools/look-at-xlsx does: a fresh
 * temporary user profile whose registry forces "recalculate on load: always" for OOXML
 * ({@code /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0}), then
 * {@code soffice --headless --convert-to "xlsx:Calc MS Excel 2007 XML"}. Several files are converted by
 * ONE soffice invocation (LibreOffice start-up dominates the cost). The profile is created once per
 * instance and deleted by {@link #close()}; calls on one instance are serialized (a profile cannot be
 * shared by two running soffice processes).
 *
 * <p>Note: LibreOffice 7.4 writes numbers with 15 significant digits, far inside the 1e-9 tolerance;
 * it exports its own errors (Err:5xx) as Excel error codes, mostly #VALUE!.
 */
public final class LibreOfficeRecalc implements RecalcEngine {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    static final String FILTER = "xlsx:Calc MS Excel 2007 XML";

    private final Path soffice;
    private final Duration timeout;
    private Path baseDir;
    private Path profile;
    private Duration lastRunTime = Duration.ZERO;

    /** Uses {@code soffice} from the PATH (failing/skipping the test via {@link EngineAvailability} if absent). */
    public LibreOfficeRecalc() {
        this(EngineAvailability.requireLibreOffice(), DEFAULT_TIMEOUT);
    }

    public LibreOfficeRecalc(Path soffice, Duration timeout) {
        this.soffice = soffice;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "LibreOffice";
    }

    @Override
    public synchronized Duration lastRunTime() {
        return lastRunTime;
    }

    @Override
    public synchronized Path workDir() throws IOException {
        if (baseDir == null) baseDir = Files.createTempDirectory("journeydash-libreoffice-");
        return baseDir;
    }

    /** The temporary user profile (created on first use). */
    public synchronized Path profileDir() throws IOException {
        if (profile == null) {
            profile = workDir().resolve("profile");
            Path user = profile.resolve("user");
            Files.createDirectories(user);
            Files.writeString(user.resolve("registrymodifications.xcu"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                    </oor:items>
                    """, StandardCharsets.UTF_8);
        }
        return profile;
    }

    @Override
    public synchronized List<Path> recalculateAll(List<Path> xlsxFiles, Path outDir) throws IOException {
        if (xlsxFiles.isEmpty()) return List.of();
        Files.createDirectories(outDir);
        Path run = Files.createTempDirectory(workDir(), "run");
        Path stage = Files.createDirectories(run.resolve("in"));
        Path converted = Files.createDirectories(run.resolve("out"));
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profileDir().toUri(),
                "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "--convert-to", FILTER, "--outdir", converted.toString()));
        // staged under neutral names: the output name is derived from the input name, and names must not
        // clash or start with '-'
        for (int i = 0; i < xlsxFiles.size(); i++) {
            Path staged = stage.resolve("f" + i + ".xlsx");
            Files.copy(xlsxFiles.get(i), staged, StandardCopyOption.REPLACE_EXISTING);
            cmd.add(staged.toString());
        }
        lastRunTime = Duration.ZERO;
        EngineProcess.Result r = EngineProcess.run(cmd, run, Map.of("LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"), timeout);
        lastRunTime = r.elapsed();
        List<Path> outputs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < xlsxFiles.size(); i++) {
            Path produced = converted.resolve("f" + i + ".xlsx");
            if (!Files.isRegularFile(produced) || Files.size(produced) == 0) {
                throw new EngineProcess.EngineException("LibreOffice wrote no recalculated file for " + xlsxFiles.get(i)
                        + " (it could not open or convert it)\n" + r.describe());
            }
            outputs.add(moveTo(produced, outDir, xlsxFiles.get(i), i, used));
        }
        EngineProcess.deleteTree(run);
        return outputs;
    }

    static Path moveTo(Path produced, Path outDir, Path original, int index, Set<String> used) throws IOException {
        String base = original.getFileName().toString();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String name = stem + ".xlsx";
        if (!used.add(name.toLowerCase(Locale.ROOT))) {
            name = index + "-" + name;
            used.add(name.toLowerCase(Locale.ROOT));
        }
        Path target = outDir.resolve(name);
        Files.move(produced, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Deletes the profile and all outputs of {@link #check(Path)} (not files written to caller-given dirs). */
    @Override
    public synchronized void close() {
        if (Boolean.getBoolean("journeydash.engines.keep")) return;
        EngineProcess.deleteTree(baseDir);
        baseDir = null;
        profile = null;
    }

    /** One-shot convenience: fresh profile, recalculate, compare, clean up (the report's recalculated file is deleted). */
    public static RecalcReport checkOnce(Path xlsx) throws IOException {
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            return lo.check(xlsx);
        }
    }
}
