package dev.journeydash.source.sql;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Sourcing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQL sources on embedded DuckDB, in memory: queries, parameters, generated GROUP BYs, and what is refused. */
class SqlSourceTest {
    @TempDir
    Path dir;

    private static final String ROWS = "(VALUES (DATE '2025-01-03', 10.0, 'web'), (DATE '2025-01-20', 30.0, 'app'), "
            + "(DATE '2025-02-11', 5.0, 'web'), (DATE '2025-03-01', 7.5, 'web'), (DATE '2025-03-31', 2.5, 'app')) "
            + "AS t(day, total, channel)";

    private Results run(String source) throws Exception {
        return run(source, Map.of());
    }

    private Results run(String source, Map<String, String> params) throws Exception {
        Path t = SqlTemplates.write(dir, "shop.yaml", SqlTemplates.shop("month", source));
        Request.Builder b = Request.builder().template(t);
        params.forEach(b::param);
        return Journeydash.compute(b.build());
    }

    private InputException fails(String source) {
        return (InputException) org.assertj.core.api.Assertions.catchThrowable(() -> run(source));
    }

    @Test
    void aGroupedQueryGivesOneValuePerPeriod() throws Exception {
        Results r = run("""
                sql: |
                  SELECT date_trunc('month', day) AS period, count(*) AS orders, sum(total) AS revenue
                  FROM %s
                  GROUP BY 1
                measures: [orders, revenue]""".formatted(ROWS));
        assertThat(r.data().periods()).extracting(p -> p.label()).containsExactly("Jan 2025", "Feb 2025", "Mar 2025");
        assertThat(r.data().measures().get("orders")).containsExactly(2, 1, 2);
        assertThat(r.data().measures().get("revenue")).containsExactly(40, 5, 10);
        Sourcing.Summary s = r.data().sourcing().sources().get(0);
        assertThat(s.query().database()).isEqualTo("jdbc:duckdb:");
        assertThat(s.query().text()).startsWith("SELECT date_trunc('month', day) AS period");
        assertThat(r.data().sourcing().partial()).as("a grouped result's periods are whole").isEmpty();
    }

    @Test
    void rowsPerPeriodAndChannelAreSummedPerPeriod() throws Exception {
        Results r = run("""
                sql: |
                  SELECT date_trunc('month', day) AS period, channel, count(*) AS orders, sum(total) AS revenue
                  FROM %s
                  GROUP BY 1, 2 ORDER BY 1, 2
                measures: [orders, revenue]""".formatted(ROWS));
        assertThat(r.data().measures().get("orders")).containsExactly(2, 1, 2);
        // January app 30 + web 10, February web 5, March app 2.5 + web 7.5
        assertThat(r.data().measures().get("revenue")).containsExactly(40, 5, 10);
        assertThat(r.segments().isEmpty()).as("a journey with sources has no segments").isTrue();
    }

    @Test
    void rawRowsWithADateColumnAreAggregatedAsCsvRowsAre() throws Exception {
        Results r = run("""
                sql: SELECT day, total, channel FROM %s
                date: day
                measures:
                  orders: count
                  revenue: { sum: total }""".formatted(ROWS));
        assertThat(r.data().measures().get("orders")).containsExactly(2, 1, 2);
        assertThat(r.data().measures().get("revenue")).containsExactly(40, 5, 10);
        assertThat(r.data().sourcing().kept()).as("the rows, finer than a month, are kept for the raw sheet").hasSize(1);
    }

