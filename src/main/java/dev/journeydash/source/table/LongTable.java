package dev.journeydash.source.table;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import dev.journeydash.model.RawRows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The long layout: one value per row, named by the measure column, with optional segment
 * columns. Several rows of one measure in one period (finer dates, segments) are aggregated;
 * names that are not measures of the journey become extra columns (numbers summed, else the last
 * text). Each date, measure and segment appears once.
 */
final class LongTable implements Table {
    private final ColumnRoles roles;
    private final Journey journey;
    private final Report report;
    /** The period column as messages name it. */
    private final String periodLabel;
    private final Map<String, String> byName;
    /** Measures with a value, in the order first seen. */
    private final Set<String> present = new LinkedHashSet<>();
    /** Periods with a value of a measure or an extra. */
    private final TreeSet<Period> periods = new TreeSet<>();
    private final Map<String, LongObservations> observations = new HashMap<>();
    private final Map<List<String>, Integer> seenKeys = new HashMap<>();
    private final SegmentKeys segmentKeys = new SegmentKeys();
    private final Set<String> extraNames = new LinkedHashSet<>();
    private final Map<Period, Map<String, Object>> extras = new HashMap<>();

    LongTable(ColumnRoles roles, Journey journey, Report report) {
        this.roles = roles;
        this.journey = journey;
        this.report = report;
        this.periodLabel = roles.periodLabel();
        this.byName = MeasureNames.byName(journey);
    }

    @Override
    public void add(Row row) {
        if (!PeriodFit.fits(row, periodLabel, journey.granularity(), report)) {
            return;
        }
        String name = row.texts()[0];
        String text = row.texts()[1];
        if (name.isEmpty()) {
            report.problem(row.line(), roles.header().get(roles.measure()), "the measure name is empty");
            return;
        }
        String normalised = MeasureNames.normalise(name);
        String id = byName.get(normalised);
        List<String> segments = Arrays.asList(row.texts()).subList(2, row.texts().length);
        List<String> key = new ArrayList<>(2 + segments.size());
        key.add(row.period().date().toString());
        key.add(id != null ? id : normalised);
        key.addAll(segments);
        Integer first = seenKeys.putIfAbsent(key, row.line());
        if (first != null) {
            report.problem(row.line(), roles.header().get(roles.measure()), "\"" + name + "\" for " + row.period().text()
                    + " appears again (first on line " + first + ")");
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        Period period = new Period(row.period().date(), journey.granularity());
        if (id == null) {
            addExtra(period, name, row.invalid().isEmpty() ? (Object) row.numbers()[0] : text);
            return;
        }
        if (!row.invalid().isEmpty()) {
            report.problem(row.line(), roles.header().get(roles.value()), row.invalid().get(0).message());
            return;
        }
        present.add(id);
        periods.add(period);
        observations.computeIfAbsent(id, k -> new LongObservations())
                .add(row.numbers()[0], (int) row.period().date().toEpochDay(), segmentKeys.idOf(segments));
    }

    /** A value of a name that is not a measure: numbers of one period add up, a text replaces what was there. */
    private void addExtra(Period period, String name, Object value) {
        extraNames.add(name);
        extras.computeIfAbsent(period, k -> new LinkedHashMap<>()).merge(name, value,
                (a, b) -> a instanceof Double x && b instanceof Double y ? (Object) (x + y) : b);
        periods.add(period);
    }

    @Override
    public DataSet finish() throws InputException {
        for (String m : MeasureNames.needed(journey)) {
            if (!present.contains(m)) {
                report.problem(0, null, "no rows for measure \"" + m + "\", which the KPIs or funnel need; the measures found are: "
                        + String.join(", ", present) + (extraNames.isEmpty() ? ""
                        : "; names that are not measures of the template: " + String.join(", ", extraNames)));
            }
        }
        report.throwIfProblems();
        if (periods.isEmpty()) {
            throw InputException.of(report.file(), "every value is blank: no period has a number for any measure");
        }
        Periods all = Periods.between(periods.first(), periods.last(), report.file());
        int[] rowsPerPeriod = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            rowsPerPeriod[i] = periods.contains(all.list().get(i)) ? 1 : 0;
        }
        all.gapNote(report.file(), rowsPerPeriod).ifPresent(report::note);
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (Measure m : journey.measures()) {
            LongObservations obs = observations.get(m.id());
            double[] out = new double[all.size()];
            if (obs == null) {
                Arrays.fill(out, Double.NaN);
            } else {
                out = Aggregator.aggregate(m.aggregation(), obs.values(), obs.days(),
                        Aggregator.Groups.of(obs.periodOf(all), obs.size(), all.size()), Aggregator.Averaging.COMPENSATED);
            }
            totals.put(m.id(), out);
        }
        RawRows raw = null;
        if (journey.segmentation().active() && !roles.segments().isEmpty()) {
            // a journey with segments sums its rows by period and segment in the workbook, as raw rows
            raw = LongPivot.of(roles.header().get(roles.period()), roles.segments().stream().map(roles.header()::get).toList(), segmentKeys.keys(),
                    journey.measures(), observations, all);
        }
        return new DataSet(report.file(), all.list(), totals, extraColumns(all), report.notes(), raw);
    }

    private List<DataSet.ExtraColumn> extraColumns(Periods all) {
        List<DataSet.ExtraColumn> columns = new ArrayList<>();
        for (String name : extraNames) {
            List<Object> cells = new ArrayList<>();
            for (Period p : all.list()) {
                Map<String, Object> e = extras.get(p);
                cells.add(e == null ? null : e.get(name));
            }
            columns.add(new DataSet.ExtraColumn(name, cells));
        }
        return columns;
    }
}
