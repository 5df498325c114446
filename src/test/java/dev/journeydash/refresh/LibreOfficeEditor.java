package dev.journeydash.refresh;

import dev.journeydash.engines.EngineAvailability;
import dev.journeydash.engines.EngineProcess;
import dev.journeydash.engines.LibreOfficeRecalc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Edits workbooks in headless LibreOffice and saves them as xlsx ("Calc MS Excel 2007 XML"), through
 * {@code src/test/resources/refresh/edit_with_libreoffice.py} (Python-UNO): every job of one call
 * in one soffice session. The user profile is the engine tests' (a fresh temporary one that
 * recalculates on load, see {@link LibreOfficeRecalc#profileDir()}), deleted by {@link #close()}.
 * A run that exceeds its timeout (a minute plus 20 s a job) is killed with every process it started.
 */
final class LibreOfficeEditor implements AutoCloseable {
    static final Path SCRIPT = Path.of("src/test/resources/refresh/edit_with_libreoffice.py");

    /** One workbook to edit: read {@code input}, make the edits, save as {@code output}. */
    record Job(Path input, Path output, List<Edit> edits) {
        Job {
            edits = List.copyOf(edits);
        }

        String json() {
            return "{\"input\":" + Edit.quote(input.toAbsolutePath().toString())
                    + ",\"output\":" + Edit.quote(output.toAbsolutePath().toString())
                    + ",\"edits\":[\n  " + edits.stream().map(Edit::json).collect(Collectors.joining(",\n  ")) + "]}";
        }
    }

    private final Path python;
    private final Path soffice;
    private final LibreOfficeRecalc profile;

    /** Fails the test (or skips it with -Djourneydash.engines=skip) when soffice or Python-UNO is missing. */
    LibreOfficeEditor() {
        this.soffice = EngineAvailability.requireLibreOffice();
        this.python = EngineAvailability.requirePythonUno();
        this.profile = new LibreOfficeRecalc(soffice, LibreOfficeRecalc.DEFAULT_TIMEOUT);
    }

    /** Runs every job in one soffice session; each output exists when this returns. */
    void edit(List<Job> jobs) throws IOException {
        if (jobs.isEmpty()) return;
        Path work = Files.createTempDirectory(profile.workDir(), "edit");
        Path jobsFile = work.resolve("jobs.json");
        Files.writeString(jobsFile, jobs.stream().map(Job::json).collect(Collectors.joining(",\n", "[\n", "\n]\n")),
                StandardCharsets.UTF_8);
        Duration timeout = Duration.ofSeconds(60 + 20L * jobs.size());
        EngineProcess.Result r = EngineProcess.run(List.of(python.toString(), SCRIPT.toAbsolutePath().toString(),
                        "--profile", profile.profileDir().toString(), "--jobs", jobsFile.toString()), work,
                Map.of("SOFFICE", soffice.toString(), "LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"), timeout);
        if (r.exitCode() != 0) {
            throw new IOException("LibreOffice could not make the edits\n" + r.describe());
        }
        for (Job j : jobs) {
            if (!Files.isRegularFile(j.output()) || Files.size(j.output()) == 0) {
                throw new IOException("LibreOffice saved no " + j.output() + "\n" + r.describe());
            }
        }
        EngineProcess.deleteTree(work);
    }

    @Override
    public void close() {
        profile.close();
    }
}
