package dev.journeydash.template;

import dev.journeydash.io.PeriodParser;
import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.Period;
import dev.journeydash.model.TargetChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A KPI's {@code targets:}: a mapping of period to the target from that period on (a budget),
 * {@code 2025-07: 0.03}. A period is written as data files write one ({@link PeriodParser}); a
 * coarser one starts with its first day (a quarter in a monthly journey is its first month), a
 * finer one counts as the period it falls in; a week does not fit a monthly or quarterly journey.
 */
final class TargetsReader {
    private final YamlFields fields;
    private final Granularity granularity;
    private final DateOrder order;

    /** @param order how the template's nn/nn/yyyy periods are read: month-first, else day-first */
    TargetsReader(YamlFields fields, Granularity granularity, DateOrder order) {
        this.fields = fields;
        this.granularity = granularity;
        this.order = order;
    }

    /** The changes under {@code kpi}'s {@code targets:}, oldest first; empty when it has none (problems in {@code fields}). */
    List<TargetChange> changes(Map2 kpi, String ctx) {
        Value v = kpi.entries().get("targets");
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof Map2 map)) {
            fields.problem(v.line(), ctx, "\"targets\" must be a mapping of period to target, e.g. targets: { 2025-07: 0.03 },"
                    + " not " + YamlFields.describe(v));
            return List.of();
        }
        String inner = ctx + "targets: ";
        Map<Period, String> keyOf = new TreeMap<>();
        List<TargetChange> out = new ArrayList<>();
        for (String key : map.entries().keySet()) {
            int line = map.keyLines().get(key);
            Period p = period(key, line, inner);
            double value = fields.number(map, key, Double.NaN, inner);
            if (!Double.isNaN(value) && !(value > 0)) {
                fields.problem(line, inner, "the target of \"" + key + "\" must be a number greater than 0, not "
                        + YamlFields.scalar(map, key));
                continue;
            }
            if (p == null || Double.isNaN(value)) {
                continue;
            }
            String first = keyOf.putIfAbsent(p, key);
            if (first != null) {
                fields.problem(line, inner, "\"" + key + "\" and \"" + first + "\" are both " + p.label() + "; keep one");
                continue;
            }
            out.add(new TargetChange(p, value));
        }
        out.sort(null);
        return out;
    }

    private Period period(String key, int line, String ctx) {
        PeriodParser.Parsed parsed = PeriodParser.parse(key, order);
        if (parsed == null) {
            fields.problem(line, ctx, dev.journeydash.model.InputException.quoted(key) + " is not a period; expected "
                    + PeriodParser.EXPECTED);
            return null;
        }
        String misfit = PeriodParser.misfitStart(parsed, key, granularity);
        if (misfit != null) {
            fields.problem(line, ctx, misfit);
            return null;
        }
        return new Period(parsed.date(), granularity);
    }
}
