package dev.journeydash.source.sql;

import dev.journeydash.model.Granularity;
import dev.journeydash.model.SourceMeasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The query journeydash writes for a SQL source that gives a table, a date column and measures:
 * one row per period, each measure aggregated in the database, so that only periods x measures
 * travel. The period is the date truncated to the journey's granularity in the database's own
 * words; weeks start on Monday (ISO), as the journey's do. Columns are quoted as the dialect
 * quotes identifiers; the period range, when given, is bound ({@code :period_start}, {@code :period_end}).
 */
final class GroupBy {
    /** The SQL dialects a generated GROUP BY speaks, by the JDBC URL's subprotocol. */
    enum Dialect {
        DUCKDB("duckdb"), POSTGRESQL("postgresql"), TRINO("trino"), SPARK("hive2"), CLICKHOUSE("clickhouse"),
        SQLSERVER("sqlserver"), MYSQL("mysql");

        private final String protocol;

        Dialect(String protocol) {
            this.protocol = protocol;
        }

        /** The dialect of {@code url}, or null when a generated GROUP BY does not speak it. */
        static Dialect of(String url) {
            String rest = url.toLowerCase(Locale.ROOT).substring("jdbc:".length());
            for (Dialect d : values()) {
                if (rest.startsWith(d.protocol + ":")) {
                    return d;
                }
            }
            if (rest.startsWith("presto:")) {
                return TRINO;
            }
            if (rest.startsWith("mariadb:")) {
                return MYSQL;
            }
            return null;
        }
    }

    private GroupBy() { }

    /** Every dialect's name, for messages and docs. */
    static String names() {
        return "DuckDB, PostgreSQL, Trino (and Presto), Spark SQL (Thrift Server), ClickHouse, SQL Server 2022+, MySQL (and MariaDB)";
    }

    /**
     * The query for {@code table}.
     *
     * @param dateColumn the column dating each row
     * @param ranged     whether to bind {@code :period_start} (inclusive) and {@code :period_end} (inclusive) on the date
     */
    static String query(Dialect d, String table, String dateColumn, List<SourceMeasure> measures, Granularity g, boolean[] ranged) {
        String date = quote(d, dateColumn);
        String period = truncate(d, date, g);
        List<String> select = new ArrayList<>();
        select.add(period + " AS " + quote(d, "period"));
        for (SourceMeasure m : measures) {
            select.add(aggregate(d, m) + " AS " + quote(d, m.measure()));
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", select)).append("\nFROM ").append(table);
        List<String> where = new ArrayList<>();
        if (ranged[0]) {
            where.add(date + " >= :period_start");
        }
        if (ranged[1]) {
            where.add(date + (d == Dialect.MYSQL || d == Dialect.CLICKHOUSE ? " < DATE_ADD(:period_end, INTERVAL 1 DAY)"
                    : d == Dialect.SQLSERVER ? " < DATEADD(day, 1, CAST(:period_end AS date))"
                    : " < CAST(:period_end AS DATE) + INTERVAL '1' DAY"));
        }
        if (!where.isEmpty()) {
            sql.append("\nWHERE ").append(String.join(" AND ", where));
        }
        return sql.append("\nGROUP BY ").append(period).append("\nORDER BY 1").toString();
    }

    private static String aggregate(Dialect d, SourceMeasure m) {
        String c = m.column() == null ? null : quote(d, m.column());
        return switch (m.how()) {
            case SUM -> "sum(" + c + ")";
            case AVERAGE -> "avg(" + (d == Dialect.SQLSERVER ? "CAST(" + c + " AS float)" : c) + ")";
            case MIN -> "min(" + c + ")";
            case MAX -> "max(" + c + ")";
            case COUNT -> d == Dialect.SQLSERVER ? "count_big(*)" : "count(*)";
            case COUNT_DISTINCT -> "count(DISTINCT " + c + ")";
            default -> throw new IllegalArgumentException(m.how().word() + " is not pushed down");
        };
    }

    /** {@code date} truncated to the first day of its period, as a date, in dialect {@code d}. */
    static String truncate(Dialect d, String date, Granularity g) {
        String unit = g.name().toLowerCase(Locale.ROOT);
        return switch (d) {
            case DUCKDB, POSTGRESQL, TRINO -> g == Granularity.DAY ? "CAST(" + date + " AS DATE)"
                    : "CAST(date_trunc('" + unit + "', " + date + ") AS DATE)";
            case SPARK -> g == Granularity.DAY ? "to_date(" + date + ")" : "to_date(date_trunc('" + unit.toUpperCase(Locale.ROOT)
                    + "', " + date + "))";
            case CLICKHOUSE -> switch (g) {
                case DAY -> "toDate(" + date + ")";
                case WEEK -> "toMonday(" + date + ")";
                case MONTH -> "toStartOfMonth(" + date + ")";
                case QUARTER -> "toStartOfQuarter(" + date + ")";
            };
            case SQLSERVER -> g == Granularity.DAY ? "CAST(" + date + " AS date)"
                    : "CAST(DATETRUNC(" + (g == Granularity.WEEK ? "iso_week" : unit) + ", " + date + ") AS date)";
            case MYSQL -> switch (g) {
                case DAY -> "DATE(" + date + ")";
                case WEEK -> "DATE(" + date + ") - INTERVAL WEEKDAY(" + date + ") DAY";
                case MONTH -> "DATE(DATE_FORMAT(" + date + ", '%Y-%m-01'))";
                case QUARTER -> "MAKEDATE(YEAR(" + date + "), 1) + INTERVAL (QUARTER(" + date + ") - 1) QUARTER";
            };
        };
    }

    /** {@code name} as an identifier of dialect {@code d}, its quote characters doubled. */
    static String quote(Dialect d, String name) {
        return switch (d) {
            case SPARK, CLICKHOUSE, MYSQL -> "`" + name.replace("`", "``") + "`";
            case SQLSERVER -> "[" + name.replace("]", "]]") + "]";
            default -> "\"" + name.replace("\"", "\"\"") + "\"";
        };
    }
}
