package dev.journeydash.source.sql;

import dev.journeydash.io.TextFile;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.SourceMeasure.How;
import dev.journeydash.model.Sourcing;
import dev.journeydash.model.SqlQuery;
import dev.journeydash.source.table.Report;
import dev.journeydash.source.table.SourceColumns;
import dev.journeydash.source.table.SourceData;
import dev.journeydash.source.table.SourceTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A template's SQL source run and read (see docs/sql.md): the query (the template's, its .sql
 * file's, or the GROUP BY journeydash writes for a table), its named parameters bound, on the
 * source's database with the credentials it names; the result read as rows of a period (or date)
 * column and measures, aggregated per period as a CSV export's rows are.
 */
public final class SqlSource {
    /** Largest .sql file accepted, in bytes. */
    static final long MAX_FILE = 1 << 20;
    private static final TextFile.Kind SQL_FILE = new TextFile.Kind("the query file does not exist",
            "cannot read the query file: %s", MAX_FILE, "the query file is %,d bytes; the limit is %,d bytes", MAX_FILE,
            "this is not a text file (it contains NUL bytes at byte %d); expected SQL text in UTF-8");

    private SqlSource() { }

    /**
     * Runs {@code source}'s query and reads its result.
     *
     * @param options its {@code params} are the request's parameter values, over the template's
     * @throws InputException for a query file that cannot be read, a parameter without a value, credentials
     *                        that are not set, a database that cannot be reached or refuses the login or the
     *                        query, a query past its time limit, and a result without the period column, with
     *                        measures that are not numbers, or with periods that cannot be read
     */
    public static SourceData read(Source source, Journey journey, ReadOptions options, Progress progress) throws InputException {
        return read(source, journey, options, progress, System::getenv);
    }

    /** As {@link #read(Source, Journey, ReadOptions, Progress)}, with the environment {@code env}. */
    static SourceData read(Source source, Journey journey, ReadOptions options, Progress progress, UnaryOperator<String> env)
            throws InputException {
        SqlQuery q = source.sql();
        String text = text(source, journey, options);
        QueryRun.Origin origin = q.file() != null ? new QueryRun.Origin(q.file(), 1)
                : new QueryRun.Origin(String.valueOf(q.template()), q.generated() ? source.line() : q.textLine());
        NamedParameters named = NamedParameters.of(text);
        String where = "source \"" + source.name() + "\"";
        if (named.bare() >= 0) {
            throw new InputException(new InputException.Problem(origin.file(), origin.line() + NamedParameters.lineOf(text,
                    named.bare()) - 1, null, where + ": the query has a ? parameter; name it (:client, :period_start...) "
                    + "so that journeydash can bind its value"));
        }
        List<Object> values = ParamValues.of(named.names(), q.params(), options.params(), where);
        Credentials login = Credentials.of(source.name(), q, env);
        Source rows = resultRules(source, journey);
        Report report = new Report(where);
        SourceColumns columns = SourceColumns.of(rows, report);
        report.throwIfProblems();
        SourceTable table = SourceTable.start(rows, journey, columns, report);
        ResultRows reader = new ResultRows(q.generated() ? "period" : source.date().column(), columns, journey.granularity(), report, progress);
        int read = QueryRun.run(source.name(), q, named.sql(), values, login, origin, rs -> reader.read(rs, table::add));
        report.throwIfProblems();
        if (read == 0) {
            throw InputException.of(where, "the query returned no rows%s; check it, and its parameters' values",
                    named.names().isEmpty() ? "" : " (parameters: " + String.join(", ", named.names()) + ")");
        }
        String shownAs = q.file() != null ? q.file() : q.generated() ? "GROUP BY (journeydash)" : "SQL query";
        long[] span = reader.aligned() ? null : new long[0];
        SourceData data = table.finish(span, shownAs);
        Map<String, String> how = new LinkedHashMap<>();
        for (SourceMeasure m : source.measures()) {
            how.put(m.measure(), q.listed() ? "column " + m.measure() + " of the query's result"
                    : q.generated() ? m.how().word() + (m.column() == null ? " of rows" : " of " + m.column()) + ", in the database"
                    : data.summary().measures().get(m.measure()));
        }
        Sourcing.Query shown = new Sourcing.Query(q.database(), text.strip(), named.names().stream().distinct().toList());
        List<String> notes = new ArrayList<>(data.notes());
        notes.add(0, where + ": the query returned " + String.format("%,d", read) + " row" + (read == 1 ? "" : "s"));
        Sourcing.Summary summary = data.summary().withQuery(shown, how);
        if (summary.first() == null) {
            // a result grouped by period: About shows the periods' days, though partial periods are not judged from them
            var periods = data.periods();
            summary = new Sourcing.Summary(summary.name(), summary.file(), summary.preset(), summary.rows(), summary.counted(),
                    periods.get(0).start(), journey.granularity().next(periods.get(periods.size() - 1).start()).minusDays(1),
                    summary.measures(), summary.values(), summary.query());
        }
        return new SourceData(source, data.periods(), data.values(), data.kept(), data.first(), data.last(), summary, notes);
    }

    /** The query's text: the template's, its file's, or the GROUP BY written for its table. */
    static String text(Source source, Journey journey, ReadOptions options) throws InputException {
        SqlQuery q = source.sql();
        if (q.text() != null) {
            return q.text();
        }
        if (q.file() != null) {
            return TextFile.readUtf8(Path.of(q.file()), SQL_FILE, "the query file is not UTF-8 text");
        }
        GroupBy.Dialect dialect = GroupBy.Dialect.of(q.database());
        if (dialect == null) {
            throw InputException.of("source \"" + source.name() + "\"", "journeydash writes the GROUP BY of a table for %s; "
                    + "for %s, write the query with sql: (see docs/sql.md)", GroupBy.names(),
                    q.database().replaceAll("^(jdbc:[^:]+:).*", "$1"));
        }
        boolean[] ranged = {has(q, options, "period_start"), has(q, options, "period_end")};
        return GroupBy.query(dialect, q.table(), source.date().column(), source.measures(), journey.granularity(), ranged);
    }

    private static boolean has(SqlQuery q, ReadOptions options, String name) {
        return q.params().containsKey(name) || options.params().containsKey(name);
    }

    /**
     * The source as its result's rows are read: a listed measure, or one the database computed,
     * is a column of the result, combined per period with its measure's aggregation.
     */
    private static Source resultRules(Source source, Journey journey) {
        SqlQuery q = source.sql();
        if (!q.listed() && !q.generated()) {
            return source;
        }
        List<SourceMeasure> rules = new ArrayList<>();
        for (SourceMeasure m : source.measures()) {
            How how;
            if (q.generated()) {
                how = switch (m.how()) {
                    case AVERAGE -> How.AVERAGE;
                    case MIN -> How.MIN;
                    case MAX -> How.MAX;
                    default -> How.SUM;
                };
            } else {
                Measure.Aggregation a = journey.measure(m.measure()).map(Measure::aggregation).orElse(Measure.Aggregation.SUM);
                how = switch (a) {
                    case AVERAGE -> How.AVERAGE;
                    case LAST -> How.LAST;
                    default -> How.SUM;
                };
            }
            rules.add(new SourceMeasure(m.measure(), how, m.measure(), List.of()));
        }
        return new Source(source.name(), source.file(), source.preset(), source.date(), source.skip(), source.rows(),
                source.filter(), rules, source.line(), source.expects(), source.sql());
    }
}
