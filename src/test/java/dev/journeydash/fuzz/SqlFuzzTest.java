package dev.journeydash.fuzz;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.source.sql.SqlTemplates;
import dev.journeydash.xlsx.RenderOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes SQL sources on embedded DuckDB in memory: the {@code sql:} template fields (each key
 * given junk, wrong types, hostile text), and query results of random column types with NULLs,
 * NaN, infinities, text in numeric columns, unreadable and duplicate periods. Whatever the input,
 * a run gives a workbook or an InputException naming the template or the source (see {@link Fuzz#check}).
 */
@AddLifecycleHook(FuzzSeed.class)
class SqlFuzzTest {
    private static Path dir;
    private static int runs;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("journeydash-fuzz-sql");
    }

    @AfterContainer
    static void summary() throws IOException {
        Fuzz.printSummary("sql.");
        Fuzz.deleteTree(dir);
    }

    /** Values a template key might be given. */
    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "~", "[]", "{}", "[a, b]", "{ sum: x }", "count", "0", "-1", "86401", "1.5", "\"\"",
                        "jdbc:duckdb:", "jdbc:postgresql://127.0.0.1:1/x", "jdbc:nope:x", "not a url", "jdbc:duckdb:?password=x",
                        "period", "day", "orders", "read_parquet('missing.parquet')", "x; DROP TABLE y", "SELECT 1",
                        "SELECT :a, :b", "'unclosed", "/* open comment", "$$ dollar", "ÄÖÜ 漢字 🙂", "a.b.c.d", "PATH_VAR",
                        "{ period_start: 2025-13 }", "{ period_start: 2025-01, period_end: x }", "{ Bad-Name: 1 }"),
                Arbitraries.strings().ofMaxLength(40).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
    }

    @Provide
    Arbitrary<String> key() {
        return Arbitraries.of("name", "sql", "sql_file", "table", "database", "date", "measures", "rows", "params", "user_env",
                "password_env", "credentials", "timeout", "filter", "file");
    }

    @Property(tries = 150)
    void templateFields(@ForAll("key") String key, @ForAll("junk") String value, @ForAll("key") String key2,
                        @ForAll("junk") String value2) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "sql: SELECT DATE '2025-01-01' + INTERVAL (i) MONTH AS period, i AS orders, i * 2.5 AS revenue FROM range(3) t(i)",
                "measures: [orders, revenue]", "timeout: 5"));
        set(lines, key, value);
        set(lines, key2, value2);
        run("sql.templateFields", String.join("\n", lines));
    }

    private static void set(List<String> lines, String key, String value) {
        lines.removeIf(l -> l.startsWith(key + ":"));
        lines.add(key + ": " + value);
    }

    /** One result column: a SQL type and its cells (SQL literals). */
    record Column(String type, List<String> cells) { }

    @Provide
    Arbitrary<List<String>> periodCells() {
        return Arbitraries.of("DATE '2025-01-01'", "DATE '2025-01-15'", "DATE '2025-02-01'", "TIMESTAMP '2025-03-04 10:00:00'",
                "'2025-04'", "'Jan 2025'", "'2025-Q2'", "'2025-W05'", "'nonsense'", "NULL", "'2019-01-01'", "'9999-12'",
                "DATE '2024-12-31'").list().ofMinSize(0).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> numberCell() {
        return Arbitraries.of("1", "0", "-3", "2.5", "NULL", "'NaN'::DOUBLE", "'inf'::DOUBLE", "'-inf'::DOUBLE", "'12'", "'x'",
                "TRUE", "1e308 * 10", "9223372036854775807", "123456789012345678901234567890::HUGEINT", "DATE '2025-01-01'",
                "CAST(1.25 AS DECIMAL(18,3))");
    }

    @Property(tries = 150)
    void resultSets(@ForAll("periodCells") List<String> periods, @ForAll("numberCell") String a, @ForAll("numberCell") String b,
                    @ForAll("numberCell") String c, @ForAll boolean rename, @ForAll boolean segment) throws IOException {
        List<String> rows = new ArrayList<>();
        String[] numbers = {a, b, c};
        for (int i = 0; i < periods.size(); i++) {
            rows.add("(" + periods.get(i) + ", " + numbers[i % 3] + ", " + numbers[(i + 1) % 3] + ", 'seg" + (i % 2) + "')");
        }
        String values = rows.isEmpty() ? "SELECT NULL AS p, 1 AS o, 2 AS r, 'x' AS s WHERE false"
                : "SELECT * FROM (VALUES " + String.join(", ", rows) + ") AS t(p, o, r, s)";
        String sql = "SELECT p AS " + (rename ? "when_" : "period") + ", o AS orders, r AS revenue" + (segment ? ", s AS channel" : "")
                + " FROM (" + values + ")";
        run("sql.resultSets", "sql: \"" + sql.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\nmeasures: [orders, revenue]\n"
                + "timeout: 5");
    }

    @Provide
    Arbitrary<String> sqlText() {
        Arbitrary<String> piece = Arbitraries.of("SELECT", "FROM", "WHERE", "GROUP BY", "1", ":client", ":period_start", "?", "'",
                "''", "\"", "--", "/*", "*/", "$$", "$a$", "::", "::date", ":", "period", "orders", "revenue", ",", "(", ")", "\n",
                "range(3)", "AS", "date_trunc('month', DATE '2025-01-01')", "count(*)", ";");
        return Combinators.combine(piece.list().ofMaxSize(25), Arbitraries.just(0)).as((l, z) -> String.join(" ", l));
    }

    @Property(tries = 100)
    void queryTexts(@ForAll("sqlText") String sql) throws IOException {
        run("sql.queryTexts", "sql: |\n" + sql.indent(2).stripTrailing() + "\nmeasures: [orders, revenue]\ntimeout: 5\n"
                + "params: { client: acme, period_start: 2025-01 }");
    }

    private void run(String property, String source) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("run" + runs++));
        String template = SqlTemplates.shop("month", source);
        Path file = SqlTemplates.write(folder, "shop.yaml", template);
        Fuzz.check(property, List.of(file.toString(), "source \"", folder.toString()), template, () -> {
            Results r = Journeydash.compute(Request.builder().template(file).build());
            Journeydash.render(r, RenderOptions.builder().build(), OutputStream.nullOutputStream());
            return r;
        });
    }
}
