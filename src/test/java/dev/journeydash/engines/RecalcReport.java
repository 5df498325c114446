package dev.journeydash.engines;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Result of comparing the cached formula values of a workbook with an engine's recalculation.
 *
 * @param engine               "LibreOffice" or "Gnumeric"
 * @param original             the workbook whose cached values were checked
 * @param recalculated         the engine's recalculated copy (kept until the engine is closed)
 * @param formulaCellsCompared number of formula cells whose values were compared
 * @param volatileCellsSkipped formula cells not compared because they call NOW/TODAY/RAND/RANDBETWEEN/RANDARRAY
 * @param problems             one entry per cell that differs or is an error in the recalculated file
 * @param engineTime           wall time of the engine run that produced {@code recalculated} (a batch run's total)
 */
public record RecalcReport(String engine, Path original, Path recalculated, int formulaCellsCompared,
                           int volatileCellsSkipped, List<Problem> problems, Duration engineTime) {

    /**
     * One cell problem.
     *
     * @param sheet    sheet name
     * @param cell     A1-style address
     * @param formula  the original formula (without '=')
     * @param expected the original's cached value, rendered ("6", "'text'", "TRUE", "#N/A", "(blank)")
     * @param actual   the engine's value, rendered the same way
     * @param message  what is wrong
     */
    public record Problem(String sheet, String cell, String formula, String expected, String actual, String message) {
        /** {@code Sheet!A1} with the sheet name quoted when needed. */
        public String address() {
            boolean plain = sheet.matches("[A-Za-z_][A-Za-z0-9_.]*");
            return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + cell;
        }

        @Override
        public String toString() {
            return address() + " =" + formula + ": " + message + " (expected " + expected + ", actual " + actual + ")";
        }
    }

    public boolean isOk() {
        return problems.isEmpty();
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(engine).append(" recalculation of ").append(original).append(": ").append(formulaCellsCompared)
                .append(" formula cell(s) compared");
        if (volatileCellsSkipped > 0) sb.append(", ").append(volatileCellsSkipped).append(" volatile skipped");
        sb.append(", ").append(problems.size()).append(" problem(s)");
        if (engineTime != null) sb.append(", engine ").append(engineTime.toMillis()).append(" ms");
        sb.append('\n');
        for (Problem p : problems) sb.append("  ").append(p).append('\n');
        return sb.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
