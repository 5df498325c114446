package dev.journeydash.cli;

import dev.journeydash.source.sql.PostgresServer;
import dev.journeydash.source.sql.SqlTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL sources through the command line, on a PostgreSQL server the test starts: each failure a
 * clear message with exit code 3 and nothing written; the password nowhere in the workbook's parts,
 * the JSON and HTML reports, the output or any message; refresh re-runs the query; batch runs one
 * query per client with its parameters.
 */
class SqlCliTest {
    @RegisterExtension
    static final PostgresServer.PerClass PG = new PostgresServer.PerClass("""
            CREATE TABLE sales (day date, client text, total numeric, note text);
            INSERT INTO sales SELECT DATE '2025-01-01' + i, CASE WHEN i % 2 = 0 THEN 'acme' ELSE 'beta' END, i, 'n' || i
            FROM generate_series(0, 89) AS s(i)""");

    @TempDir
    Path dir;

    private Path template(String sql, String extra) throws Exception {
        Path creds = PG.server().credentials(dir, PostgresServer.PASSWORD);
        return template(PG.server().url(), creds, sql, extra);
    }

    private Path template(String url, Path creds, String sql, String extra) throws Exception {
        String source = """
                database: %s
                credentials: %s
                sql: |
                %s
                measures: [orders, revenue]
                %s""".formatted(url, creds, sql.strip().indent(2).stripTrailing(), extra).strip();
        return SqlTemplates.write(dir, "shop.yaml", SqlTemplates.shop("month", source));
    }

    private static final String GROUPED = """
            SELECT date_trunc('month', day) AS period, count(*) AS orders, sum(total) AS revenue
            FROM sales WHERE client = :client
            GROUP BY 1""";

