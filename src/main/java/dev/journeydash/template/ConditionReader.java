package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.Condition;
import dev.journeydash.model.Condition.Op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a source's {@code filter:} or a measure's {@code where:}: column to a value (equal) or
 * to a mapping of conditions, {@code Status: paid}, {@code Total: { ">": 0 }},
 * {@code Status: { one_of: [paid, refunded] }}.
 */
final class ConditionReader {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String OPS = Arrays.stream(Op.values()).filter(o -> o != Op.NOT_EMPTY).map(Op::word)
            .collect(Collectors.joining(", "));

    private final YamlFields fields;

    ConditionReader(YamlFields fields) {
        this.fields = fields;
    }

    /** The conditions of {@code value} (a mapping of column to condition); empty when absent. */
    List<Condition> read(Value value, String key, String ctx) {
        List<Condition> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof Map2 map)) {
            fields.problem(value.line(), ctx, "\"" + key + "\" must map columns to conditions, e.g. " + key
                    + ": { Status: paid, Total: { \">\": 0 } }");
            return out;
        }
        for (Map.Entry<String, Value> e : map.entries().entrySet()) {
            String column = e.getKey().strip();
            Value v = e.getValue();
            if (v instanceof Scalar s) {
                out.add(new Condition(column, Op.IS, List.of(s.text().strip()), Double.NaN));
            } else if (v instanceof Map2 ops) {
                conditions(column, ops, ctx).forEach(out::add);
            } else {
                fields.problem(v.line(), ctx, "the condition on \"" + column + "\" must be a value or a mapping such as { not: refunded }");
            }
        }
        return out;
    }

    private List<Condition> conditions(String column, Map2 ops, String ctx) {
        List<Condition> out = new ArrayList<>();
        for (Map.Entry<String, Value> e : ops.entries().entrySet()) {
            Op op = Op.ofWord(e.getKey().strip());
            int line = ops.keyLines().get(e.getKey());
            if (op == null || op == Op.NOT_EMPTY) {
                fields.problem(line, ctx, "unknown condition \"" + e.getKey() + "\" on \"" + column + "\"; expected one of " + OPS);
                continue;
            }
            Condition c = condition(column, op, e.getValue(), ctx);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Condition condition(String column, Op op, Value v, String ctx) {
        String on = "\"" + op.word() + "\" on \"" + column + "\"";
        if (op.numeric()) {
            String t = v instanceof Scalar s ? s.text().strip().replace("_", "") : "";
            if (!NUMBER.matcher(t).matches()) {
                fields.problem(v.line(), ctx, on + " compares numbers: " + YamlFields.describe(v) + " is not a number");
                return null;
            }
            return new Condition(column, op, List.of(), Double.parseDouble(t));
        }
        if (op == Op.EMPTY) {
            String t = v instanceof Scalar s ? s.text().strip().toLowerCase(java.util.Locale.ROOT) : "";
            if (!t.equals("true") && !t.equals("false")) {
                fields.problem(v.line(), ctx, on + " must be true or false, not " + YamlFields.describe(v));
                return null;
            }
            return new Condition(column, t.equals("true") ? Op.EMPTY : Op.NOT_EMPTY, List.of(), Double.NaN);
        }
        if (op == Op.ONE_OF || op == Op.NOT_ONE_OF) {
            List<String> values = list(v, on, ctx);
            return values == null ? null : new Condition(column, op, values, Double.NaN);
        }
        if (!(v instanceof Scalar s)) {
            fields.problem(v.line(), ctx, on + " takes one value, not " + YamlFields.describe(v)
                    + (v instanceof Seq ? "; for several, use one_of" : ""));
            return null;
        }
        return new Condition(column, op, List.of(s.text().strip()), Double.NaN);
    }

    private List<String> list(Value v, String on, String ctx) {
        List<String> out = new ArrayList<>();
        if (v instanceof Scalar s) {
            Arrays.stream(s.text().split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(out::add);
        } else if (v instanceof Seq seq) {
            for (Value item : seq.items()) {
                if (item instanceof Scalar s) {
                    out.add(s.text().strip());
                } else {
                    fields.problem(item.line(), ctx, on + " must list values, not " + YamlFields.describe(item));
                    return null;
                }
            }
        }
        if (out.isEmpty()) {
            fields.problem(v.line(), ctx, on + " needs at least one value, e.g. [paid, refunded]");
            return null;
        }
        return out;
    }
}
