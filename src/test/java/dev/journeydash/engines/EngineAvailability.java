package dev.journeydash.engines;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the recalculation engines on the PATH. A missing engine FAILS the calling test with a message
 * saying what to install, so engine checks can never pass silently; with {@code -Djourneydash.engines=skip}
 * the test is instead aborted (reported as skipped) through a JUnit assumption with the same message.
 */
public final class EngineAvailability {

    /** System property; value {@code skip} turns a missing engine into a skipped test instead of a failure. */
    public static final String SKIP_PROPERTY = "journeydash.engines";

    public static final String LIBREOFFICE_MISSING =
            "LibreOffice (soffice) not found: install libreoffice-calc-nogui (see .ci/run)";
    public static final String GNUMERIC_MISSING =
            "Gnumeric (ssconvert) not found: install gnumeric (see .ci/run)";
    public static final String CHROMIUM_MISSING =
            "Chromium (chromium) not found: install it with apt-get install chromium (see bin/test)";
    public static final String PYTHON_UNO_MISSING =
            "Python-UNO (a python3 that can import uno) not found: install python3-uno (see bin/test)";

    private EngineAvailability() {
    }

    /** Path of {@code soffice}; fails the test (or skips it with {@code -Djourneydash.engines=skip}) if absent. */
    public static Path requireLibreOffice() {
        return require("soffice", LIBREOFFICE_MISSING, System.getenv("PATH"), System.getProperty(SKIP_PROPERTY));
    }

    /** Path of {@code ssconvert}; fails the test (or skips it with {@code -Djourneydash.engines=skip}) if absent. */
    public static Path requireGnumeric() {
        return require("ssconvert", GNUMERIC_MISSING, System.getenv("PATH"), System.getProperty(SKIP_PROPERTY));
    }

    /** Path of {@code chromium}, for the HTML report's browser checks; fails the test (or skips it with {@code -Djourneydash.engines=skip}) if absent. */
    public static Path requireChromium() {
        return require("chromium", CHROMIUM_MISSING, System.getenv("PATH"), System.getProperty(SKIP_PROPERTY));
    }

    /**
     * A python3 that can {@code import uno} (Debian's python3-uno installs the module for the system
     * python, /usr/bin/python3, which may not be the python3 first on the PATH); fails the test (or
     * skips it with {@code -Djourneydash.engines=skip}) if there is none.
     */
    public static Path requirePythonUno() {
        return orMissing(pythonUno(), PYTHON_UNO_MISSING, System.getProperty(SKIP_PROPERTY));
    }

    private static Optional<Path> pythonUno() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("/usr/bin/python3"));
        find("python3", System.getenv("PATH")).ifPresent(candidates::add);
        for (Path python : candidates) {
            if (!Files.isExecutable(python)) continue;
            try {
                Path dir = Files.createTempDirectory("journeydash-python-uno-");
                EngineProcess.Result r = EngineProcess.run(List.of(python.toString(), "-c", "import uno"), dir,
                        Map.of(), Duration.ofSeconds(30));
                EngineProcess.deleteTree(dir);
                if (r.exitCode() == 0) return Optional.of(python);
            } catch (IOException e) {
                // not this one
            }
        }
        return Optional.empty();
    }

    public static boolean pythonUnoAvailable() {
        return pythonUno().isPresent();
    }

    public static boolean libreOfficeAvailable() {
        return find("soffice", System.getenv("PATH")).isPresent();
    }

    public static boolean chromiumAvailable() {
        return find("chromium", System.getenv("PATH")).isPresent();
    }

    public static boolean gnumericAvailable() {
        return find("ssconvert", System.getenv("PATH")).isPresent();
    }

    /** True when {@code -Djourneydash.engines=skip} is set. */
    public static boolean skipRequested() {
        return "skip".equalsIgnoreCase(System.getProperty(SKIP_PROPERTY, "").trim());
    }

    /** Looks {@code executable} up in a PATH-style list of directories. */
    public static Optional<Path> find(String executable, String pathEnv) {
        if (pathEnv == null || pathEnv.isEmpty()) return Optional.empty();
        for (String dir : pathEnv.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, executable);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Testable core: fails with {@code message}, or aborts with it when {@code skipValue} is "skip". */
    static Path require(String executable, String message, String pathEnv, String skipValue) {
        return orMissing(find(executable, pathEnv), message, skipValue);
    }

    private static Path orMissing(Optional<Path> found, String message, String skipValue) {
        if (found.isPresent()) return found.get();
        if (skipValue != null && "skip".equalsIgnoreCase(skipValue.trim())) {
            Assumptions.assumeTrue(false, message + " (skipped: -D" + SKIP_PROPERTY + "=skip)");
        }
        return Assertions.fail(message + " (to skip engine checks instead, run with -D" + SKIP_PROPERTY + "=skip)");
    }
}
