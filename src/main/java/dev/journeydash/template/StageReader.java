package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Expr;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import dev.journeydash.model.ValueFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.journeydash.io.YamlFields.lineOf;
import static dev.journeydash.io.YamlFields.scalar;
import static dev.journeydash.io.YamlFields.sorted;

/** Maps the template's {@code stages} to stages and their KPIs, parsing each KPI's formula. */
final class StageReader {
    private static final int MAX_STAGES = 12;
    private static final int MAX_KPIS_PER_STAGE = 12;
    /** The most KPIs of a journey: what the Dashboard lays out legibly (bands of five stages, text at 8 pt or more). */
    static final int MAX_KPIS = 60;
    /** Pain points per stage, and characters per pain point: a stage sheet shows them above its charts. */
    static final int MAX_PAIN_POINTS = 10;
    static final int PAIN_POINT_LIMIT = 200;
    private static final Set<String> STAGE_KEYS = Set.of("id", "name", "description", "touchpoints", "pain_points", "weight",
            "kpis");
    private static final Set<String> KPI_KEYS = Set.of("id", "label", "description", "formula", "format", "unit",
            "better", "target", "targets", "amber", "weight");

    private final YamlFields fields;
    private final TargetsReader targets;
    /** KPI id to the line of its formula, for the reference checks that follow. */
    private final Map<String, Integer> formulaLines = new HashMap<>();

    StageReader(YamlFields fields, TargetsReader targets) {
        this.fields = fields;
        this.targets = targets;
    }

    /** KPI id to the line of its formula, for every KPI read so far. */
    Map<String, Integer> formulaLines() {
        return Map.copyOf(formulaLines);
    }

    /** The stages; {@code ids} holds the ids used so far (measures) and receives the stages' and KPIs'. */
    List<Stage> stages(Value value, int parentLine, Map<String, String> ids) {
        List<Stage> out = new ArrayList<>();
        if (value == null) {
            fields.problem(parentLine, "", "\"stages\" is missing: list the journey's stages in order");
            return out;
        }
        if (!(value instanceof Seq seq) || seq.items().isEmpty()) {
            fields.problem(value.line(), "", "\"stages\" must be a list of stages, each with id, name and kpis");
            return out;
        }
        if (seq.items().size() > MAX_STAGES) {
            fields.problem(value.line(), "", "there are " + seq.items().size() + " stages; the limit is " + MAX_STAGES);
            return out;
        }
        int index = 0;
        for (Value item : seq.items()) {
            index++;
            if (!(item instanceof Map2 map)) {
                fields.problem(item.line(), "stage " + index + ": ", "expected a mapping with keys " + sorted(STAGE_KEYS));
                continue;
            }
            Stage stage = stage(map, index, ids);
            if (stage != null) {
                out.add(stage);
            }
        }
        int kpis = out.stream().mapToInt(st -> st.kpis().size()).sum();
        if (kpis > MAX_KPIS) {
            fields.problem(value.line(), "", "the stages have " + kpis + " KPIs; a journey has at most " + MAX_KPIS
                    + " (and " + MAX_STAGES + " stages): split it into two journeys");
        }
        return out;
    }

    private Stage stage(Map2 map, int index, Map<String, String> ids) {
        String id = fields.text(map, "id", null, "stage " + index + ": ");
        String ctx = "stage \"" + (id == null ? String.valueOf(index) : id) + "\": ";
        fields.unknownKeys(map, STAGE_KEYS, ctx);
        if (id != null) {
            Ids.check(fields, id, map.line(), ctx);
            Ids.claim(fields, ids, id, "the stage on line " + map.line(), map.line(), ctx);
        }
        String name = fields.text(map, "name", id == null ? null : Ids.defaultLabel(id), ctx);
        String description = fields.text(map, "description", "", ctx);
        List<String> touchpoints = fields.textList(map, "touchpoints", ctx);
        List<String> painPoints = fields.sentenceList(map, "pain_points", ctx, MAX_PAIN_POINTS, PAIN_POINT_LIMIT);
        double weight = fields.number(map, "weight", 1.0, ctx);
        checkWeight(map, weight, ctx);
        List<Kpi> kpis = kpis(map, ctx, ids);
        return id != null && name != null ? new Stage(id, name, description, touchpoints, painPoints, weight, kpis) : null;
    }

