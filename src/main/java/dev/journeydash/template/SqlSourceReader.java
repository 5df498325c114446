package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceDate;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.SourceMeasure.How;
import dev.journeydash.model.SqlQuery;
import dev.journeydash.model.ValueFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a SQL source of a template's {@code sources:} (one with {@code sql:}, {@code sql_file:} or
 * {@code table:}; see docs/sql.md): the database, the query or table, the period column, the
 * measures, the parameters and where the credentials are. Credentials themselves never appear in a
 * template: a URL with a password in it is refused.
 */
final class SqlSourceReader {
    static final Set<String> KEYS = Set.of("name", "sql", "sql_file", "table", "database", "date", "measures", "rows",
            "params", "user_env", "password_env", "credentials", "timeout");
    /** Pushed down into the generated GROUP BY: aggregations every SQL dialect has. */
    static final Set<How> PUSHED = Set.of(How.SUM, How.AVERAGE, How.MIN, How.MAX, How.COUNT, How.COUNT_DISTINCT);
    private static final int MAX_QUERY = 100_000;
    private static final Pattern SECRET_IN_URL = Pattern.compile("(?i)(password|pwd|secret|token|key)\\s*=|//[^/@]*:[^/@]*@");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final Pattern PARAM_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,63}");
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}"
            + "|read_(csv|csv_auto|parquet|json)\\('[^'\\\\]{1,1000}'\\)");

    private final YamlFields fields;
    private final SourceReader sources;

    SqlSourceReader(YamlFields fields, SourceReader sources) {
        this.fields = fields;
        this.sources = sources;
    }

    /** Whether {@code map} describes a SQL source. */
    static boolean isSql(Map2 map) {
        return map.entries().containsKey("sql") || map.entries().containsKey("sql_file") || map.entries().containsKey("table");
    }

    /** The SQL source {@code map} (the {@code index}th source); its measures go to {@code measures}; null when invalid. */
    Source read(Map2 map, int index, Map<String, Measure> measures) {
        String name = fields.text(map, "name", "sql_" + index, "source " + index + ": ");
        String ctx = "source \"" + name + "\": ";
        fields.unknownKeys(map, KEYS, ctx);
        Ids.check(fields, name, map.line(), ctx);
        String database = database(map, ctx);
        int given = 0;
        for (String k : List.of("sql", "sql_file", "table")) {
            given += map.entries().containsKey(k) ? 1 : 0;
        }
        if (given > 1) {
            fields.problem(map.line(), ctx, "give one of sql (the query), sql_file (a .sql file) and table, not several");
            return null;
        }
        String text = query(map, ctx);
        String file = fields.text(map, "sql_file", "", ctx);
        String table = fields.text(map, "table", "", ctx);
        if (!table.isEmpty() && !TABLE.matcher(table).matches()) {
            fields.problem(YamlFields.lineOf(map, "table"), ctx, "\"table\" must be a table name (schema.table) or "
                    + "read_parquet('file') / read_csv('file'), not " + YamlFields.scalar(map, "table")
                    + "; write anything else as a query with sql:");
            table = "";
        }
        String column = fields.text(map, "date", "period", ctx);
        List<SourceMeasure> rules = new ArrayList<>();
        boolean listed = map.entries().get("measures") instanceof Seq;
        if (listed) {
            rules = listed(map, ctx, measures);
        } else if (map.entries().containsKey("measures") || !table.isEmpty()) {
            rules = sources.measures(map, ctx, null, measures);
        } else {
            fields.problem(map.line(), ctx, "\"measures\" is missing: list the result's measure columns "
                    + "(measures: [orders, revenue]) or say how each is computed (measures: { orders: count })");
        }
        if (!table.isEmpty()) {
            pushable(rules, map, ctx);
        }
        Map<String, String> params = params(map, ctx);
        String userEnv = envName(map, "user_env", ctx);
        String passwordEnv = envName(map, "password_env", ctx);
        String credentials = fields.text(map, "credentials", "", ctx);
        int timeout = timeout(map, ctx);
        Source.RowKind rows = fields.choice(map, "rows", Source.RowKind.class,
                rules.stream().anyMatch(r -> r.how().counts()) ? Source.RowKind.EVENTS : Source.RowKind.TOTALS, ctx);
        if (given == 1 && text == null && file.isEmpty() && table.isEmpty() && !fields.hasProblems()) {
            fields.problem(map.line(), ctx, "\"" + (map.entries().containsKey("table") ? "table" : "sql_file") + "\" is empty");
        }
        if (database == null || given == 0 || (text != null && text.isEmpty()) || rules.isEmpty() || rows == null
                || (given == 1 && text == null && file.isEmpty() && table.isEmpty())) {
            if (given == 0) {
                fields.problem(map.line(), ctx, "give the query with sql:, a .sql file with sql_file:, or a table with table:");
            }
            return null;
        }
        String resolvedFile = file.isEmpty() ? null : sources.resolve(file);
        SqlQuery sql = new SqlQuery(database, text, resolvedFile, text == null ? 0 : queryLine(map), table.isEmpty() ? null : table,
                listed, params, userEnv, passwordEnv, credentials.isEmpty() ? null : sources.resolve(home(credentials)), timeout,
                fields.file(), sources.folder());
        String described = resolvedFile != null ? resolvedFile : "source \"" + name + "\" (SQL)";
        return new Source(name, described, null, SourceDate.column(column), -1, rows, List.of(), rules, map.line(), List.of(), sql);
    }

    /** {@code ~/x} as a path in the user's home folder. */
    private static String home(String path) {
        return path.startsWith("~/") ? java.nio.file.Path.of(System.getProperty("user.home"), path.substring(2)).toString() : path;
    }

    private String database(Map2 map, String ctx) {
        String url = fields.text(map, "database", SqlQuery.DUCKDB, ctx);
        if (url == null) {
            return null;
        }
        if (!url.startsWith("jdbc:")) {
            fields.problem(YamlFields.lineOf(map, "database"), ctx, "\"database\" must be a JDBC URL such as "
                    + "jdbc:postgresql://host:5432/db or jdbc:duckdb:/path/file.duckdb (default: jdbc:duckdb:, in memory)");
            return null;
        }
        if (SECRET_IN_URL.matcher(url).find()) {
            // the value is not repeated: it holds a secret
            fields.problem(YamlFields.lineOf(map, "database"), ctx, "the database URL holds a password or key; a template "
                    + "never does: name an environment variable with password_env:, or a credentials file with credentials:");
            return null;
        }
        return url;
    }

    /** The inline query, null when there is none; empty (reported) when it is not text or too long. */
    private String query(Map2 map, String ctx) {
        Value v = map.entries().get("sql");
        if (v == null) {
            return null;
        }
        if (!(v instanceof Scalar s) || s.text().isBlank()) {
            fields.problem(v.line(), ctx, "\"sql\" must be the query's text, e.g. sql: SELECT month AS period, ... ");
            return "";
        }
        if (s.text().length() > MAX_QUERY) {
            fields.problem(v.line(), ctx, "the query is " + s.text().length() + " characters; the limit is " + MAX_QUERY
                    + "; put it in a .sql file (sql_file:)");
            return "";
        }
        return s.text();
    }

    /** The line the inline query's first line is on: the line after {@code sql: |}, else the key's line. */
    private static int queryLine(Map2 map) {
        Value v = map.entries().get("sql");
        int key = map.keyLines().get("sql");
        return v.line() > key ? v.line() : key + (((Scalar) v).text().contains("\n") ? 1 : 0);
    }

    private List<SourceMeasure> listed(Map2 map, String ctx, Map<String, Measure> measures) {
        List<SourceMeasure> out = new ArrayList<>();
        for (Value item : ((Seq) map.entries().get("measures")).items()) {
            if (!(item instanceof Scalar s) || s.text().isBlank()) {
                fields.problem(item.line(), ctx, "\"measures\" lists measure ids, each a column of the query's result");
                continue;
            }
            String id = s.text().strip();
            Ids.check(fields, id, item.line(), ctx);
            if (out.stream().anyMatch(r -> r.measure().equals(id))) {
                fields.problem(item.line(), ctx, "measure \"" + id + "\" is listed twice");
                continue;
            }
            out.add(new SourceMeasure(id, How.SUM, id, List.of()));
            measures.putIfAbsent(id, new Measure(id, Ids.defaultLabel(id), ValueFormat.INTEGER, Measure.Aggregation.SUM));
        }
        return out;
    }

    private void pushable(List<SourceMeasure> rules, Map2 map, String ctx) {
        for (SourceMeasure r : rules) {
            if (!PUSHED.contains(r.how()) || !r.where().isEmpty()) {
                fields.problem(YamlFields.lineOf(map, "measures"), ctx, "measure \"" + r.measure() + "\": a table's GROUP BY "
                        + "computes sum, average, min, max, count and count_distinct without where:; write a query (sql:) "
                        + "for " + (r.where().isEmpty() ? r.how().word() : "where:"));
            }
        }
    }

    private Map<String, String> params(Map2 map, String ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        Value v = map.entries().get("params");
        if (v == null) {
            return out;
        }
        if (!(v instanceof Map2 m)) {
            fields.problem(v.line(), ctx, "\"params\" must map parameter names to values, e.g. params: { period_start: 2025-01-01 }");
            return out;
        }
        for (Map.Entry<String, Value> e : m.entries().entrySet()) {
            int line = m.keyLines().get(e.getKey());
            if (!PARAM_NAME.matcher(e.getKey()).matches()) {
                fields.problem(line, ctx, "parameter \"" + e.getKey() + "\": a name is lower case letters, digits and _");
            } else if (!(e.getValue() instanceof Scalar s) || s.text().length() > 1000) {
                fields.problem(line, ctx, "parameter \"" + e.getKey() + "\" must be one value (text, number or date)");
            } else {
                out.put(e.getKey(), s.text());
            }
        }
        return out;
    }

    private String envName(Map2 map, String key, String ctx) {
        String name = fields.text(map, key, "", ctx);
        if (!name.isEmpty() && !ENV_NAME.matcher(name).matches()) {
            fields.problem(YamlFields.lineOf(map, key), ctx, "\"" + key + "\" names an environment variable (letters, digits "
                    + "and _, e.g. SHOP_DB_PASSWORD); the value itself stays in the environment");
            return null;
        }
        return name.isEmpty() ? null : name;
    }

    private int timeout(Map2 map, String ctx) {
        double t = fields.number(map, "timeout", SqlQuery.DEFAULT_TIMEOUT, ctx);
        if (Double.isNaN(t) || t < 1 || t > 86_400 || t != Math.rint(t)) {
            fields.problem(YamlFields.lineOf(map, "timeout"), ctx, "\"timeout\" must be whole seconds from 1 to 86400, not "
                    + YamlFields.scalar(map, "timeout"));
            return SqlQuery.DEFAULT_TIMEOUT;
        }
        return (int) t;
    }
}
