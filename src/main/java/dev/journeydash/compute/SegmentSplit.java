package dev.journeydash.compute;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.RawRows;
import dev.journeydash.model.Segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits raw rows by the segment column into the selector's groups and computes each group's
 * measures per period exactly as the workbook's formulas do over the raw data sheet: a summed
 * measure is SUMIFS by period and segment (blank when no row of the group has a number), an
 * averaged one AVERAGEIFS, a last-value measure the sum of the group's rows on its last date of
 * the period. Values are matched as the criteria of those formulas match text: stripped, case ignored.
 */
final class SegmentSplit {
    private SegmentSplit() { }

    /** The groups of {@code data}'s raw rows by {@code journey}'s segment column, each with its results. */
    static SegmentResults of(Journey journey, DataSet data) {
        Segmentation seg = journey.segmentation();
        RawRows raw = data.raw();
        int column = column(raw, seg);
        if (column < 0) {
            return SegmentResults.NONE;
        }
        String[] cells = raw.texts()[column];
        int n = raw.size();
        // values numbered in the order first seen, case and surrounding spaces ignored
        Map<String, Integer> idOf = new HashMap<>();
        List<String> spelling = new ArrayList<>();
        int[] valueOf = new int[n];
        boolean blanks = false;
        for (int r = 0; r < n; r++) {
            String t = cells[r] == null ? "" : cells[r].strip();
            if (t.isEmpty()) {
                valueOf[r] = -1;
                blanks = true;
                continue;
            }
            String key = t.toLowerCase(Locale.ROOT);
            Integer id = idOf.get(key);
            if (id == null) {
                id = spelling.size();
                idOf.put(key, id);
                spelling.add(t);
            }
            valueOf[r] = id;
        }
        double[] volume = new double[spelling.size()];
        int by = measureIndex(journey, seg.by());
        for (int r = 0; r < n; r++) {
            double v = by < 0 ? Double.NaN : raw.measures()[by][r];
            if (valueOf[r] >= 0 && !Double.isNaN(v)) {
                volume[valueOf[r]] += v;
            }
        }
        Integer[] ranked = new Integer[spelling.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = i;
        }
        // largest first; ties in the order first seen
        Arrays.sort(ranked, (a, b) -> volume[a] != volume[b] ? Double.compare(volume[b], volume[a]) : Integer.compare(a, b));
        int shown = Math.min(seg.top(), ranked.length);
        boolean other = ranked.length > shown || blanks;
        int[] groupOfValue = new int[spelling.size()];
        List<SegmentGroup> groups = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        double restVolume = 0;
        for (int i = 0; i < ranked.length; i++) {
            int v = ranked[i];
            if (i < shown) {
                groupOfValue[v] = i;
                groups.add(new SegmentGroup(spelling.get(v), List.of(spelling.get(v)), volume[v], false, false));
            } else {
                groupOfValue[v] = shown;
                rest.add(spelling.get(v));
                restVolume += volume[v];
            }
        }
        if (other) {
            groups.add(new SegmentGroup("", rest, restVolume, true, blanks));
        }
        int[] groupOf = new int[n];
        for (int r = 0; r < n; r++) {
            groupOf[r] = valueOf[r] < 0 ? shown : groupOfValue[valueOf[r]];
        }
        Journey plain = journey.withoutSegments();
        List<Results> results = new ArrayList<>();
        for (DataSet group : groupData(journey, data, groupOf, groups.size())) {
            results.add(Calculator.compute(plain, group));
        }
        return new SegmentResults(seg, groups, results);
    }

    /** The index of the segment column among the raw rows' text columns; -1 when absent. */
    static int column(RawRows raw, Segmentation seg) {
        return raw == null ? -1 : seg.indexIn(raw.textHeaders());
    }

    private static int measureIndex(Journey journey, String id) {
        for (int m = 0; m < journey.measures().size(); m++) {
            if (journey.measures().get(m).id().equals(id)) {
                return m;
            }
        }
        return -1;
    }

    /**
     * Each group's measures per period, as the workbook's formulas compute them from its rows: one
     * pass over the rows per measure for all groups at once (a row's group is {@code groupOf[row]}).
     */
    /** Each period's last date among the raw rows (epoch days): where a last-value measure is read, in every segment. */
    static int[] lastDays(RawRows raw, int periods) {
        int[] lastDay = new int[periods];
        Arrays.fill(lastDay, Integer.MIN_VALUE);
        for (int r = 0; r < raw.size(); r++) {
            lastDay[raw.periods()[r]] = Math.max(lastDay[raw.periods()[r]], raw.days()[r]);
        }
        return lastDay;
    }

    /**
     * {@code data} with each last-value measure read as the segments read it: the sum of the rows on
     * the period's last date (blank when none has a number), so that All is the sum over the segments.
     */
    static DataSet lastAsSum(Journey journey, DataSet data) {
        RawRows raw = data.raw();
        int periods = data.periods().size();
        int[] lastDay = lastDays(raw, periods);
        Map<String, double[]> measures = new LinkedHashMap<>(data.measures());
        for (int m = 0; m < journey.measures().size(); m++) {
            Measure measure = journey.measures().get(m);
            if (measure.aggregation() != Measure.Aggregation.LAST) {
                continue;
            }
            double[] out = new double[periods];
            Arrays.fill(out, Double.NaN);
            double[] values = raw.measures()[m];
            for (int r = 0; r < raw.size(); r++) {
                int p = raw.periods()[r];
                if (!Double.isNaN(values[r]) && raw.days()[r] == lastDay[p]) {
                    out[p] = Double.isNaN(out[p]) ? values[r] : out[p] + values[r];
                }
            }
            measures.put(measure.id(), out);
        }
        return new DataSet(data.source(), data.periods(), measures, data.extras(), data.notes(), raw, data.sourcing());
    }

    private static List<DataSet> groupData(Journey journey, DataSet data, int[] groupOf, int groups) {
        RawRows raw = data.raw();
        int periods = data.periods().size();
        List<Map<String, double[]>> measures = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            measures.add(new LinkedHashMap<>());
        }
        int[] lastDay = lastDays(raw, periods);
        for (int m = 0; m < journey.measures().size(); m++) {
            Measure measure = journey.measures().get(m);
            boolean last = measure.aggregation() == Measure.Aggregation.LAST;
            double[] values = raw.measures()[m];
            double[][] sum = new double[groups][periods];
            int[][] count = new int[groups][periods];
            for (int r = 0; r < raw.size(); r++) {
                int g = groupOf[r];
                int p = raw.periods()[r];
                if (Double.isNaN(values[r]) || last && raw.days()[r] != lastDay[p]) {
                    continue;
                }
                sum[g][p] += values[r];
                count[g][p]++;
            }
            for (int g = 0; g < groups; g++) {
                double[] out = new double[periods];
                for (int p = 0; p < periods; p++) {
                    out[p] = count[g][p] == 0 ? Double.NaN
                            : measure.aggregation() == Measure.Aggregation.AVERAGE ? sum[g][p] / count[g][p] : sum[g][p];
                }
                measures.get(g).put(measure.id(), out);
            }
        }
        List<DataSet> out = new ArrayList<>();
        for (Map<String, double[]> m : measures) {
            out.add(new DataSet(data.source(), data.periods(), m, List.of(), List.of()));
        }
        return out;
    }
}