    @Test
    void aTableIsGroupedByTheDatabaseWithTheRangeBound() throws Exception {
        Path parquet = dir.resolve("orders.parquet");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM " + ROWS + ") TO '" + parquet + "' (FORMAT parquet)");
        }
        Results r = run("""
                table: read_parquet('orders.parquet')
                date: day
                params: { period_start: 2025-02, period_end: 2025-03 }
                measures:
                  orders: count
                  revenue: { sum: total }""");
        assertThat(r.data().periods()).extracting(p -> p.label()).containsExactly("Feb 2025", "Mar 2025");
        assertThat(r.data().measures().get("orders")).containsExactly(1, 2);
        assertThat(r.data().measures().get("revenue")).containsExactly(5, 10);
        Sourcing.Query q = r.data().sourcing().sources().get(0).query();
        assertThat(q.text()).contains("GROUP BY CAST(date_trunc('month', \"day\") AS DATE)").contains(":period_start")
                .doesNotContain("2025-02");
        assertThat(q.params()).containsExactly("period_start", "period_end");
    }

    @Test
    void parametersAreBoundNeverPasted() throws Exception {
        String source = """
                sql: |
                  SELECT date_trunc('month', day) AS period, count(*) AS orders, sum(total) AS revenue
                  FROM %s
                  WHERE channel = :client AND day >= :period_start -- :not_a_parameter
                  GROUP BY 1
                measures: [orders, revenue]""".formatted(ROWS);
        Results web = run(source, Map.of("client", "web", "period_start", "2025-01-01"));
        assertThat(web.data().measures().get("orders")).containsExactly(1, 1, 1);
        assertThatThrownBy(() -> run(source, Map.of("client", "web' OR '1'='1", "period_start", "2025-01-01")))
                .as("a quote in a value is data, not SQL: no channel has that name").hasMessageContaining("the query returned no rows");
    }

    @Test
    void aParameterWithoutAValueIsNamed() {
        InputException e = fails("""
                sql: SELECT DATE '2025-01-01' AS period, 1 AS orders, 2 AS revenue WHERE :client = 'x'
                measures: [orders, revenue]""");
        assertThat(e.getMessage()).contains("the query uses :client, which has no value");
    }

    @Test
    void aResultWithoutAPeriodColumnListsItsColumns() {
        InputException e = fails("""
                sql: SELECT 1 AS orders, 2 AS revenue
                measures: [orders, revenue]""");
        assertThat(e.getMessage()).contains("the result has no period column \"period\"; its columns are orders, revenue");
    }

    @Test
    void textInAMeasureColumnIsRefused() {
        InputException e = fails("""
                sql: SELECT '2025-01' AS period, 'many' AS orders, 2 AS revenue
                measures: [orders, revenue]""");
        assertThat(e.getMessage()).contains("row 1: \"many\" is text, not a number");
    }

    @Test
    void aSyntaxErrorNamesTheTemplateAndLine() {
        InputException e = fails("""
                sql: |
                  SELECT 1 AS period,
                    2 AS orders, 3 AS revenue FORM nowhere
                measures: [orders, revenue]""");
        assertThat(e.problems().get(0).file()).endsWith("shop.yaml");
        assertThat(e.problems().get(0).line()).as("the query's line 2, under sql: | on line 7").isEqualTo(9);
        assertThat(e.getMessage()).contains("the database refused the query").contains("syntax error");
    }

    @Test
    void aSyntaxErrorInASqlFileNamesTheFileAndLine() throws Exception {
        Path sql = SqlTemplates.write(dir, "shop.sql", "-- orders by month\nSELECT DATE '2025-01-01' AS period,\n"
                + "  1 AS orders, 2 AS revenue FORM nowhere\n");
        InputException e = fails("""
                sql_file: shop.sql
                measures: [orders, revenue]""");
        assertThat(e.problems().get(0).file()).isEqualTo(sql.toString());
        assertThat(e.problems().get(0).line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("the database refused the query").contains("syntax error");
    }

    @Test
    void aQueryPastItsTimeLimitIsCancelled() {
        long start = System.nanoTime();
        InputException e = fails("""
                sql: SELECT DATE '2025-01-01' AS period, count(*) AS orders, sum(a.range) AS revenue FROM range(100000000000) a
                measures: [orders, revenue]
                timeout: 1""");
        assertThat(e.getMessage()).contains("the query ran past its time limit of 1 s (timeout:) and was cancelled");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }

    @Test
    void aPasswordInTheDatabaseUrlIsRefusedWithoutRepeatingIt() {
        InputException e = fails("""
                database: jdbc:postgresql://127.0.0.1:5432/shop?user=me&password=hunter2
                sql: SELECT 1
                measures: [orders, revenue]""");
        assertThat(e.getMessage()).contains("the database URL holds a password or key; a template never does")
                .doesNotContain("hunter2");
    }

    @Test
    void anUnsetPasswordVariableIsNamed() {
        InputException e = fails("""
                database: jdbc:postgresql://127.0.0.1:5432/shop
                password_env: JOURNEYDASH_TEST_SURELY_UNSET_PASSWORD
                sql: SELECT 1
                measures: [orders, revenue]""");
        assertThat(e.getMessage()).contains("the environment variable JOURNEYDASH_TEST_SURELY_UNSET_PASSWORD (password_env:) "
                + "is not set");
    }

    @Test
    void credentialsComeFromTheEnvironmentBeforeTheFile() throws Exception {
        Path file = SqlTemplates.write(dir, "db.properties", "user=file-user\npassword=file-pw\nshop.password=shop-pw\n");
        dev.journeydash.model.SqlQuery q = new dev.journeydash.model.SqlQuery("jdbc:postgresql://h/db", "SELECT 1", null, 1, null,
                true, Map.of(), "U", "P", file.toString(), 5, null, null);
        assertThat(Credentials.of("shop", q, Map.of("U", "env-user")::get)).isEqualTo(new Credentials("env-user", "shop-pw"));
        assertThat(Credentials.of("other", q, Map.of("P", "env-pw")::get)).isEqualTo(new Credentials("file-user", "env-pw"));
        assertThat(new Credentials("u", "s3cret").toString()).doesNotContain("s3cret");
        assertThat(new Credentials("u", "s3cret").scrub("login s3cret failed")).isEqualTo("login *** failed");
    }

    @Test
    void namedParametersSkipLiteralsCommentsAndCasts() {
        NamedParameters p = NamedParameters.of("SELECT ':no', \"x:no\", $$ :no $$, a::date, :yes -- :no\n/* :no */ FROM t "
                + "WHERE b = :Yes AND c = :other");
        assertThat(p.names()).containsExactly("yes", "yes", "other");
        assertThat(p.sql()).isEqualTo("SELECT ':no', \"x:no\", $$ :no $$, a::date, ? -- :no\n/* :no */ FROM t WHERE b = ? AND c = ?");
        assertThat(p.bare()).isEqualTo(-1);
        assertThat(NamedParameters.of("SELECT '?' , ?").bare()).isEqualTo(13);
    }

    @Test
    void generatedGroupBysPerDialect() {
        var m = java.util.List.of(new dev.journeydash.model.SourceMeasure("orders", dev.journeydash.model.SourceMeasure.How.COUNT,
                null, java.util.List.of()), new dev.journeydash.model.SourceMeasure("revenue",
                dev.journeydash.model.SourceMeasure.How.SUM, "total", java.util.List.of()));
        boolean[] none = {false, false};
        assertThat(GroupBy.query(GroupBy.Dialect.SQLSERVER, "dbo.orders", "created at", m, dev.journeydash.model.Granularity.WEEK,
                none)).isEqualTo("SELECT CAST(DATETRUNC(iso_week, [created at]) AS date) AS [period], count_big(*) AS [orders], "
                + "sum([total]) AS [revenue]\nFROM dbo.orders\nGROUP BY CAST(DATETRUNC(iso_week, [created at]) AS date)\nORDER BY 1");
        assertThat(GroupBy.query(GroupBy.Dialect.CLICKHOUSE, "orders", "d", m, dev.journeydash.model.Granularity.QUARTER,
                new boolean[] {true, true})).contains("toStartOfQuarter(`d`) AS `period`")
                .contains("WHERE `d` >= :period_start AND `d` < DATE_ADD(:period_end, INTERVAL 1 DAY)");
        assertThat(GroupBy.Dialect.of("jdbc:mariadb://h/db")).isEqualTo(GroupBy.Dialect.MYSQL);
        assertThat(GroupBy.Dialect.of("jdbc:snowflake://x")).isNull();
    }

    @Test
    void aPositionalParameterIsRefused() {
        assertThatThrownBy(() -> run("""
                sql: SELECT DATE '2025-01-01' AS period, 1 AS orders, 2 AS revenue WHERE 1 = ?
                measures: [orders, revenue]""")).hasMessageContaining("the query has a ? parameter; name it");
    }
}
