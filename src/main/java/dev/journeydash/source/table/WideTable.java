package dev.journeydash.source.table;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import dev.journeydash.model.RawRows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wide layout: one value per measure column in each row. Without text columns each period
 * appears once; with them a period may have several rows (segments). Rows finer than the period
 * (daily rows for a monthly journey, or one row per segment) are kept as raw rows and summed up
 * per period; their text columns are the segments.
 */
final class WideTable implements Table {
    private final ColumnRoles roles;
    private final Journey journey;
    private final Report report;
    /** The period column as messages name it. */
    private final String periodLabel;
    /** Per number column, the index of its measure in the journey. */
    private final int[] measureIndex;
    private final Map<Integer, Integer> seenDays = new HashMap<>();
    private final WideRows rows;

    WideTable(ColumnRoles roles, Journey journey, Report report) {
        this.roles = roles;
        this.journey = journey;
        this.report = report;
        this.periodLabel = roles.periodLabel();
        List<Measure> measures = journey.measures();
        List<String> ids = new ArrayList<>(roles.measureColumns().values());
        measureIndex = new int[ids.size()];
        for (int c = 0; c < ids.size(); c++) {
            for (int m = 0; m < measures.size(); m++) {
                if (measures.get(m).id().equals(ids.get(c))) {
                    measureIndex[c] = m;
                }
            }
        }
        rows = new WideRows(measures.size(), roles.extras().size());
    }

    @Override
    public void add(Row row) {
        if (!PeriodFit.fits(row, periodLabel, journey.granularity(), report)) {
            return;
        }
        int day = (int) row.period().date().toEpochDay();
        if (roles.extras().isEmpty()) {
            Integer first = seenDays.putIfAbsent(day, row.line());
            if (first != null) {
                report.problem(row.line(), roles.header().get(roles.period()), "\"" + row.period().text()
                        + "\" appears again (first on line " + first + "); each period must appear once");
                return;
            }
        }
        for (Row.Invalid bad : row.invalid()) {
            report.problem(row.line(), roles.header().get(bad.column()), bad.message());
        }
        int r = rows.add(day);
        for (int c = 0; c < measureIndex.length; c++) {
            rows.value(measureIndex[c], r, row.numbers()[c]);
        }
        for (int e = 0; e < rows.textColumns(); e++) {
            rows.text(e, r, row.texts()[e]);
        }
    }

    @Override
    public DataSet finish() throws InputException {
        report.throwIfProblems();
        int n = rows.size();
        int[] order = rows.orderByDay();
        int[] days = rows.sortedDays(order);
        Periods periods = Periods.between(period(days[0]), period(days[n - 1]), report.file());
        int[] periodOf = new int[n];
        int[] rowsPerPeriod = new int[periods.size()];
        for (int i = 0; i < n; i++) {
            periodOf[i] = periods.indexOf(days[i]);
            rowsPerPeriod[periodOf[i]]++;
        }
        double[][] values = new double[journey.measures().size()][];
        for (int m = 0; m < values.length; m++) {
            values[m] = rows.sortedValues(m, order);
        }
        Map<String, double[]> totals = totals(values, days, periodOf, periods.size());
        periods.gapNote(report.file(), rowsPerPeriod).ifPresent(report::note);
        if (Arrays.stream(rowsPerPeriod).noneMatch(count -> count > 1) && !journey.segmentation().active()) {
            return new DataSet(report.file(), periods.list(), totals, extras(periods, order, periodOf), report.notes());
        }
        report.note(report.file() + ": " + String.format("%,d", n) + " rows summarised into " + periods.size() + " "
                + journey.granularity().word() + "s; the rows are kept in the Raw data sheet");
        RawRows rawRows = new RawRows(roles.header().get(roles.period()), textHeaders(), days, periodOf, values,
                rows.sortedTexts(order));
        return new DataSet(report.file(), periods.list(), totals, List.of(), report.notes(), rawRows);
    }

    /** Each measure's values (rows sorted by date) aggregated per period. */
    private Map<String, double[]> totals(double[][] values, int[] days, int[] periodOf, int periods) {
        Aggregator.Groups byPeriod = Aggregator.Groups.of(periodOf, periodOf.length, periods);
        Map<String, double[]> totals = new LinkedHashMap<>();
        List<Measure> measures = journey.measures();
        for (int m = 0; m < measures.size(); m++) {
            totals.put(measures.get(m).id(), Aggregator.aggregate(measures.get(m).aggregation(), values[m], days, byPeriod,
                    Aggregator.Averaging.PLAIN));
        }
        return totals;
    }

    private Period period(int epochDay) {
        return new Period(LocalDate.ofEpochDay(epochDay), journey.granularity());
    }

    private List<String> textHeaders() {
        return roles.extras().stream().map(roles.header()::get).toList();
    }

    /** One row per period: the text columns as extra columns, one cell per period. */
    private List<DataSet.ExtraColumn> extras(Periods periods, int[] order, int[] periodOf) {
        List<String> headers = textHeaders();
        List<DataSet.ExtraColumn> extras = new ArrayList<>();
        for (int e = 0; e < headers.size(); e++) {
            List<Object> cells = new ArrayList<>(Collections.nCopies(periods.size(), (Object) null));
            for (int i = 0; i < order.length; i++) {
                String t = rows.text(e, order[i]);
                if (t != null) {
                    cells.set(periodOf[i], t);
                }
            }
            extras.add(new DataSet.ExtraColumn(headers.get(e), cells));
        }
        return extras;
    }
}
