package dev.journeydash.refresh;

import dev.journeydash.engines.EngineAvailability;
import dev.journeydash.engines.EngineProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Saves a workbook with Gnumeric: {@code ssconvert in.xlsx out.xlsx}, Gnumeric's xlsx reader and
 * writer ({@code Gnumeric_Excel:xlsx2}), as a user who opens the file in Gnumeric and saves it does.
 * ssconvert cannot edit, so the edits are made before, with POI. Own HOME, in-memory settings.
 */
final class GnumericSave implements AutoCloseable {
    private final Path ssconvert;
    private final Path home;

    /** Fails the test (or skips it with -Djourneydash.engines=skip) when ssconvert is missing. */
    GnumericSave() throws IOException {
        this.ssconvert = EngineAvailability.requireGnumeric();
        this.home = Files.createTempDirectory("journeydash-gnumeric-save-");
    }

    void save(Path in, Path out) throws IOException {
        Files.deleteIfExists(out);
        EngineProcess.Result r = EngineProcess.run(List.of(ssconvert.toString(), "--import-type=Gnumeric_Excel:xlsx",
                        "--export-type=Gnumeric_Excel:xlsx2", in.toAbsolutePath().toString(), out.toAbsolutePath().toString()),
                home, Map.of("HOME", home.toString(), "GSETTINGS_BACKEND", "memory", "LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"),
                Duration.ofSeconds(120));
        if (r.exitCode() != 0 || !Files.isRegularFile(out) || Files.size(out) == 0) {
            throw new IOException("Gnumeric could not save " + in + " as " + out + "\n" + r.describe());
        }
    }

    @Override
    public void close() {
        EngineProcess.deleteTree(home);
    }
}
