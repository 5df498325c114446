package dev.journeydash.source.table;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.RawRows;
import dev.journeydash.model.Segmentation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Checks that the data has the column a journey's {@code segments:} names, with no more values than a segment may have. */
public final class SegmentColumn {
    private SegmentColumn() { }

    /**
     * The index of the segment column among {@code data}'s raw text columns; -1 for a journey without segments.
     *
     * @throws InputException naming the data file when the column is missing or has more than
     *                        {@link Segmentation#MAX_VALUES} distinct values
     */
    public static int check(DataSet data, Journey journey) throws InputException {
        Segmentation seg = journey.segmentation();
        if (!seg.active()) {
            return -1;
        }
        RawRows raw = data.raw();
        java.util.List<String> headers = raw == null ? java.util.List.of() : raw.textHeaders();
        int index = seg.indexIn(headers);
        if (index < 0) {
            throw InputException.of(data.source(), "the template splits the data by \"%s\" (segments:, line %d), but the "
                    + "data has no such column; %s", seg.column(), seg.line(), headers.isEmpty()
                    ? "it has no text column besides the period" + (raw == null ? "" : " and the measures")
                    + ": give a row per period and segment with a \"" + seg.column() + "\" column"
                    : "its text columns are: " + String.join(", ", headers));
        }
        // counted as the segments are matched: stripped, case ignored, blanks not a value
        Set<String> values = new HashSet<>();
        for (String t : raw.texts()[index]) {
            String key = t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && values.add(key) && values.size() > Segmentation.MAX_VALUES) {
                throw InputException.of(data.source(), "the segment column \"%s\" has more than %,d distinct values: "
                        + "a segment (channel, region, plan) has a few, an id or a comment column has many; "
                        + "split by another column", headers.get(index), Segmentation.MAX_VALUES);
            }
        }
        return index;
    }
}
