package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Segmentation;

import java.util.List;
import java.util.Set;

import static dev.journeydash.io.YamlFields.describe;

/**
 * Reads {@code segments:}: the data's column whose values split every KPI, either as the column's
 * name alone ({@code segments: Channel}) or as a mapping
 * {@code { column: Channel, label: "Marketing channel", top: 12, by: sessions }}.
 */
final class SegmentReader {
    private static final Set<String> KEYS = Set.of("column", "label", "top", "by");
    private static final String CTX = "segments: ";

    private final YamlFields fields;

    SegmentReader(YamlFields fields) {
        this.fields = fields;
    }

    /** The segment dimension of {@code value} ({@code segments:}'s node, or null when absent). */
    Segmentation read(Value value, List<Measure> measures, List<FunnelStep> funnel, boolean sources) {
        if (value == null) {
            return Segmentation.NONE;
        }
        if (sources) {
            fields.problem(value.line(), CTX, "a journey with sources: cannot have segments yet; give the segment column "
                    + "in a long or wide CSV (a row per period and segment) instead");
            return Segmentation.NONE;
        }
        String column;
        String label = null;
        int top = Segmentation.DEFAULT_TOP;
        String by = null;
        if (value instanceof Scalar s) {
            column = s.text().strip();
            if (column.isEmpty()) {
                fields.problem(value.line(), CTX, "give the data's segment column, e.g. segments: Channel");
                return Segmentation.NONE;
            }
        } else if (value instanceof Map2 map) {
            fields.unknownKeys(map, KEYS, CTX);
            column = fields.text(map, "column", null, CTX);
            label = fields.text(map, "label", "", CTX);
            double t = fields.number(map, "top", Segmentation.DEFAULT_TOP, CTX);
            if (!Double.isNaN(t)) {
                if (t != Math.rint(t) || t < 1 || t > Segmentation.MAX_TOP) {
                    fields.problem(YamlFields.lineOf(map, "top"), CTX, "\"top\" must be a whole number from 1 to "
                            + Segmentation.MAX_TOP + ", not " + describe(map.entries().get("top")));
                } else {
                    top = (int) t;
                }
            }
            String named = fields.text(map, "by", "", CTX);
            if (named != null && !named.isEmpty()) {
                if (measures.stream().anyMatch(m -> m.id().equals(named))) {
                    by = named;
                } else {
                    fields.problem(YamlFields.lineOf(map, "by"), CTX, "\"by\" must be a measure id, not \"" + named
                            + "\"; known measures: " + String.join(", ", measures.stream().map(Measure::id).toList()));
                }
            }
            if (column == null) {
                return Segmentation.NONE;
            }
        } else {
            fields.problem(value.line(), CTX, "expected the segment column's name or { column, label, top, by }");
            return Segmentation.NONE;
        }
        if (fields.tooLong(column, 100, value.line(), CTX, "the column")) {
            return Segmentation.NONE;
        }
        return new Segmentation(column, label == null || label.isEmpty() ? column : label, top,
                by != null ? by : defaultBy(measures, funnel), value.line());
    }

    /** The measure that ranks the values when {@code by} is not given: the funnel's first summed step, else the first summed measure. */
    static String defaultBy(List<Measure> measures, List<FunnelStep> funnel) {
        for (FunnelStep step : funnel) {
            for (Measure m : measures) {
                if (m.id().equals(step.measure()) && m.aggregation() == Measure.Aggregation.SUM) {
                    return m.id();
                }
            }
        }
        return measures.stream().filter(m -> m.aggregation() == Measure.Aggregation.SUM).map(Measure::id).findFirst()
                .orElse(measures.isEmpty() ? null : measures.get(0).id());
    }
}
