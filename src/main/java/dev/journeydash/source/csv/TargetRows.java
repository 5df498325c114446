package dev.journeydash.source.csv;

import dev.journeydash.io.PeriodParser;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Period;
import dev.journeydash.model.TargetChange;
import dev.journeydash.source.table.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a targets file typed into target changes: each row's period (the journey's period it
 * starts in; a week does not fit a monthly or quarterly journey), each non-empty cell a target
 * greater than 0. Problems go to the report, with line, column and value.
 */
final class TargetRows {
    private final TargetColumns columns;
    private final Dialect dialect;
    private final Granularity granularity;
    private final Report report;
    private final Map<Period, Integer> lineOf = new HashMap<>();
    private final Map<String, List<TargetChange>> changes = new LinkedHashMap<>();

    TargetRows(TargetColumns columns, Dialect dialect, Granularity granularity, Report report) {
        this.columns = columns;
        this.dialect = dialect;
        this.granularity = granularity;
        this.report = report;
        columns.kpis().values().forEach(id -> changes.put(id, new ArrayList<>()));
    }

    void add(CsvRow row) {
        Period p = period(row);
        if (p == null) {
            return;
        }
        for (Map.Entry<Integer, String> e : columns.kpis().entrySet()) {
            String raw = row.cell(e.getKey()).strip();
            if (raw.isEmpty()) {
                continue;
            }
            String column = columns.headers().get(e.getKey());
            Double v = dialect.numbers().parse(raw);
            if (v == null || !Double.isFinite(v)) {
                report.problem(row.line(), column, RowTyper.notANumber(raw, dialect));
            } else if (!(v > 0)) {
                report.problem(row.line(), column, InputException.quoted(raw) + " is not a target: a target must be a "
                        + "number greater than 0");
            } else {
                changes.get(e.getValue()).add(new TargetChange(p, v));
            }
        }
    }

    /** KPI id to its changes, oldest first. */
    Map<String, List<TargetChange>> changes() {
        Map<String, List<TargetChange>> out = new LinkedHashMap<>();
        changes.forEach((id, list) -> {
            List<TargetChange> sorted = new ArrayList<>(list);
            sorted.sort(null);
            out.put(id, List.copyOf(sorted));
        });
        return out;
    }

    private Period period(CsvRow row) {
        String raw = row.cell(0).strip();
        String column = columns.periodHeader();
        if (raw.isEmpty()) {
            report.problem(row.line(), column, "the period is empty; expected " + PeriodParser.EXPECTED);
            return null;
        }
        PeriodParser.Parsed parsed = PeriodParser.parse(raw, dialect.dateOrder());
        if (parsed == null) {
            report.problem(row.line(), column, RowTyper.notAPeriod(raw, dialect));
            return null;
        }
        String misfit = PeriodParser.misfitStart(parsed, raw, granularity);
        if (misfit != null) {
            report.problem(row.line(), column, misfit);
            return null;
        }
        Period p = new Period(parsed.date(), granularity);
        Integer first = lineOf.putIfAbsent(p, row.line());
        if (first != null) {
            report.problem(row.line(), column, InputException.quoted(raw) + " is the same period as line " + first + " ("
                    + p.label() + "); give one row per period");
            return null;
        }
        return p;
    }
}
