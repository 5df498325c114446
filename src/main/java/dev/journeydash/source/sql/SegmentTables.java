package dev.journeydash.source.sql;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Period;
import dev.journeydash.model.Segments;
import dev.journeydash.model.Source;
import dev.journeydash.source.table.Report;
import dev.journeydash.source.table.SourceColumns;
import dev.journeydash.source.table.SourceData;
import dev.journeydash.source.table.SourceMerge;
import dev.journeydash.source.table.SourceTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SQL result's rows split by segment (the texts of its segment columns): one table stage per
 * distinct segment, each aggregating that segment's rows as the whole result's are, so that the
 * measures per segment come out as {@link Segments}, as a CSV's long layout gives them. At most
 * {@link #MAX_KEYS} segments; past that the segments are left out, with a note.
 */
final class SegmentTables {
    static final int MAX_KEYS = 1_000;

    private final Source source;
    private final Journey journey;
    private final SourceColumns columns;
    private final Map<List<String>, SourceTable> tables = new LinkedHashMap<>();
    private boolean overflow;

    SegmentTables(Source source, Journey journey, SourceColumns columns) {
        this.source = source;
        this.journey = journey;
        this.columns = columns;
    }

    void add(int row, int epochDay, double[] numbers, String[] texts, List<String> segment) {
        if (segment.isEmpty() || overflow) {
            return;
        }
        SourceTable t = tables.get(segment);
        if (t == null) {
            if (tables.size() == MAX_KEYS) {
                overflow = true;
                tables.clear();
                return;
            }
            t = SourceTable.start(source, journey, columns, new Report("segment " + segment));
            tables.put(List.copyOf(segment), t);
        }
        t.add(row, epochDay, numbers, texts);
    }

    /**
     * The segments on the result's {@code periods}.
     *
     * @param headers the segment columns
     * @param span    as the whole result's table stage was given it
     */
    Segments finish(List<String> headers, List<Period> periods, long[] span, String shownAs, String where, List<String> notes)
            throws InputException {
        if (overflow) {
            notes.add(where + ": more than " + MAX_KEYS + " segments (" + String.join(", ", headers) + "); they are left out");
            return Segments.NONE;
        }
        if (tables.isEmpty()) {
            return Segments.NONE;
        }
        List<List<String>> keys = new ArrayList<>();
        List<Map<String, double[]>> values = new ArrayList<>();
        for (Map.Entry<List<String>, SourceTable> e : tables.entrySet()) {
            SourceData d;
            try {
                d = e.getValue().finish(span, shownAs);
            } catch (InputException ex) {
                // a segment whose rows all fall outside the whole result's periods: nothing to show for it
                continue;
            }
            int offset = periods.indexOf(d.periods().get(0));
            Map<String, double[]> placed = new LinkedHashMap<>();
            d.values().forEach((id, v) -> placed.put(id, SourceMerge.placed(v, offset, periods.size())));
            keys.add(e.getKey());
            values.add(placed);
        }
        return new Segments(headers, keys, values);
    }
}
