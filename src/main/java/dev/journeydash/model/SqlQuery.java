package dev.journeydash.model;

import java.util.Map;
import java.util.Objects;

/**
 * What a SQL source runs: a query (inline or in a {@code .sql} file) or a table that journeydash
 * aggregates with a GROUP BY of its own, on a database named by a JDBC URL, with credentials
 * named (never given) by the template, and parameters bound as prepared-statement values.
 *
 * @param database     the JDBC URL; {@link #DUCKDB} (embedded DuckDB, in memory) by default. Never holds a password.
 * @param text         the inline query; null when {@code file} or {@code table} gives it
 * @param file         the {@code .sql} file, resolved against the template's folder; null otherwise
 * @param textLine     the template line the inline query starts on (1-based), for the database's errors; 0 otherwise
 * @param table        the table (or view, or DuckDB table function such as {@code read_parquet('x.parquet')}) that
 *                     journeydash groups by period; null for a query
 * @param listed       for a query: whether {@code measures:} was a list of result columns, each aggregated with
 *                     its measure's aggregation (rather than rules such as {@code sum: column})
 * @param params       parameter name to its value as the template writes it ({@code :name} in the query)
 * @param userEnv      the environment variable holding the user name; null for none
 * @param passwordEnv  the environment variable holding the password; null for none
 * @param credentials  a properties file ({@code user=}, {@code password=}) outside the template; null for none
 * @param timeout      seconds the query may run before it is cancelled (1 to 86,400)
 * @param template     the template file as messages name it (an inline query's errors name it and the line)
 * @param folder       the template's folder, against which DuckDB finds the files a query reads
 *                     ({@code read_parquet('orders.parquet')}); null for the working folder
 */
public record SqlQuery(String database, String text, String file, int textLine, String table, boolean listed,
                       Map<String, String> params, String userEnv, String passwordEnv, String credentials, int timeout,
                       String template, String folder) {
    /** Embedded DuckDB, in memory: reads CSV and Parquet files with read_csv and read_parquet. */
    public static final String DUCKDB = "jdbc:duckdb:";
    /** Seconds a query may run unless the template says otherwise. */
    public static final int DEFAULT_TIMEOUT = 600;

    public SqlQuery {
        Objects.requireNonNull(database, "database");
        int given = (text == null ? 0 : 1) + (file == null ? 0 : 1) + (table == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("a SQL source has one of a query, a query file and a table, not " + given);
        }
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** Whether journeydash writes the query (a GROUP BY of {@code table}). */
    public boolean generated() {
        return table != null;
    }
}
