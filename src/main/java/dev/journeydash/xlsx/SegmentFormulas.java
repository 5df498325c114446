package dev.journeydash.xlsx;

import dev.journeydash.compute.SegmentGroup;
import dev.journeydash.compute.SegmentResults;
import dev.journeydash.model.Measure;

import java.util.ArrayList;
import java.util.List;

/**
 * The formulas of a measure in one period and one segment, over the raw data sheet: SUMIFS,
 * AVERAGEIFS or, for a last-value measure, the sum of the segment's rows on the period's last date
 * (_xlfn.MAXIFS, as Excel 2016 functions are written in the file), so that All is the sum over the segments, each with the segment's criteria on the segment column. A value's criterion is
 * {@code "=Paid search"}; Other's are {@code "<>Paid search"}, one per value shown, so that Other
 * holds every other row, blank cells included; wildcard characters are escaped with {@code ~}.
 */
final class SegmentFormulas {
    private final String q;
    private final RawDataLayout raw;
    private final String segmentRange;

    SegmentFormulas(RenderContext ctx) {
        this.raw = ctx.layout().rawData().orElseThrow();
        this.q = Refs.q(ctx.layout().rawDataSheet()) + "!";
        int column = SegmentFormulas.segmentTextColumn(ctx);
        this.segmentRange = q + Refs.abs(raw.textColumn(column), raw.firstRow(), RawDataLayout.LAST_ROW);
    }

    /** The index of the segment column among the raw rows' text columns. */
    static int segmentTextColumn(RenderContext ctx) {
        var seg = ctx.journey().segmentation();
        int index = seg.indexIn(ctx.results().data().raw().textHeaders());
        if (index < 0) {
            throw new IllegalStateException("the raw rows have no column " + seg.column());
        }
        return index;
    }

    /**
     * The criteria texts of group {@code g} of {@code segments} ({@code count} of them): its value's
     * {@code =value} repeated, or for Other {@code <>value} of each value shown.
     */
    static List<String> criteria(SegmentResults segments, int g, int count) {
        SegmentGroup group = segments.groups().get(g);
        List<String> out = new ArrayList<>();
        List<String> shown = segments.topValues();
        for (int j = 0; j < count; j++) {
            out.add(group.other() ? (j < shown.size() ? "<>" + escape(shown.get(j)) : "<>")
                    : "=" + escape(group.name()));
        }
        return out;
    }

    /** {@code text} as a criterion's literal text: the wildcards {@code * ? ~} escaped with {@code ~}. */
    static String escape(String text) {
        return text.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    }

    /**
     * The formula of {@code measure} in the period whose first day is in cell {@code period}, for
     * the rows meeting every criterion in the cells {@code criteria}; blank when none has a number.
     */
    String measure(Measure measure, String period, List<String> criteria) {
        int col = raw.measureColumn(measure.id());
        String values = q + Refs.abs(col, raw.firstRow(), RawDataLayout.LAST_ROW);
        String keys = q + Refs.abs(raw.periodColumn(), raw.firstRow(), RawDataLayout.LAST_ROW);
        StringBuilder c = new StringBuilder();
        for (String criterion : criteria) {
            c.append(',').append(segmentRange).append(',').append(criterion);
        }
        return switch (measure.aggregation()) {
            case SUM -> "IF(COUNTIFS(" + keys + "," + period + "," + values + ",\"<>\"" + c + ")=0,\"\",SUMIFS(" + values
                    + "," + keys + "," + period + c + "))";
            case AVERAGE -> "IFERROR(AVERAGEIFS(" + values + "," + keys + "," + period + c + "),\"\")";
            case LAST -> {
                String dates = q + Refs.abs(raw.dateColumn(), raw.firstRow(), RawDataLayout.LAST_ROW);
                // the period's last date, whatever the segment: a segment's stock is read where All's is
                String last = "_xlfn.MAXIFS(" + dates + "," + keys + "," + period + ")";
                yield "IF(COUNTIFS(" + keys + "," + period + "," + dates + "," + last + "," + values + ",\"<>\"" + c
                        + ")=0,\"\",SUMIFS(" + values + "," + keys + "," + period + "," + dates + "," + last + c + "))";
            }
        };
    }
}
