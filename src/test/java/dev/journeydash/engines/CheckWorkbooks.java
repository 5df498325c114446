package dev.journeydash.engines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine checks on workbooks given on the command line (for the benchmark's large
 * outputs): schema validation of every part, then LibreOffice and Gnumeric recalculation.
 * Exits 1 when any check finds a problem.
 */
public final class CheckWorkbooks {
    private CheckWorkbooks() { }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        boolean ok = true;
        for (Path f : files) {
            SchemaValidator.Report schema = SchemaValidator.validate(f);
            System.out.printf("schema: %s: %d parts validated, %d problems%n", f.getFileName(), schema.partsValidated(),
                    schema.problems().size());
            schema.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
            ok &= schema.problems().isEmpty();
        }
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc(EngineAvailability.requireLibreOffice(), java.time.Duration.ofMinutes(20));
             GnumericRecalc gn = new GnumericRecalc(EngineAvailability.requireGnumeric(), java.time.Duration.ofMinutes(20))) {
            for (RecalcEngine engine : List.<RecalcEngine>of(lo, gn)) {
                for (RecalcReport r : engine.checkAll(files)) {
                    System.out.printf("%s: %s: %d formula cells compared, %d problems, %.1f s%n", engine.name(),
                            r.original().getFileName(), r.formulaCellsCompared(), r.problems().size(),
                            r.engineTime().toMillis() / 1000.0);
                    r.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
                    ok &= r.isOk();
                }
            }
        }
        System.exit(ok ? 0 : 1);
    }
}
