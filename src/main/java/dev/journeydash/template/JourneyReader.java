package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;
import dev.journeydash.model.ValueFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.journeydash.io.YamlFields.describe;
import static dev.journeydash.io.YamlFields.sorted;

/** Maps a template's YAML tree to a {@link Journey}: the top-level settings, the measures and the funnel. */
final class JourneyReader {
    private static final int MAX_MEASURES = 200;
    private static final Set<String> JOURNEY_KEYS = Set.of("name", "client", "description", "period", "currency", "decimal",
            "date_order", "measures", "stages", "funnel");
    private static final Set<String> MEASURE_KEYS = Set.of("label", "format", "aggregation", "columns");
    private static final Set<String> FUNNEL_KEYS = Set.of("measure", "label");

    private final YamlFields fields;

    JourneyReader(YamlFields fields) {
        this.fields = fields;
    }

    /** The journey, or null when a problem was found (the problems are in {@code fields}). */
    Journey journey(Value root) {
        if (!(root instanceof Map2 map)) {
            fields.problem(root.line(), "", "the template must be a mapping with keys " + sorted(JOURNEY_KEYS));
            return null;
        }
        fields.unknownKeys(map, JOURNEY_KEYS, "");
        String name = fields.text(map, "name", null, "");
        String client = fields.text(map, "client", "", "");
        String description = fields.text(map, "description", "", "");
        Granularity period = fields.choice(map, "period", Granularity.class, Granularity.MONTH, "");
        String currency = fields.text(map, "currency", "$", "");

        List<Measure> measures = measures(map.entries().get("measures"), map.line());
        Map<String, String> ids = new HashMap<>();
        if (map.entries().get("measures") instanceof Map2 declared) {
            measures.forEach(m -> ids.put(m.id(), "the measure on line " + declared.keyLines().get(m.id())));
        }
        StageReader stageReader = new StageReader(fields);
        List<Stage> stages = stageReader.stages(map.entries().get("stages"), map.line(), ids);
        List<FunnelStep> funnel = funnel(map.entries().get("funnel"), measures);
        if (fields.hasProblems() || name == null) {
            return null;
        }
        Journey journey = new Journey(name, client, description, period, currency, measures, stages, funnel,
                decimal(map), dateOrder(map));
        new References(fields, stageReader.formulaLines()).check(journey, YamlFields.lineOf(map, "stages"));
        return journey;
    }

    private List<Measure> measures(Value value, int parentLine) {
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
        } else if (v instanceof Scalar s && !s.text().isEmpty()) {
            label = fields.tooLong(s.text().strip(), TemplateLoader.HEADER_LIMIT, v.line(), ctx, "the label") ? null : s.text().strip();
        } else if (!(v instanceof Scalar)) {
            fields.problem(v.line(), ctx, "expected a label or a mapping { label, format, aggregation }");
        }
        return new Measure(id, label == null ? id : label, format, agg, columns);
    }

    private List<FunnelStep> funnel(Value value, List<Measure> measures) {
        List<FunnelStep> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof Seq seq)) {
            fields.problem(value.line(), "", "\"funnel\" must be a list of volume measures, widest first");
            return out;
        }
        Map<String, Measure> byId = new LinkedHashMap<>();
        measures.forEach(m -> byId.put(m.id(), m));
        for (Value item : seq.items()) {
            String id;
            String label = null;
            if (item instanceof Scalar s) {
                id = s.text();
            } else if (item instanceof Map2 m) {
                fields.unknownKeys(m, FUNNEL_KEYS, "funnel: ");
                id = fields.text(m, "measure", null, "funnel: ");
                label = fields.text(m, "label", null, "funnel: ");
            } else {
                fields.problem(item.line(), "funnel: ", "expected a measure id or { measure, label }");
                continue;
            }
            if (id == null || byId.isEmpty()) {
                continue;
            }
            Measure m = byId.get(id);
            if (m == null) {
                fields.problem(item.line(), "funnel: ", "unknown measure \"" + id + "\"; known measures: " + String.join(", ", byId.keySet()));
                continue;
            }
            out.add(new FunnelStep(id, label == null ? m.label() : label));
        }
        return out;
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

    /** {@code decimal}: the data's decimal separator, "." or ","; absent means detect per file. */
    private Decimal decimal(Map2 map) {
        Value v = map.entries().get("decimal");
        if (v == null) {
            return Decimal.DETECT;
        }
        Decimal d = v instanceof Scalar s ? Decimal.ofText(s.text().strip()) : null;
        if (d == null) {
            fields.problem(v.line(), "", "\"decimal\" must be \".\" or \",\" (in quotes), not " + describe(v));
            return Decimal.DETECT;
        }
        return d;
    }

    /** {@code date_order}: "day-first" or "month-first" for nn/nn/yyyy dates; absent means detect per file. */
    private DateOrder dateOrder(Map2 map) {
        Value v = map.entries().get("date_order");
        if (v == null) {
            return DateOrder.DETECT;
        }
        DateOrder order = v instanceof Scalar s ? DateOrder.ofWord(s.text()) : null;
        if (order == null) {
            fields.problem(v.line(), "", "\"date_order\" must be day-first (31/01/2025) or month-first (01/31/2025), not "
                    + describe(v));
            return DateOrder.DETECT;
        }
        return order;
    }
}
