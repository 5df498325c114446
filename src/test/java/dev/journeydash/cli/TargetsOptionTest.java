package dev.journeydash.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --targets FILE} on generate and validate: read, applied, and on bad input exit 3 with nothing written. */
class TargetsOptionTest {
    private static final String NL = System.lineSeparator();
    private static final String TEMPLATE = "src/test/resources/budget/budget.yaml";
    private static final String DATA = "src/test/resources/budget/budget.csv";
    private static final String TARGETS = "src/test/resources/budget/budget-targets.csv";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void generateScoresJuneAgainstTheTargetsFile() {
        Path target = dir.resolve("budget.xlsx");

        CliRun without = run("generate", "-t", TEMPLATE, "-d", DATA, "-o", target.toString());
        CliRun with = run("generate", "-t", TEMPLATE, "-d", DATA, "--targets", TARGETS, "-o", target.toString());

        // June: 100 % with the template's targets; with order value 55 from June, (2 x (2 + 50/55) / 3 + 1) / 3 = 98 %
        assertThat(without.exit()).as(without.err()).isEqualTo(ExitCodes.OK);
        assertThat(without.out()).endsWith("journey score 100% in Jun 2025" + NL);
        assertThat(with.exit()).as(with.err()).isEqualTo(ExitCodes.OK);
        assertThat(with.out()).endsWith("journey score 98% in Jun 2025" + NL);
    }

    @Test
    void aBadTargetsFileIsExitThreeWithItsMessageAndNothingIsWritten() throws IOException {
        Path target = dir.resolve("budget.xlsx");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "period,conversion\n2025-04,0.03x\n");

        CliRun r = run("generate", "-t", TEMPLATE, "-d", DATA, "--targets", bad.toString(), "-o", target.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo(bad + ": line 2, column \"conversion\": \"0.03x\" is not a number (expected e.g. 1234.5,"
                + " 12.5% or (1234) with a decimal point)" + NL);
        assertThat(r.out()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(bad);
        }
    }

    @Test
    void validateReportsTheTargetsFilesProblems() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "period,conversoin\n2025-04,0.03\n");

        CliRun r = run("validate", "-t", TEMPLATE, "-d", DATA, "--targets", bad.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo(bad + ": line 1, column \"conversoin\": \"conversoin\" is not a KPI of the template;"
                + " expected the periods in the first column, then one column per KPI, named by its id: conversion,"
                + " cost_per_order, order_value" + NL + "1 problem found" + NL);
        assertThat(run("validate", "-t", TEMPLATE, "-d", DATA, "--targets", TARGETS).exit()).isEqualTo(ExitCodes.OK);
    }
}
