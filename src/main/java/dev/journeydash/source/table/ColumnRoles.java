package dev.journeydash.source.table;

import dev.journeydash.model.Journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles of an input's named columns. Wide layout: a period column, one column per measure
 * (named by the measure's id, label or a {@code columns:} alias, whatever the case and
 * punctuation) and text columns that are not measures. Long layout ({@code period, measure,
 * value}): the period, measure and value columns, and segment columns (every other column).
 * The period column is the first one named like a period ({@code period}, {@code date},
 * {@code month}...), else the first column. Column indexes are 0-based.
 */
public final class ColumnRoles {
    private static final Set<String> PERIOD_HEADERS = Set.of("period", "date", "month", "week", "quarter", "day",
            "year_month", "yearmonth", "time", "periode", "datum", "fecha", "mois", "monat");

    private final List<String> header;
    private final int period;
    /** Wide: column index to measure id, in column order. */
    private final Map<Integer, String> measureColumns;
    /** Wide: the other columns. */
    private final List<Integer> extras;
    /** Long: the measure and value columns, -1 in the wide layout. */
    private final int measure;
    private final int value;
    /** Long: the other columns. */
    private final List<Integer> segments;

    private ColumnRoles(List<String> header, int period, Map<Integer, String> measureColumns, List<Integer> extras,
                        int measure, int value, List<Integer> segments) {
        this.header = header;
        this.period = period;
        this.measureColumns = Collections.unmodifiableMap(measureColumns);
        this.extras = List.copyOf(extras);
        this.measure = measure;
        this.value = value;
        this.segments = List.copyOf(segments);
    }

    /** The roles of {@code header}'s columns (names as in the input) for {@code journey}'s measures. */
    public static ColumnRoles of(List<String> header, Journey journey) {
        int period = -1;
        int measure = -1;
        int value = -1;
        for (int i = 0; i < header.size(); i++) {
            String n = MeasureNames.normalise(header.get(i));
            if (period < 0 && PERIOD_HEADERS.contains(n)) {
                period = i;
            } else if (n.equals("measure") || n.equals("metric") || n.equals("kpi_measure")) {
                measure = i;
            } else if (n.equals("value") || n.equals("amount")) {
                value = i;
            }
        }
        if (period < 0) {
            period = 0;
        }
        Map<String, String> byName = MeasureNames.byName(journey);
        Map<Integer, String> measureColumns = new LinkedHashMap<>();
        List<Integer> extras = new ArrayList<>();
        List<Integer> segments = new ArrayList<>();
        boolean isLong = measure >= 0 && value >= 0;
        for (int i = 0; i < header.size(); i++) {
            if (i == period || (isLong && (i == measure || i == value))) {
                continue;
            }
            String id = isLong ? null : byName.get(MeasureNames.normalise(header.get(i)));
            if (id != null && !measureColumns.containsValue(id)) {
                measureColumns.put(i, id);
            } else if (isLong) {
                segments.add(i);
            } else {
                extras.add(i);
            }
        }
        return new ColumnRoles(List.copyOf(header), period, measureColumns, extras, isLong ? measure : -1,
                isLong ? value : -1, segments);
    }

    /** The column names as in the input. */
    public List<String> header() {
        return header;
    }

    /** The period column. */
    public int period() {
        return period;
    }

    /** The period column as messages name it: its header, or {@code #n} (1-based) when that is blank. */
    public String periodLabel() {
        return header.get(period).isBlank() ? "#" + (period + 1) : header.get(period);
    }

    /** Whether the input has the long layout ({@code period, measure, value}). */
    public boolean longLayout() {
        return measure >= 0;
    }

    /** The columns a source reads as numbers: the measure columns (wide), or the value column (long). */
    public int[] numberColumns() {
        if (longLayout()) {
            return new int[] {value};
        }
        return measureColumns.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The columns a source reads as texts: the columns that are not measures (wide); or the measure
     * column, the value column (for values that are not numbers) and the segment columns (long).
     */
    public int[] textColumns() {
        if (!longLayout()) {
            return extras.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] columns = new int[2 + segments.size()];
        columns[0] = measure;
        columns[1] = value;
        for (int s = 0; s < segments.size(); s++) {
            columns[2 + s] = segments.get(s);
        }
        return columns;
    }

    Map<Integer, String> measureColumns() {
        return measureColumns;
    }

    List<Integer> extras() {
        return extras;
    }

    int measure() {
        return measure;
    }

    int value() {
        return value;
    }

    List<Integer> segments() {
        return segments;
    }
}
