package dev.journeydash.bench;

import dev.journeydash.source.sql.PostgresServer;
import dev.journeydash.source.sql.SqlRows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The helpers of {@code bench/sql.sh}, over the rows the SQL tests use ({@link SqlRows}):
 * <ul>
 *   <li>{@code parquet FILE N}: writes the rows to a Parquet file with DuckDB;</li>
 *   <li>{@code duckdb FILE}: DuckDB's own GROUP BY of the file by month (count, sum), printing
 *       {@code seconds=} for the query alone and the rows: the baseline of the whole process;</li>
 *   <li>{@code postgres N DIR JOURNEYDASH}: starts a PostgreSQL server of its own, generates the rows
 *       in it, times the database's aggregation ({@code db_seconds=}, the median of three), then
 *       journeydash's whole run of {@code DIR/pg.yaml} against it ({@code jd_seconds=}), and stops it.</li>
 * </ul>
 */
public final class SqlBench {
    private SqlBench() { }

    static final String GROUP_BY = "SELECT CAST(date_trunc('month', created_at) AS DATE) AS period, count(*) AS orders, "
            + "sum(total) AS revenue FROM %s GROUP BY 1 ORDER BY 1";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "parquet" -> parquet(Path.of(args[1]), Long.parseLong(args[2]));
            case "duckdb" -> duckdb(Path.of(args[1]));
            case "postgres" -> postgres(Long.parseLong(args[1]), Path.of(args[2]), args[3]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void parquet(Path file, long rows) throws Exception {
        SqlRows.parquet(file, rows);
    }

    static void duckdb(Path file) throws Exception {
        long t = System.nanoTime();
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(GROUP_BY.formatted("read_parquet('" + file.toAbsolutePath() + "')"))) {
            while (rs.next()) {
                out.add(rs.getString(1) + "\t" + rs.getLong(2) + "\t" + rs.getBigDecimal(3));
            }
        }
        System.out.printf(Locale.ROOT, "seconds=%.3f%n", (System.nanoTime() - t) / 1e9);
        out.forEach(System.out::println);
    }

    static void postgres(long rows, Path dir, String journeydash) throws Exception {
        try (PostgresServer server = PostgresServer.start()) {
            server.execute(SqlRows.postgresTable(rows));
            List<Double> db = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                try (Connection c = server.connect(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery(GROUP_BY.formatted("orders"))) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
                db.add((System.nanoTime() - t) / 1e9);
            }
            db.sort(null);
            Path creds = server.credentials(dir.toAbsolutePath(), PostgresServer.PASSWORD);
            Files.writeString(dir.resolve("pg.yaml"), Files.readString(dir.resolve("pg.yaml.in"))
                    .replace("@URL@", server.url()).replace("@CREDENTIALS@", creds.toString()));
            long t = System.nanoTime();
            Process p = new ProcessBuilder(journeydash, "generate", "--quiet", "--template", dir.resolve("pg.yaml").toString(),
                    "--out", dir.resolve("pg.xlsx").toString()).inheritIO().start();
            int exit = p.waitFor();
            double jd = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "db_seconds=%.3f%njd_seconds=%.3f%nexit=%d%n", db.get(1), jd, exit);
        }
    }
}
