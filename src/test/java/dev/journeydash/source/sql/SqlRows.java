package dev.journeydash.source.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The fact rows of the SQL tests and of bench/sql.sh: row {@code i} (1 to N) is dated day
 * {@code i % 731} from 2024-01-01 (24 months), has total {@code (i % 1000) / 10} and email
 * {@code c<i % 20011>}; generated in the database itself, or written to Parquet by DuckDB.
 */
public final class SqlRows {
    private SqlRows() { }

    /** PostgreSQL: creates table {@code orders} of {@code rows} rows with generate_series. */
    public static String postgresTable(long rows) {
        return """
                CREATE TABLE orders AS
                SELECT i AS id, DATE '2024-01-01' + (i %% 731) AS created_at, ((i %% 1000) / 10.0)::numeric(8,1) AS total,
                       'c' || (i %% 20011) AS email
                FROM generate_series(1, %d) AS s(i);
                ANALYZE orders""".formatted(rows);
    }

    /** Writes {@code rows} rows to the Parquet file {@code file} with embedded DuckDB. */
    public static Path parquet(Path file, long rows) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT i AS id, DATE '2024-01-01' + CAST(i % 731 AS INTEGER) AS created_at, "
                    + "CAST((i % 1000) / 10.0 AS DECIMAL(8,1)) AS total, 'c' || (i % 20011) AS email "
                    + "FROM range(1, " + (rows + 1) + ") t(i)) TO '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' (FORMAT parquet)");
        }
        return file;
    }
}
