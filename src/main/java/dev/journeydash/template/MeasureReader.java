package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.Measure;
import dev.journeydash.model.ValueFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@code measures:} mapping (of a template or a preset): each measure's label, format, aggregation, columns. */
final class MeasureReader {
    private static final int MAX_MEASURES = 200;
    private static final Set<String> MEASURE_KEYS = Set.of("label", "format", "aggregation", "columns", "additive");

    private final YamlFields fields;

    MeasureReader(YamlFields fields) {
        this.fields = fields;
    }

    List<Measure> measures(Value value, int parentLine) {
        List<Measure> out = new ArrayList<>();
        if (value == null) {
            fields.problem(parentLine, "", "\"measures\" is missing: list the raw numbers of the data, e.g. visitors: { label: Unique visitors }");
            return out;
        }
        if (!(value instanceof Map2 map) || map.entries().isEmpty()) {
            fields.problem(value.line(), "", "\"measures\" must be a mapping of measure id to { label, format, aggregation }");
            return out;
        }
        if (map.entries().size() > MAX_MEASURES) {
            fields.problem(value.line(), "", "there are " + map.entries().size() + " measures; the limit is " + MAX_MEASURES);
            return out;
        }
        for (Map.Entry<String, Value> e : map.entries().entrySet()) {
            out.add(measure(e.getKey(), map.keyLines().get(e.getKey()), e.getValue()));
        }
        return out;
    }

    private Measure measure(String id, int line, Value v) {
        String ctx = "measure \"" + id + "\": ";
        Ids.check(fields, id, line, ctx);
        String label = Ids.defaultLabel(id);
        ValueFormat format = ValueFormat.INTEGER;
        Measure.Aggregation agg = Measure.Aggregation.SUM;
        List<String> columns = List.of();
        boolean additive = true;
        if (v instanceof Map2 m) {
            fields.unknownKeys(m, MEASURE_KEYS, ctx);
            label = fields.text(m, "label", label, ctx);
            Value given = m.entries().get("label");
            if (label != null && given != null && fields.tooLong(label, TemplateLoader.HEADER_LIMIT, given.line(), ctx, "the label")) {
                label = null;
            }
            format = fields.choice(m, "format", ValueFormat.class, format, ctx);
            agg = fields.choice(m, "aggregation", Measure.Aggregation.class, agg, ctx);
            columns = columnNames(m, ctx);
            additive = additive(m, ctx);
        } else if (v instanceof Scalar s && !s.text().isEmpty()) {
            label = fields.tooLong(s.text().strip(), TemplateLoader.HEADER_LIMIT, v.line(), ctx, "the label") ? null : s.text().strip();
        } else if (!(v instanceof Scalar)) {
            fields.problem(v.line(), ctx, "expected a label or a mapping { label, format, aggregation }");
        }
        return new Measure(id, label == null ? id : label, format, agg, columns, additive);
    }

    /** {@code additive}: false for a count of people or things that repeat across rows; default true. */
    private boolean additive(Map2 m, String ctx) {
        Value v = m.entries().get("additive");
        if (v == null) {
            return true;
        }
        String t = v instanceof Scalar s ? s.text().strip().toLowerCase(java.util.Locale.ROOT) : "";
        if (!t.equals("true") && !t.equals("false")) {
            fields.problem(v.line(), ctx, "\"additive\" must be true or false, not " + YamlFields.describe(v));
            return true;
        }
        return t.equals("true");
    }

    /** {@code columns}: one header name, or a list of them. */
    private List<String> columnNames(Map2 m, String ctx) {
        Value v = m.entries().get("columns");
        if (v == null) {
            return List.of();
        }
        if (v instanceof Scalar s && !s.text().isBlank()) {
            return fields.tooLong(s.text().strip(), TemplateLoader.HEADER_LIMIT, v.line(), ctx, "an entry of \"columns\"") ? List.of()
                    : List.of(s.text().strip());
        }
        List<String> out = new ArrayList<>();
        if (v instanceof Seq seq) {
            for (Value item : seq.items()) {
                if (item instanceof Scalar s && !s.text().isBlank()) {
                    if (!fields.tooLong(s.text().strip(), TemplateLoader.HEADER_LIMIT, item.line(), ctx, "an entry of \"columns\"")) {
                        out.add(s.text().strip());
                    }
                } else {
                    fields.problem(item.line(), ctx, "\"columns\" must list header names as text");
                }
            }
            return out;
        }
        fields.problem(v.line(), ctx, "\"columns\" must be a header name or a list of header names");
        return out;
    }

}
