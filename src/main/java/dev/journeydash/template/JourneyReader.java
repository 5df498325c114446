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
import dev.journeydash.model.Segmentation;
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
    private static final Set<String> JOURNEY_KEYS = Set.of("name", "client", "description", "period", "currency", "decimal",
            "date_order", "measures", "stages", "funnel", "sources", "select", "brand", "segments");
    private static final Set<String> FUNNEL_KEYS = Set.of("measure", "label");

    private final YamlFields fields;
    private final java.nio.file.Path folder;

    /** @param folder the template's folder, against which source files are resolved; null for the working folder */
    JourneyReader(YamlFields fields, java.nio.file.Path folder) {
        this.fields = fields;
        this.folder = folder;
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

        SourceReader.Read sources = new SourceReader(fields, folder).read(map.entries().get("sources"));
        List<Measure> measures = measures(map, sources);
        Map<String, String> ids = new HashMap<>();
        if (map.entries().get("measures") instanceof Map2 declared) {
            measures.forEach(m -> ids.put(m.id(), "the measure on line " + declared.keyLines().get(m.id())));
        }
        DateOrder dateOrder = dateOrder(map);
        StageReader stageReader = new StageReader(fields, new TargetsReader(fields, period, dateOrder));
        List<Stage> stages = stageReader.stages(map.entries().get("stages"), map.line(), ids);
        List<FunnelStep> funnel = funnel(map.entries().get("funnel"), measures);
        Segmentation segments = new SegmentReader(fields).read(map.entries().get("segments"), measures, funnel,
                map.entries().containsKey("sources"));
        if (fields.hasProblems() || name == null) {
            return null;
        }
        Journey journey = new Journey(name, client, description, period, currency, measures, stages, funnel,
                decimal(map), dateOrder, sources.sources(), select(map), segments);
        new References(fields, stageReader.formulaLines()).check(journey, YamlFields.lineOf(map, "stages"));
        return journey;
    }

    /**
     * The measures: those under {@code measures:}, then those only the sources define. With sources,
     * {@code measures:} is optional (labels and formats), and a measure no source defines is a problem.
     */
    private List<Measure> measures(Map2 map, SourceReader.Read sources) {
        Value declared = map.entries().get("measures");
        if (!map.entries().containsKey("sources")) {
            return new MeasureReader(fields).measures(declared, map.line());
        }
        List<Measure> out = declared == null ? new ArrayList<>() : new MeasureReader(fields).measures(declared, map.line());
        for (Measure m : out) {
            if (!sources.measures().containsKey(m.id())) {
                fields.problem(((Map2) declared).keyLines().get(m.id()), "measure \"" + m.id() + "\": ", "no source defines it; "
                        + "add it to a source's measures (e.g. " + m.id() + ": { sum: <column> }) or remove it");
            }
        }
        sources.measures().forEach((id, m) -> {
            if (out.stream().noneMatch(d -> d.id().equals(id))) {
                out.add(m);
            }
        });
        return out;
    }

    private Journey.Selection select(Map2 map) {
        Value v = map.entries().get("select");
        if (v == null) {
            return Journey.Selection.LATEST_COMPLETE;
        }
        String t = v instanceof Scalar s ? s.text().strip() : "";
        for (Journey.Selection sel : Journey.Selection.values()) {
            if (sel.word().equals(t)) {
                return sel;
            }
        }
        fields.problem(v.line(), "", "\"select\" must be latest-complete or latest, not " + describe(v));
        return Journey.Selection.LATEST_COMPLETE;
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
