package dev.journeydash.source.sql;

import dev.journeydash.model.InputException;
import dev.journeydash.model.SqlQuery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one query: connects (the driver found by {@link DriverManager}, loaded only now), prepares
 * the statement, binds the parameters, cancels it when it runs past the source's time limit, and
 * hands the result to a reader. Every failure becomes an {@link InputException} with the
 * database's message, the password scrubbed from it, and for an error in the query its file and line.
 */
final class QueryRun {
    private static final Pattern PG_POSITION = Pattern.compile("Position: (\\d+)");
    private static final Pattern DUCKDB_LINE = Pattern.compile("LINE (\\d+):");

    /** Reads a query's result. */
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException, InputException;
    }

    /**
     * Where a query's text is, for messages: the file and line its first line is on.
     *
     * @param file the file holding the text (the template, or the .sql file)
     * @param line the 1-based line of the text's first line in {@code file}
     */
    record Origin(String file, int line) { }

    private QueryRun() { }

    static <T> T run(String source, SqlQuery query, String sql, List<Object> values, Credentials login, Origin origin,
                     Reader<T> reader) throws InputException {
        String url = query.database();
        Properties props = new Properties();
        if (login.user() != null) {
            props.setProperty("user", login.user());
        }
        if (login.password() != null) {
            props.setProperty("password", login.password());
        }
        String where = "source \"" + source + "\" (" + url + ")";
        DriverManager.setLoginTimeout(Math.min(query.timeout(), 60));
        Connection connection;
        try {
            connection = connect(url, props);
        } catch (SQLException e) {
            throw connectError(where, url, e, login);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "journeydash-sql-timeout");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean cancelled = new AtomicBoolean();
        try (connection) {
            prepare(connection, query);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(10_000);
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                ScheduledFuture<?> alarm = timer.schedule(() -> cancel(statement, cancelled), query.timeout(), TimeUnit.SECONDS);
                try (ResultSet rs = statement.executeQuery()) {
                    return reader.read(rs);
                } finally {
                    alarm.cancel(false);
                }
            }
        } catch (SQLException e) {
            if (cancelled.get()) {
                throw InputException.of(where, "the query ran past its time limit of %d s (timeout:) and was cancelled; "
                        + "aggregate in the database (GROUP BY the period), or raise timeout:", query.timeout());
            }
            throw queryError(where, sql, e, login, origin);
        } finally {
            timer.shutdownNow();
        }
    }

    /** The drivers in the jar, by URL prefix: loaded by name, so that a PostgreSQL run does not load DuckDB's. */
    private static final java.util.Map<String, String> BUILT_IN = java.util.Map.of("jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:duckdb:", "org.duckdb.DuckDBDriver");

    /**
     * A connection to {@code url}: through the jar's own driver for PostgreSQL and DuckDB (only that one
     * loaded), else through {@link DriverManager}, which finds the drivers put on the class path.
     */
    private static Connection connect(String url, Properties props) throws SQLException {
        for (java.util.Map.Entry<String, String> e : BUILT_IN.entrySet()) {
            if (url.startsWith(e.getKey())) {
                try {
                    java.sql.Driver driver = (java.sql.Driver) Class.forName(e.getValue()).getDeclaredConstructor().newInstance();
                    Connection c = driver.connect(url, props);
                    if (c != null) {
                        return c;
                    }
                } catch (ReflectiveOperationException | LinkageError ex) {
                    break;  // not in this build: DriverManager may still find one
                }
            }
        }
        return DriverManager.getConnection(url, props);
    }

    /** DuckDB finds the files a query reads (read_parquet('x.parquet')) in the template's folder. */
    private static void prepare(Connection connection, SqlQuery query) throws SQLException {
        if (query.folder() != null && GroupBy.Dialect.of(query.database()) == GroupBy.Dialect.DUCKDB) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET file_search_path = '" + query.folder().replace("'", "''") + "'");
            }
        }
    }

    private static void cancel(Statement statement, AtomicBoolean cancelled) {
        cancelled.set(true);
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            // the query ends by itself, or the connection closes below
        }
    }

    private static InputException connectError(String where, String url, SQLException e, Credentials login) {
        String state = String.valueOf(e.getSQLState());
        String message = login.scrub(String.valueOf(e.getMessage()));
        if (message.startsWith("No suitable driver")) {
            return InputException.of(where, "no JDBC driver for %s on the class path; put the database's driver jar on "
                    + "it (JOURNEYDASH_CLASSPATH=driver.jar bin/journeydash ...; see docs/sql.md)", url.replaceAll("^(jdbc:[^:]+:).*", "$1"));
        }
        if (state.startsWith("28")) {
            return InputException.of(where, "the database refused the login (%s): check the user name and password in the "
                    + "environment variables or credentials file the source names", message);
        }
        return InputException.of(where, "cannot connect to the database: %s", message);
    }

    private static InputException queryError(String where, String sql, SQLException e, Credentials login, Origin origin) {
        String message = login.scrub(String.valueOf(e.getMessage())).strip();
        int line = 0;
        Matcher pg = PG_POSITION.matcher(message);
        Matcher duck = DUCKDB_LINE.matcher(message);
        if (pg.find()) {
            line = NamedParameters.lineOf(sql, Integer.parseInt(pg.group(1)) - 1);
        } else if (duck.find()) {
            line = Integer.parseInt(duck.group(1));
        }
        String text = message.replaceAll("\\s*\\n\\s*", " ");
        if (text.length() > 600) {
            text = text.substring(0, 600) + "...";
        }
        int at = origin.line() <= 0 ? 0 : origin.line() + Math.max(line, 1) - 1;
        return new InputException(new InputException.Problem(origin.file(), at, null, where + ": the database refused the query: "
                + text));
    }
}