    private List<Kpi> kpis(Map2 stage, String stageCtx, Map<String, String> ids) {
        List<Kpi> out = new ArrayList<>();
        Value value = stage.entries().get("kpis");
        if (value == null || !(value instanceof Seq seq) || seq.items().isEmpty()) {
            fields.problem(value == null ? stage.line() : value.line(), stageCtx, "\"kpis\" must be a list of at least one KPI");
            return out;
        }
        if (seq.items().size() > MAX_KPIS_PER_STAGE) {
            fields.problem(value.line(), stageCtx, "there are " + seq.items().size() + " KPIs; the limit per stage is " + MAX_KPIS_PER_STAGE);
            return out;
        }
        int index = 0;
        for (Value item : seq.items()) {
            index++;
            if (!(item instanceof Map2 map)) {
                fields.problem(item.line(), stageCtx + "KPI " + index + ": ", "expected a mapping with keys " + sorted(KPI_KEYS));
                continue;
            }
            Kpi kpi = kpi(map, stageCtx, index, ids);
            if (kpi != null) {
                out.add(kpi);
            }
        }
        return out;
    }

    private Kpi kpi(Map2 map, String stageCtx, int index, Map<String, String> ids) {
        String id = fields.text(map, "id", null, stageCtx + "KPI " + index + ": ");
        String ctx = stageCtx + "KPI \"" + (id == null ? String.valueOf(index) : id) + "\": ";
        fields.unknownKeys(map, KPI_KEYS, ctx);
        if (id != null) {
            Ids.check(fields, id, map.line(), ctx);
            Ids.claim(fields, ids, id, "the KPI on line " + map.line(), map.line(), ctx);
        }
        String label = fields.text(map, "label", id == null ? "" : Ids.defaultLabel(id), ctx);
        String description = fields.text(map, "description", "", ctx);
        Expr formula = formula(map, ctx);
        if (id != null) {
            formulaLines.put(id, lineOf(map, "formula"));
        }
        ValueFormat format = fields.choice(map, "format", ValueFormat.class, ValueFormat.NUMBER, ctx);
        String unit = fields.text(map, "unit", format == ValueFormat.DURATION ? "h" : "", ctx);
        Direction better = fields.choice(map, "better", Direction.class, null, ctx);
        if (better == null && !map.entries().containsKey("better")) {
            fields.problem(map.line(), ctx, "\"better\" is missing: say higher or lower");
        }
        Double target = fields.requiredNumber(map, "target", ctx);
        if (target != null && !(target > 0)) {
            fields.problem(lineOf(map, "target"), ctx, "target must be a number greater than 0, not " + scalar(map, "target"));
        }
        double amber = fields.number(map, "amber", 0.9, ctx);
        if (!(amber > 0 && amber < 1)) {
            fields.problem(lineOf(map, "amber"), ctx, "amber must be greater than 0 and less than 1 (e.g. 0.9 = amber from 90 % of target), not "
                    + scalar(map, "amber"));
        }
        double weight = fields.number(map, "weight", 1.0, ctx);
        checkWeight(map, weight, ctx);
        List<dev.journeydash.model.TargetChange> changes = targets.changes(map, ctx);
        if (id == null || formula == null || better == null || target == null || label == null) {
            return null;
        }
        return new Kpi(id, label, description, fields.text(map, "formula", "", ctx), formula, format, unit == null ? "" : unit,
                better, target, amber, weight, changes);
    }

    private Expr formula(Map2 map, String ctx) {
        if (!map.entries().containsKey("formula")) {
            fields.problem(map.line(), ctx, "\"formula\" is missing, e.g. formula: orders / visitors");
            return null;
        }
        String text = fields.text(map, "formula", null, ctx);
        if (text == null) {
            return null;
        }
        try {
            return FormulaParser.parse(text);
        } catch (FormulaParser.FormulaSyntaxException e) {
            fields.problem(lineOf(map, "formula"), ctx, "malformed formula \"" + text + "\" " + e.getMessage());
            return null;
        }
    }

    private void checkWeight(Map2 map, double weight, String ctx) {
        if (!Double.isNaN(weight) && !(weight > 0 && weight <= 1000)) {
            fields.problem(lineOf(map, "weight"), ctx, "weight must be a number greater than 0 and at most 1000, not "
                    + scalar(map, "weight"));
        }
    }
}
