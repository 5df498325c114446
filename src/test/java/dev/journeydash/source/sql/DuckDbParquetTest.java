package dev.journeydash.source.sql;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Embedded DuckDB over a Parquet file of the 10,000,000 rows {@link SqlRows} that
 * {@link PostgresSourceTest} puts in PostgreSQL, written at test time: journeydash's GROUP BY of {@code read_parquet(...)}, the file
 * found in the template's folder; the numbers from the same loop.
 */
class DuckDbParquetTest {
    @TempDir
    static Path dir;

    @Test
    void tenMillionParquetRowsGroupedByDuckDb() throws Exception {
        long t = System.nanoTime();
        SqlRows.parquet(dir.resolve("orders.parquet"), PostgresSourceTest.ROWS);
        System.out.printf("DuckDbParquetTest: %,d rows written to Parquet in %.1f s%n", PostgresSourceTest.ROWS,
                (System.nanoTime() - t) / 1e9);
        Path template = SqlTemplates.write(dir, "shop.yaml", SqlTemplates.shop("month", """
                table: read_parquet('orders.parquet')
                date: created_at
                measures:
                  orders: count
                  revenue: { sum: total }"""));
        long start = System.nanoTime();
        Results r = Journeydash.compute(Request.builder().template(template).build());
        System.out.printf("DuckDbParquetTest: grouped and read in %.2f s%n", (System.nanoTime() - start) / 1e9);
        long[][] want = PostgresSourceTest.expected();
        assertThat(r.data().periods()).hasSize(24);
        for (int m = 0; m < 24; m++) {
            assertThat(r.data().value("orders", m)).as("orders, month " + m).isEqualTo((double) want[0][m]);
            assertThat(r.data().value("revenue", m)).as("revenue, month " + m).isCloseTo(want[1][m] / 10.0, within(1e-6));
        }
    }
}
