package dev.journeydash.source.table;

import dev.journeydash.model.Measure;
import dev.journeydash.model.RawRows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Long rows turned into raw rows for a journey with segments: one row per date and segment key,
 * one column per measure (blank where the long input has no value), sorted by date, keys of one
 * date in the order the input first shows them. The workbook then sums them by period and segment
 * as it does rows of a wide input.
 */
final class LongPivot {
    private LongPivot() { }

    /**
     * @param dateHeader   the period column's header
     * @param segmentNames the segment columns' headers
     * @param keys         the segment keys, numbered as the observations' keys
     * @param observations measure id to its observations; a measure without any is blank in every row
     * @param periods      the period axis each row's date falls in
     */
    static RawRows of(String dateHeader, List<String> segmentNames, List<List<String>> keys, List<Measure> measures,
                      Map<String, LongObservations> observations, Periods periods) {
        long keyCount = Math.max(1, keys.size());
        Map<Long, Integer> rowOf = new HashMap<>();
        List<long[]> cells = new ArrayList<>();
        for (LongObservations obs : observations.values()) {
            for (int i = 0; i < obs.size(); i++) {
                long id = obs.days()[i] * keyCount + obs.keys()[i];
                if (!rowOf.containsKey(id)) {
                    rowOf.put(id, cells.size());
                    cells.add(new long[] {obs.days()[i], obs.keys()[i]});
                }
            }
        }
        Integer[] order = new Integer[cells.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byDay = Long.compare(cells.get(a)[0], cells.get(b)[0]);
            return byDay != 0 ? byDay : Long.compare(cells.get(a)[1], cells.get(b)[1]);
        });
        int n = order.length;
        int[] position = new int[n];
        int[] days = new int[n];
        int[] periodOf = new int[n];
        String[][] texts = new String[segmentNames.size()][n];
        for (int r = 0; r < n; r++) {
            long[] c = cells.get(order[r]);
            position[order[r]] = r;
            days[r] = (int) c[0];
            periodOf[r] = periods.indexOf(days[r]);
            List<String> key = keys.get((int) c[1]);
            for (int t = 0; t < texts.length; t++) {
                texts[t][r] = key.get(t).isEmpty() ? null : key.get(t);
            }
        }
        double[][] values = new double[measures.size()][n];
        for (int m = 0; m < measures.size(); m++) {
            Arrays.fill(values[m], Double.NaN);
            LongObservations obs = observations.get(measures.get(m).id());
            if (obs == null) {
                continue;
            }
            for (int i = 0; i < obs.size(); i++) {
                values[m][position[rowOf.get(obs.days()[i] * keyCount + obs.keys()[i])]] = obs.values()[i];
            }
        }
        return new RawRows(dateHeader, segmentNames, days, periodOf, values, texts);
    }
}
