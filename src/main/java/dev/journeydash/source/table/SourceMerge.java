package dev.journeydash.source.table;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import dev.journeydash.model.Sourcing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the sources of a journey on the period: the journey runs from the earliest period of
 * any source to the latest; a period a source does not reach is blank for its measures. A period
 * that a day-dated source covers only in part (its first or last) is partial.
 */
public final class SourceMerge {
    private SourceMerge() { }

    /** The data set of {@code journey} from its sources' data, in template order. */
    public static DataSet merge(Journey journey, List<SourceData> sources) throws InputException {
        Period first = sources.stream().map(s -> s.periods().get(0)).min(Period::compareTo).orElseThrow();
        Period last = sources.stream().map(s -> s.periods().get(s.periods().size() - 1)).max(Period::compareTo).orElseThrow();
        String names = String.join(", ", sources.stream().map(s -> s.source().name()).toList());
        Periods periods = Periods.between(first, last, names);
        Map<String, double[]> measures = new LinkedHashMap<>();
        List<KeptRows> kept = new ArrayList<>();
        List<Sourcing.Summary> summaries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Integer, Sourcing.Coverage> partial = new TreeMap<>();
        for (SourceData s : sources) {
            int offset = periods.indexOf((int) s.periods().get(0).start().toEpochDay());
            s.values().forEach((id, v) -> measures.put(id, placed(v, offset, periods.size())));
            if (s.kept() != null) {
                kept.add(rebased(s.kept(), offset));
            }
            summaries.add(s.summary());
            notes.addAll(s.notes());
            coverage(s, offset, journey.granularity(), partial);
        }
        Map<String, double[]> ordered = new LinkedHashMap<>();
        for (Measure m : journey.measures()) {
            double[] v = measures.get(m.id());
            if (v == null) {
                v = new double[periods.size()];
                Arrays.fill(v, Double.NaN);
            }
            ordered.put(m.id(), v);
        }
        partialNote(partial, periods, notes);
        return new DataSet(names, periods.list(), ordered, List.of(), notes, null, new Sourcing(summaries, kept, partial));
    }

    /** {@code values} from index {@code offset} of {@code size} values, NaN elsewhere. */
    private static double[] placed(double[] values, int offset, int size) {
        double[] out = new double[size];
        Arrays.fill(out, Double.NaN);
        System.arraycopy(values, 0, out, offset, values.length);
        return out;
    }

    private static KeptRows rebased(KeptRows k, int offset) {
        int[] periods = k.periods().clone();
        for (int i = 0; i < periods.length; i++) {
            periods[i] += offset;
        }
        return new KeptRows(k.source(), k.dateHeader(), k.columns(), k.days(), periods, k.numbers(), k.texts(), k.filter(),
                k.measures(), k.rows());
    }

    /** Marks the source's first and last period partial where its days do not reach the period's ends. */
    private static void coverage(SourceData s, int offset, Granularity g, Map<Integer, Sourcing.Coverage> partial) {
        if (s.first() == null) {
            return;
        }
        List<Period> own = s.periods();
        Period head = own.get(0);
        Period tail = own.get(own.size() - 1);
        LocalDate headEnd = g.next(head.start()).minusDays(1);
        LocalDate tailEnd = g.next(tail.start()).minusDays(1);
        if (s.first().isAfter(head.start()) || own.size() == 1 && s.last().isBefore(headEnd)) {
            mark(partial, offset, s.first(), own.size() == 1 ? s.last() : headEnd);
        }
        if (own.size() > 1 && s.last().isBefore(tailEnd)) {
            mark(partial, offset + own.size() - 1, tail.start(), s.last());
        }
    }

    private static void mark(Map<Integer, Sourcing.Coverage> partial, int index, LocalDate from, LocalDate to) {
        Sourcing.Coverage before = partial.get(index);
        if (before != null) {
            from = from.isAfter(before.first()) ? from : before.first();
            to = to.isBefore(before.last()) ? to : before.last();
        }
        partial.put(index, new Sourcing.Coverage(from, to));
    }

    private static void partialNote(Map<Integer, Sourcing.Coverage> partial, Periods periods, List<String> notes) {
        if (partial.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        partial.forEach((i, c) -> parts.add(periods.list().get(i).label() + " (data " + c.first() + " to " + c.last() + ")"));
        notes.add("partial period" + (parts.size() == 1 ? "" : "s") + ": " + String.join(", ", parts)
                + "; the dashboard opens on the latest complete period");
    }
}