    /** Runs generate into {@code out.xlsx}, asserting exit 3, the message, no password in it, and no file. */
    private String refused(Path template, String... more) {
        Path out = dir.resolve("out.xlsx");
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("generate", "--template", template.toString(),
                "--out", out.toString(), "--param", "client=acme"), java.util.Arrays.stream(more)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out).doesNotExist();
        assertThat(run.out() + run.err()).doesNotContain(PostgresServer.PASSWORD).doesNotContain("wrong-Pw-1234");
        return run.err();
    }

    @Test
    void connectionRefused() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String err = refused(template("jdbc:postgresql://127.0.0.1:" + closed + "/postgres",
                PG.server().credentials(dir, PostgresServer.PASSWORD), GROUPED, ""));
        assertThat(err).contains("cannot connect to the database").contains("refused");
    }

    @Test
    void wrongPassword() throws Exception {
        String err = refused(template(PG.server().url(), PG.server().credentials(dir, "wrong-Pw-1234"), GROUPED, ""));
        assertThat(err).contains("the database refused the login").contains("password authentication failed");
    }

    @Test
    void syntaxErrorNamesTheTemplateLine() throws Exception {
        Path t = template("SELECT date_trunc('month', day) AS period,\n  count(*) AS orders, sum(total) AS revenue\nFORM sales", "");
        String err = refused(t);
        // the query starts on line 10 of the template (under sql: |); FORM is on its third line
        assertThat(err).contains("shop.yaml: line 12").contains("the database refused the query").contains("syntax error");
    }

    @Test
    void resultWithoutAPeriodColumn() throws Exception {
        String err = refused(template("SELECT count(*) AS orders, sum(total) AS revenue FROM sales WHERE client = :client", ""));
        assertThat(err).contains("the result has no period column \"period\"; its columns are orders, revenue");
    }

    @Test
    void nonNumericMeasure() throws Exception {
        String err = refused(template("SELECT day AS period, note AS orders, total AS revenue FROM sales WHERE client = :client", ""));
        assertThat(err).contains("\"n0\" is text, not a number");
    }

    @Test
    void queryPastItsTimeLimitIsCancelled() throws Exception {
        long start = System.nanoTime();
        String err = refused(template("SELECT DATE '2025-01-01' AS period, 1 AS orders, 2 AS revenue FROM pg_sleep(30)",
                "timeout: 1"));
        assertThat(err).contains("the query ran past its time limit of 1 s (timeout:) and was cancelled");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(15);
    }

    @Test
    void noSecretInTheWorkbookTheReportsOrTheOutput() throws Exception {
        Path t = template(GROUPED, "");
        Path out = dir.resolve("shop.xlsx");
        CliRun run = CliRun.of("generate", "--template", t.toString(), "--out", out.toString(), "--param", "client=acme",
                "--html", dir.resolve("shop.html").toString(), "--json", dir.resolve("shop.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String parts = unzipped(out);
        assertThat(parts).contains("FROM sales WHERE client = :client").contains(PG.server().url());
        assertThat(parts).doesNotContain(PostgresServer.PASSWORD).doesNotContain(PostgresServer.PASSWORD.substring(0, 10));
        assertThat(Files.readString(dir.resolve("shop.html"))).doesNotContain(PostgresServer.PASSWORD);
        assertThat(Files.readString(dir.resolve("shop.json"))).doesNotContain(PostgresServer.PASSWORD);
        assertThat(run.out() + run.err()).doesNotContain(PostgresServer.PASSWORD);
    }

    @Test
    void refreshReRunsTheQuery() throws Exception {
        PG.server().execute("CREATE TABLE growing AS SELECT * FROM sales WHERE day < DATE '2025-03-01'");
        Path t = template(GROUPED.replace("FROM sales", "FROM growing"), "");
        Path out = dir.resolve("shop.xlsx");
        assertThat(CliRun.of("generate", "--template", t.toString(), "--out", out.toString(), "--param", "client=acme").exit())
                .isZero();
        PG.server().execute("INSERT INTO growing SELECT * FROM sales WHERE day >= DATE '2025-03-01'");
        CliRun run = CliRun.of("refresh", "--workbook", out.toString(), "--param", "client=acme");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 periods (added Mar 2025)");
    }

    @Test
    void batchRunsOneQueryPerClient() throws Exception {
        Path t = template(GROUPED + "\n  HAVING sum(total) >= :min_revenue", "");
        Path manifest = SqlTemplates.write(dir, "clients.yaml", """
                defaults: { template: shop.yaml, params: { min_revenue: 0 } }
                clients:
                  - { client: acme, out: acme.xlsx }
                  - { client: beta, out: beta.xlsx, params: { min_revenue: 700 } }
                """);
        CliRun run = CliRun.of("batch", manifest.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        String acme = Files.readString(dir.resolve("acme.json"));
        String beta = Files.readString(dir.resolve("beta.json"));
        // day i of 0..89 from Jan 1 has total i; acme has even i, beta odd i and a minimum of 700 a month:
        // beta's January sums 1 + 3 + ... + 29 = 225, February 31 + ... + 57 = 616, March 59 + ... + 89 = 1,184
        assertThat(acme).contains("\"label\": \"Jan 2025\"").contains("\"label\": \"Mar 2025\"");
        assertThat(beta).doesNotContain("\"label\": \"Jan 2025\"").doesNotContain("\"label\": \"Feb 2025\"")
                .contains("\"label\": \"Mar 2025\"");
        assertThat(t).exists();
    }

    @Test
    void credentialsFromTheEnvironment() throws Exception {
        String source = """
                database: %s
                user_env: JD_TEST_DB_USER
                password_env: JD_TEST_DB_PASSWORD
                sql: |
                %s
                measures: [orders, revenue]""".formatted(PG.server().url(), GROUPED.strip().indent(2).stripTrailing());
        Path t = SqlTemplates.write(dir, "env.yaml", SqlTemplates.shop("month", source));
        Path out = dir.resolve("env.xlsx");
        // a JVM of its own, since this one's environment cannot be set
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.journeydash.cli.Main", "generate", "--quiet", "--template",
                t.toString(), "--out", out.toString(), "--param", "client=acme").redirectErrorStream(true);
        pb.environment().put("JD_TEST_DB_USER", PostgresServer.USER);
        pb.environment().put("JD_TEST_DB_PASSWORD", PostgresServer.PASSWORD);
        Process ok = pb.start();
        String printed = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ok.waitFor()).as(printed).isZero();
        assertThat(out).exists();
        assertThat(printed).doesNotContain(PostgresServer.PASSWORD);

        pb.environment().remove("JD_TEST_DB_PASSWORD");
        Files.delete(out);
        Process refused = pb.start();
        String message = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(refused.waitFor()).as(message).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(message).contains("the environment variable JD_TEST_DB_PASSWORD (password_env:) is not set");
        assertThat(out).doesNotExist();
    }

    /** Every part of the workbook, as text. */
    private static String unzipped(Path xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                zip.transferTo(b);
                all.append(e.getName()).append('\n').append(b.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
