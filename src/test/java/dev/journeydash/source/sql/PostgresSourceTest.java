package dev.journeydash.source.sql;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL sources on a real PostgreSQL server that the test starts (see {@link PostgresServer}): a
 * 10,000,000-row fact table generated in the database and grouped there by journeydash's GROUP BY,
 * and a query with bound parameters. Expected numbers come from a plain loop over the same rows.
 */
class PostgresSourceTest {
    /** Rows of the fact table ({@link SqlRows}). */
    static final int ROWS = 10_000_000;
    @RegisterExtension
    static final PostgresServer.PerClass PG = new PostgresServer.PerClass(SqlRows.postgresTable(ROWS) + "; " + """
            CREATE TABLE small (day date, client text, total numeric, email text);
            INSERT INTO small VALUES ('2025-01-05', 'acme', 10, 'x@a'), ('2025-01-06', 'acme', 20, 'y@a'),
              ('2025-02-01', 'acme', 5, 'x@a'), ('2025-01-07', 'beta', 100, 'z@b'), ('2025-03-01', 'beta', 1, 'z@b')""");

    @TempDir
    Path dir;

    /** Orders and revenue (in tenths) per month of 2024-2025, by a loop over the rows the table holds. */
    static long[][] expected() {
        int[] monthOfDay = new int[731];
        for (int d = 0; d < 731; d++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(d);
            monthOfDay[d] = (day.getYear() - 2024) * 12 + day.getMonthValue() - 1;
        }
        long[] orders = new long[24];
        long[] tenths = new long[24];
        for (int i = 1; i <= ROWS; i++) {
            int m = monthOfDay[i % 731];
            orders[m]++;
            tenths[m] += i % 1000;
        }
        return new long[][] {orders, tenths};
    }

    @Test
    void tenMillionRowsArriveAsTwentyFourPeriods() throws Exception {
        Path creds = PG.server().credentials(dir, PostgresServer.PASSWORD);
        Path t = SqlTemplates.write(dir, "shop.yaml", SqlTemplates.shop("month", """
                database: %s
                credentials: %s
                table: orders
                date: created_at
                measures:
                  orders: count
                  revenue: { sum: total }""".formatted(PG.server().url(), creds)));
        long start = System.nanoTime();
        Results r = Journeydash.compute(Request.builder().template(t).build());
        System.out.printf("PostgresSourceTest: 10M rows grouped in PostgreSQL and read in %.2f s%n", (System.nanoTime() - start) / 1e9);
        long[][] want = expected();
        assertThat(r.data().periods()).hasSize(24);
        assertThat(r.data().periods().get(0).start()).isEqualTo(LocalDate.of(2024, 1, 1));
        for (int m = 0; m < 24; m++) {
            assertThat(r.data().value("orders", m)).as("orders, month " + m).isEqualTo((double) want[0][m]);
            assertThat(r.data().value("revenue", m)).as("revenue, month " + m).isCloseTo(want[1][m] / 10.0,
                    org.assertj.core.api.Assertions.within(1e-6));
        }
        assertThat(r.data().notes()).anyMatch(n -> n.contains("the query returned 24 rows"));
        assertThat(r.data().sourcing().kept()).as("one row per period: nothing to keep").isEmpty();
    }

    @Test
    void aQueryWithBoundClientAndRange() throws Exception {
        Path creds = PG.server().credentials(dir, PostgresServer.PASSWORD);
        String source = """
                database: %s
                credentials: %s
                sql_file: shop.sql
                date: day
                measures:
                  orders: count
                  revenue: { sum: total }
                  customers: { count_distinct: email }""".formatted(PG.server().url(), creds);
        SqlTemplates.write(dir, "shop.sql", """
                -- the client's rows in the range: raw rows, aggregated by journeydash
                SELECT day, total, email
                FROM small
                WHERE client = :client AND day BETWEEN :period_start AND :period_end
                """);
        String template = SqlTemplates.shop("month", source).replace("  revenue: { label: Revenue, format: currency }",
                "  revenue: { label: Revenue, format: currency }\n  customers: { label: Customers }");
        Path t = SqlTemplates.write(dir, "shop.yaml", template);
        Results r = Journeydash.compute(Request.builder().template(t).client("acme").param("period_start", "2025-01")
                .param("period_end", "2025-03").build());
        assertThat(r.data().periods()).extracting(p -> p.label()).containsExactly("Jan 2025", "Feb 2025");
        assertThat(r.data().measures().get("orders")).containsExactly(2, 1);
        assertThat(r.data().measures().get("revenue")).containsExactly(30, 5);
        assertThat(r.data().measures().get("customers")).containsExactly(2, 1);
        assertThat(r.data().sourcing().sources().get(0).query().params()).containsExactly("client", "period_start", "period_end");
    }
}
