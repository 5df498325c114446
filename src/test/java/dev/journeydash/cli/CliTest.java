package dev.journeydash.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line, run in-process: exit codes, what goes to stdout and stderr, and which files change. */
class CliTest {
    private static final String NL = System.lineSeparator();
    private static final String TEMPLATE = "templates/ecommerce.yaml";
    private static final String DATA = "sample-data/ecommerce.csv";
    private static final String BAD_TEMPLATE = "src/test/resources/invalid/templates/target-zero.yaml";
    private static final String BAD_TEMPLATE_MESSAGE = BAD_TEMPLATE
            + ": line 26: stage \"buy\": KPI \"conversion\": target must be a number greater than 0, not \"0\"";
    private static final String BAD_DATA = "src/test/resources/invalid/data/not-a-number.csv";
    private static final String BAD_DATA_MESSAGE = BAD_DATA + ": line 3, column \"orders\": \"12,3x\" is not a number"
            + " (expected e.g. 1234.5, 12.5% or (1234) with a decimal point)";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String path(Path p) {
        return p.toString();
    }

    // ---- generate ------------------------------------------------------------------------------

    @Test
    void generateWritesTheWorkbookAndSaysWhere() throws IOException {
        Path target = dir.resolve("dashboard.xlsx");

        CliRun r = run("generate", "-t", TEMPLATE, "-d", DATA, "-o", path(target));

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Wrote " + target + ": 5 stages, 15 KPIs, 24 periods (Jan 2024 to Dec 2025)");
        assertThat(r.err()).isEmpty();
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith('P', 'K');
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(target);
        }
    }

    @Test
    void generateCreatesMissingOutputFolders() {
        Path target = dir.resolve("a/b/dashboard.xlsx");

        CliRun r = run("generate", "--template", TEMPLATE, "--data", DATA, "--out", path(target));

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(target).isRegularFile();
    }

    @Test
    void generateReplacesAnExistingOutput() throws IOException {
        Path target = dir.resolve("dashboard.xlsx");
        Files.writeString(target, "old");

        CliRun r = run("generate", "-t", TEMPLATE, "-d", DATA, "-o", path(target));

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(target)).startsWith('P', 'K');
    }

    @Test
    void generateWithAnInvalidTemplatePrintsTheMessageAndWritesNothing() {
        Path target = dir.resolve("dashboard.xlsx");

        CliRun r = run("generate", "-t", BAD_TEMPLATE, "-d", DATA, "-o", path(target));

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo(BAD_TEMPLATE_MESSAGE + NL);
        assertThat(r.out()).isEmpty();
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void generateWithInvalidDataPrintsTheMessageAndWritesNothing() {
        Path target = dir.resolve("dashboard.xlsx");

        CliRun r = run("generate", "-t", TEMPLATE, "-d", BAD_DATA, "-o", path(target));

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo(BAD_DATA_MESSAGE + NL);
        assertThat(r.out()).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {BAD_TEMPLATE, TEMPLATE})
    void aFailedGenerateLeavesAnExistingOutputByteForByte(String template) throws IOException {
        Path target = dir.resolve("dashboard.xlsx");
        byte[] before = "yesterday's dashboard, not to be lost".getBytes(StandardCharsets.UTF_8);
        Files.write(target, before);
        String data = template.equals(TEMPLATE) ? BAD_DATA : DATA;

        CliRun r = run("generate", "-t", template, "-d", data, "-o", path(target));

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void severalProblemsArePrintedOnePerLineWithoutAStackTrace() {
        String data = "src/test/resources/invalid/data/several-errors.csv";

        CliRun r = run("generate", "-t", TEMPLATE, "-d", data, "-o", path(dir.resolve("d.xlsx")));

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().split(NL)).hasSize(5).allSatisfy(line -> assertThat(line).startsWith(data + ": line "));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aTemplateThatDoesNotExistIsAnInputError() {
        String missing = path(dir.resolve("nope.yaml"));

        CliRun r = run("generate", "-t", missing, "-d", DATA, "-o", path(dir.resolve("d.xlsx")));

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo(missing + ": the template file does not exist" + NL);
    }

    @Test
    void anOutputThatCannotBeWrittenExitsWith4() throws IOException {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "I am a file, not a folder");
        Path target = file.resolve("dashboard.xlsx");

        CliRun r = run("generate", "-t", TEMPLATE, "-d", DATA, "-o", path(target));

        assertThat(r.exit()).isEqualTo(ExitCodes.CANNOT_WRITE);
        assertThat(r.err()).isEqualTo("cannot write " + target + ": " + file + " exists and is not a folder" + NL);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("I am a file, not a folder");
    }

    @Test
    void anOutputThatIsNotXlsxIsAUsageError() {
        Path target = dir.resolve("dashboard.pdf");

        CliRun r = run("generate", "-t", TEMPLATE, "-d", DATA, "-o", path(target));

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("the output file must end in .xlsx: " + target + NL);
        assertThat(target).doesNotExist();
    }

    // ---- validate ------------------------------------------------------------------------------

    @Test
    void validateSaysWhatItReadAndWritesNothing() throws IOException {
        CliRun r = run("validate", "-t", TEMPLATE, "-d", DATA);

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("OK: " + Path.of(TEMPLATE) + ": 5 stages, 15 KPIs; " + Path.of(DATA)
                + ": 24 periods (Jan 2024 to Dec 2025)" + NL);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateWithAnInvalidTemplate() {
        CliRun r = run("validate", "-t", BAD_TEMPLATE, "-d", DATA);

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo(BAD_TEMPLATE_MESSAGE + NL + "1 problem found" + NL);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void validateWithInvalidData() {
        CliRun r = run("validate", "-t", TEMPLATE, "-d", BAD_DATA);

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo(BAD_DATA_MESSAGE + NL + "1 problem found" + NL);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void validateCountsSeveralProblems() {
        CliRun r = run("validate", "-t", TEMPLATE, "-d", "src/test/resources/invalid/data/several-errors.csv");

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).endsWith(NL + "5 problems found" + NL);
    }

    // ---- usage ---------------------------------------------------------------------------------

    @Test
    void noArgumentsIsAUsageError() {
        CliRun r = run();

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("say which command to run: generate, report, refresh, validate, templates, init or batch" + NL).contains("Usage: journeydash");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "validate"})
    void anUnknownOptionIsAUsageError(String command) {
        CliRun r = run(command, "-t", TEMPLATE, "-d", DATA, "--colour", "red");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Unknown options: '--colour', 'red'" + NL).contains("Usage: journeydash " + command);
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "validate"})
    void aTemplateWithoutSourcesNeedsTheDataOption(String command) {
        Path target = dir.resolve("d.xlsx");

        CliRun r = command.equals("generate") ? run(command, "-t", TEMPLATE, "-o", path(target)) : run(command, "-t", TEMPLATE);

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).startsWith(TEMPLATE + ": the template names no sources: give its data file with --data FILE");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun r = run("render", "-t", TEMPLATE);

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Unmatched arguments from index 0: 'render'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "generate | --decimal    | x   | --decimal must be . or , not x",
        "validate | --decimal    | x   | --decimal must be . or , not x",
        "generate | --date-order | ymd | --date-order must be day-first or month-first, not ymd",
        "validate | --date-order | ymd | --date-order must be day-first or month-first, not ymd",
        "generate | --locale     | xx-! | --locale must be a language tag such as en-US, en-GB or de-DE, not xx-!"})
    void aBadReadingOptionIsAUsageError(String command, String option, String value, String message) {
        String[] args = {command, "-t", TEMPLATE, "-d", DATA, option, value, "-o", path(dir.resolve("d.xlsx"))};

        CliRun r = run(command.equals("generate") ? args : java.util.Arrays.copyOf(args, 7));

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith(message + NL);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void theDecimalSeparatorCanBeGiven() {
        CliRun r = run("validate", "-t", TEMPLATE, "-d", DATA, "--decimal", ".");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    }

    /** A one-stage, one-KPI template over sessions and orders, written into the test's folder. */
    private Path smallTemplate() throws IOException {
        Path template = dir.resolve("t.yaml");
        Files.writeString(template, """
            name: T
            measures:
              sessions: { label: Sessions }
              orders: { label: Orders }
            stages:
              - id: buy
                kpis:
                  - { id: conversion, formula: orders / sessions, format: percent, better: higher, target: 0.02 }
            """);
        return template;
    }

    @Test
    void countsOfOneAreSingular() throws IOException {
        Path data = dir.resolve("one.csv");
        Files.writeString(data, "period,sessions,orders\n2025-03,100,2\n");
        Path template = smallTemplate();

        CliRun r = run("validate", "-t", path(template), "-d", path(data));

        assertThat(r.out()).isEqualTo("OK: " + template + ": 1 stage, 1 KPI; " + data + ": 1 period (Mar 2025)" + NL);
    }

    @Test
    void theDateOrderOrLocaleGivenOnTheCommandLineDecidesAmbiguousDates() throws IOException {
        Path data = dir.resolve("us.csv");
        // 03/04/2025 and 04/05/2025 fit both orders and no number repeats: detected, they are read day-first
        Files.writeString(data, "period,sessions,orders\n03/04/2025,1000,20\n04/05/2025,1100,22\n");
        Path template = smallTemplate();

        CliRun detected = run("validate", "-t", path(template), "-d", path(data));
        CliRun declared = run("validate", "-t", path(template), "-d", path(data), "--date-order", "month-first");
        CliRun us = run("validate", "-t", path(template), "-d", path(data), "--locale", "en-US");

        assertThat(detected.exit()).as(detected.err()).isEqualTo(ExitCodes.OK);
        assertThat(detected.err()).contains("read as day-first (3 April 2025)");
        assertThat(detected.out()).contains("2 periods (Apr 2025 to May 2025)");
        assertThat(declared.exit()).as(declared.err()).isEqualTo(ExitCodes.OK);
        assertThat(declared.err()).isEmpty();
        assertThat(declared.out()).contains("2 periods (Mar 2025 to Apr 2025)");
        assertThat(us.exit()).as(us.err()).isEqualTo(ExitCodes.OK);
        assertThat(us.err()).isEmpty();
        assertThat(us.out()).contains("2 periods (Mar 2025 to Apr 2025)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "generate", "report", "validate"})
    void helpExitsWith0AndPrintsUsage(String command) {
        CliRun r = command.isEmpty() ? run("--help") : run(command, "--help");

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Usage: journeydash" + (command.isEmpty() ? "" : " " + command));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theTopLevelHelpListsTheExitCodes() {
        CliRun r = run("--help");

        assertThat(r.out()).contains("Exit codes:", "3   invalid template or data (nothing written)",
                "4   the output could not be written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "generate", "validate"})
    void versionExitsWith0(String command) {
        CliRun r = command.isEmpty() ? run("--version") : run(command, "-V");

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("journeydash ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theVersionIsTheOneInPomXml() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<artifactId>journeydash</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(m.find()).as("the project version in pom.xml").isTrue();

        assertThat(run("--version").out().strip()).isEqualTo("journeydash " + m.group(1));
    }

    @Test
    void periodsAheadOutOfRangeIsAUsageError() {
        CliRun r = run("generate", "-t", TEMPLATE, "-d", DATA, "-o", path(dir.resolve("x.xlsx")), "--periods-ahead", "5000");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("--periods-ahead must be 0 to 1000, not 5000");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorNotAUsageError() {
        ExitCodes codes = new ExitCodes();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));

        int exit = codes.handleExecutionException(new IllegalArgumentException("a bug"), cl, null);

        assertThat(exit).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString().strip()).isEqualTo("journeydash: internal error: java.lang.IllegalArgumentException: a bug");
        assertThat(codes.getExitCode(new UsageException("bad"))).isEqualTo(ExitCodes.USAGE);
        assertThat(codes.getExitCode(new dev.journeydash.io.OutputException("x.xlsx", new IOException("disk full"))))
                .isEqualTo(ExitCodes.CANNOT_WRITE);
    }

    // ---- without a template ----------------------------------------------------------------

    @Test
    void aShopifyExportAloneGivesTheBuiltInJourneyWithTheKpisItCanFeed() throws IOException {
        Path target = dir.resolve("shop.xlsx");

        CliRun r = run("generate", "-d", "src/test/resources/exports/shopify-orders/shopify-fixture.csv", "-o", path(target));

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Wrote " + target + ": 2 stages, 2 KPIs, 3 periods (Jan 2025 to Mar 2025)")
                .contains("in Feb 2025");
        assertThat(r.err()).contains("read as a Shopify export (preset shopify-orders), in the built-in ecommerce journey")
                .contains("left out, because a Shopify export does not hold what they need: Unique visitors (needs visitors)");
        assertThat(target).exists();
    }

    @Test
    void anExportNoPresetKnowsAsksForATemplate() throws IOException {
        Path csv = Files.writeString(dir.resolve("mystery.csv"), "When,How many\n2025-01-01,3\n");

        CliRun r = run("validate", "-d", path(csv));

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).startsWith(csv + ": its header is not one journeydash knows (presets: shopify-orders, ");
    }

    @Test
    void anExportTheBuiltInJourneyCannotUseSaysSo() {
        CliRun r = run("validate", "-d", "src/test/resources/exports/mailchimp-campaigns/mailchimp-fixture.csv");

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).startsWith("src/test/resources/exports/mailchimp-campaigns/mailchimp-fixture.csv: the built-in ecommerce "
                + "journey has no KPI that a Mailchimp export can feed");
    }

    @Test
    void aPresetWithATemplateIsAUsageError() {
        CliRun r = run("validate", "-t", TEMPLATE, "-d", DATA, "--preset", "shopify-orders");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("--preset goes without --template; a template names its presets in its sources");
    }
}
