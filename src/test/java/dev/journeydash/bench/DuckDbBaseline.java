package dev.journeydash.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The baseline of {@code bench/exports.sh}: DuckDB (in process, through its JDBC driver) reads a
 * Shopify "Export orders" CSV with {@code read_csv} and computes per month what
 * {@code bench/shopify-bench.yaml} asks journeydash for, with the semantics of
 * docs/template-format.md's sources:
 * <ul>
 *   <li>the month is that of Created at's date as written (no time zone conversion: the first ten
 *       characters of {@code 2024-03-05 14:22:10 -0500});</li>
 *   <li>the filter {@code Financial Status: { not: voided }} is tested on each row, ignoring case.
 *       Shopify writes Financial Status on an order's first line only, so a voided order's later
 *       lines (blank status) are kept, as the template's row filter keeps them;</li>
 *   <li>orders and customers are distinct non-blank Names and Emails; new customers, the emails
 *       whose first month among the kept rows is this one; revenue sums Total where Financial
 *       Status is paid or partially_refunded; refunds sums Refunded Amount; line items counts
 *       rows; units sums Lineitem quantity.</li>
 * </ul>
 * {@code DuckDbBaseline FILE} prints {@code seconds=} (the query alone: from sending it to having
 * every result row, the connection open and the driver loaded) and the result rows, tab-separated.
 */
public final class DuckDbBaseline {
    private DuckDbBaseline() { }

    /** One month of results. */
    public record Month(String month, long orders, double revenue, double refunds, long customers,
                        long newCustomers, long lineItems, double units) {
        public static final String HEADER = "month\torders\trevenue\trefunds\tcustomers\tnew_customers\tline_items\tunits";

        public String tsv() {
            return String.format(Locale.ROOT, "%s\t%d\t%.2f\t%.2f\t%d\t%d\t%d\t%s", month, orders, revenue, refunds,
                customers, newCustomers, lineItems, units == Math.rint(units) ? Long.toString((long) units) : Double.toString(units));
        }
    }

    /** The query's result and how long it took. */
    public record Result(List<Month> months, double seconds) { }

    public static void main(String[] args) throws SQLException {
        Result r = run(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "seconds=%.3f%n", r.seconds());
        System.out.println(Month.HEADER);
        for (Month m : r.months()) {
            System.out.println(m.tsv());
        }
    }

    /** The SQL for {@code file}. */
    static String sql(Path file) {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        // all_varchar: no type sniffing to go wrong on columns we never read, and the three
        // number columns cast here; unread columns are skipped by the reader's projection.
        return """
            WITH kept AS MATERIALIZED (
              SELECT substr("Created at", 1, 7) AS month,
                     nullif("Name", '') AS name,
                     nullif("Email", '') AS email,
                     lower(coalesce("Financial Status", '')) AS status,
                     CAST(nullif("Total", '') AS DOUBLE) AS total,
                     CAST(nullif("Refunded Amount", '') AS DOUBLE) AS refunded,
                     CAST(nullif("Lineitem quantity", '') AS DOUBLE) AS quantity
              FROM read_csv('%s', header = true, all_varchar = true)
              WHERE lower(coalesce("Financial Status", '')) <> 'voided'
            ),
            monthly AS (
              SELECT month,
                     count(DISTINCT name) AS orders,
                     coalesce(sum(total) FILTER (WHERE status IN ('paid', 'partially_refunded')), 0) AS revenue,
                     coalesce(sum(refunded), 0) AS refunds,
                     count(DISTINCT email) AS customers,
                     count(*) AS line_items,
                     coalesce(sum(quantity), 0) AS units
              FROM kept GROUP BY month
            ),
            first_seen AS (
              SELECT first_month AS month, count(*) AS new_customers
              FROM (SELECT email, min(month) AS first_month FROM kept WHERE email IS NOT NULL GROUP BY email)
              GROUP BY first_month
            )
            SELECT m.month, m.orders, m.revenue, m.refunds, m.customers, coalesce(f.new_customers, 0) AS new_customers,
                   m.line_items, m.units
            FROM monthly m LEFT JOIN first_seen f ON f.month = m.month
            ORDER BY m.month
            """.formatted(path);
    }

    /** Runs the query on {@code file} in a fresh in-memory database. */
    public static Result run(Path file) throws SQLException {
        String sql = sql(file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            long start = System.nanoTime();
            List<Month> months = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    months.add(new Month(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getDouble(8)));
                }
            }
            return new Result(months, (System.nanoTime() - start) / 1e9);
        }
    }
}
