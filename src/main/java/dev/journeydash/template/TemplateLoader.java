package dev.journeydash.template;

import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Expr;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;
import dev.journeydash.model.ValueFormat;
import dev.journeydash.template.YamlNodes.Map2;
import dev.journeydash.template.YamlNodes.Scalar;
import dev.journeydash.template.YamlNodes.Seq;
import dev.journeydash.template.YamlNodes.Value;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates a journey template (YAML). All problems found are reported together,
 * each naming the file, the line, the stage and KPI concerned, and what was valid.
 */
public final class TemplateLoader {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int MAX_STAGES = 12;
    private static final int MAX_KPIS_PER_STAGE = 12;
    private static final int MAX_MEASURES = 200;

    private static final Set<String> JOURNEY_KEYS = Set.of("name", "client", "description", "period", "currency", "decimal",
            "date_order", "measures", "stages", "funnel");
    /** Longest label, name or description accepted. */
    static final int TEXT_LIMIT = 500;
    /** Longest measure label or column name: they head Data-table columns, which Excel caps at 255 characters. */
    static final int HEADER_LIMIT = 255;
    private static final Set<String> MEASURE_KEYS = Set.of("label", "format", "aggregation", "columns");
    private static final Set<String> STAGE_KEYS = Set.of("id", "name", "description", "touchpoints", "weight", "kpis");
    private static final Set<String> KPI_KEYS = Set.of("id", "label", "description", "formula", "format", "unit",
            "better", "target", "amber", "weight");
    private static final Set<String> FUNNEL_KEYS = Set.of("measure", "label");

    private final String file;
    private final List<InputException.Problem> problems = new ArrayList<>();
    private final Map<String, Integer> formulaLines = new HashMap<>();

    private TemplateLoader(String file) {
        this.file = file;
    }

    /** Loads the template at {@code path}; errors name the file as given. */
    public static Journey load(Path path) throws InputException {
        String name = path.toString();
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > YamlNodes.MAX_CHARS * 4L) {
                throw InputException.of(name, "the file is %,d bytes; a template is at most %,d characters",
                        size, YamlNodes.MAX_CHARS);
            }
            bytes = Files.readAllBytes(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.of(name, "the template file does not exist");
        } catch (IOException e) {
            throw InputException.of(name, "cannot read the template: %s", e.getMessage());
        }
        return parse(name, decode(name, bytes));
    }

    /** Parses template text; {@code file} is used in messages only. */
    public static Journey parse(String file, String text) throws InputException {
        TemplateLoader loader = new TemplateLoader(file);
        Value root = YamlNodes.parse(file, text);
        Journey journey = loader.journey(root);
        if (!loader.problems.isEmpty()) {
            throw new InputException(loader.problems);
        }
        return journey;
    }

    private static String decode(String file, byte[] bytes) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw InputException.of(file, "this is a binary file (it contains NUL bytes), not a YAML template");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(file, bytes, start);
        }
    }

    /** Names the line of the first byte that is not UTF-8, and that byte. */
    private static InputException notUtf8(String file, byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
        int at = Math.min(in.position(), bytes.length - 1);
        int line = 1;
        for (int i = start; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new InputException(new InputException.Problem(file, line, null, String.format(
                "the template is not UTF-8 text (byte 0x%02X); save it as UTF-8", bytes[at] & 0xff)));
    }

    // ---- journey ---------------------------------------------------------------------------

    private Journey journey(Value root) {
        if (!(root instanceof Map2 map)) {
            problem(root.line(), "", "the template must be a mapping with keys " + sorted(JOURNEY_KEYS));
            return null;
        }
        unknownKeys(map, JOURNEY_KEYS, "");
        String name = text(map, "name", null, "");
        String client = text(map, "client", "", "");
        String description = text(map, "description", "", "");
        Granularity period = choice(map, "period", Granularity.class, Granularity.MONTH, "");
        String currency = text(map, "currency", "$", "");

        List<Measure> measures = measures(map.entries().get("measures"), map.line());
        Map<String, String> ids = new HashMap<>();
        if (map.entries().get("measures") instanceof Map2 declared) {
            measures.forEach(m -> ids.put(m.id(), "the measure on line " + declared.keyLines().get(m.id())));
        }
        List<Stage> stages = stages(map.entries().get("stages"), map.line(), ids);
        List<FunnelStep> funnel = funnel(map.entries().get("funnel"), measures);
        if (!problems.isEmpty() || name == null) {
            return null;
        }
        Journey journey = new Journey(name, client, description, period, currency, measures, stages, funnel,
                decimal(map), dateOrder(map));
        checkReferences(journey, map);
        return journey;
    }

    private List<Measure> measures(Value value, int parentLine) {
        List<Measure> out = new ArrayList<>();
        if (value == null) {
            problem(parentLine, "", "\"measures\" is missing: list the raw numbers of the data, e.g. visitors: { label: Unique visitors }");
            return out;
        }
        if (!(value instanceof Map2 map) || map.entries().isEmpty()) {
            problem(value.line(), "", "\"measures\" must be a mapping of measure id to { label, format, aggregation }");
            return out;
        }
        if (map.entries().size() > MAX_MEASURES) {
            problem(value.line(), "", "there are " + map.entries().size() + " measures; the limit is " + MAX_MEASURES);
            return out;
        }
        for (Map.Entry<String, Value> e : map.entries().entrySet()) {
            String id = e.getKey();
            int line = map.keyLines().get(id);
            String ctx = "measure \"" + id + "\": ";
            checkId(id, line, ctx);
            Value v = e.getValue();
            String label = defaultLabel(id);
            ValueFormat format = ValueFormat.INTEGER;
            Measure.Aggregation agg = Measure.Aggregation.SUM;
            List<String> columns = List.of();
            if (v instanceof Map2 m) {
                unknownKeys(m, MEASURE_KEYS, ctx);
                label = text(m, "label", label, ctx);
                Value given = m.entries().get("label");
                if (label != null && given != null && tooLong(label, HEADER_LIMIT, given.line(), ctx, "the label")) {
                    label = null;
                }
                format = choice(m, "format", ValueFormat.class, format, ctx);
                agg = choice(m, "aggregation", Measure.Aggregation.class, agg, ctx);
                columns = columnNames(m, ctx);
            } else if (v instanceof Scalar s && !s.text().isEmpty()) {
                label = tooLong(s.text().strip(), HEADER_LIMIT, v.line(), ctx, "the label") ? null : s.text().strip();
            } else if (!(v instanceof Scalar)) {
                problem(v.line(), ctx, "expected a label or a mapping { label, format, aggregation }");
            }
            out.add(new Measure(id, label == null ? id : label, format, agg, columns));
        }
        return out;
    }

    private List<Stage> stages(Value value, int parentLine, Map<String, String> ids) {
        List<Stage> out = new ArrayList<>();
        if (value == null) {
            problem(parentLine, "", "\"stages\" is missing: list the journey's stages in order");
            return out;
        }
        if (!(value instanceof Seq seq) || seq.items().isEmpty()) {
            problem(value.line(), "", "\"stages\" must be a list of stages, each with id, name and kpis");
            return out;
        }
        if (seq.items().size() > MAX_STAGES) {
            problem(value.line(), "", "there are " + seq.items().size() + " stages; the limit is " + MAX_STAGES);
            return out;
        }
        int index = 0;
        for (Value item : seq.items()) {
            index++;
            if (!(item instanceof Map2 map)) {
                problem(item.line(), "stage " + index + ": ", "expected a mapping with keys " + sorted(STAGE_KEYS));
                continue;
            }
            String id = text(map, "id", null, "stage " + index + ": ");
            String ctx = "stage \"" + (id == null ? String.valueOf(index) : id) + "\": ";
            unknownKeys(map, STAGE_KEYS, ctx);
            if (id != null) {
                checkId(id, map.line(), ctx);
                duplicateId(ids, id, "the stage on line " + map.line(), map.line(), ctx);
            }
            String name = text(map, "name", id == null ? null : defaultLabel(id), ctx);
            String description = text(map, "description", "", ctx);
            List<String> touchpoints = textList(map, "touchpoints", ctx);
            double weight = number(map, "weight", 1.0, ctx);
            checkWeight(map, weight, ctx);
            List<Kpi> kpis = kpis(map, ctx, ids);
            if (id != null && name != null) {
                out.add(new Stage(id, name, description, touchpoints, weight, kpis));
            }
        }
        return out;
    }

    private List<Kpi> kpis(Map2 stage, String stageCtx, Map<String, String> ids) {
        List<Kpi> out = new ArrayList<>();
        Value value = stage.entries().get("kpis");
        if (value == null || !(value instanceof Seq seq) || seq.items().isEmpty()) {
            problem(value == null ? stage.line() : value.line(), stageCtx, "\"kpis\" must be a list of at least one KPI");
            return out;
        }
        if (seq.items().size() > MAX_KPIS_PER_STAGE) {
            problem(value.line(), stageCtx, "there are " + seq.items().size() + " KPIs; the limit per stage is " + MAX_KPIS_PER_STAGE);
            return out;
        }
        int index = 0;
        for (Value item : seq.items()) {
            index++;
            if (!(item instanceof Map2 map)) {
                problem(item.line(), stageCtx + "KPI " + index + ": ", "expected a mapping with keys " + sorted(KPI_KEYS));
                continue;
            }
            String id = text(map, "id", null, stageCtx + "KPI " + index + ": ");
            String ctx = stageCtx + "KPI \"" + (id == null ? String.valueOf(index) : id) + "\": ";
            unknownKeys(map, KPI_KEYS, ctx);
            if (id != null) {
                checkId(id, map.line(), ctx);
                duplicateId(ids, id, "the KPI on line " + map.line(), map.line(), ctx);
            }
            String label = text(map, "label", id == null ? "" : defaultLabel(id), ctx);
            String description = text(map, "description", "", ctx);
            Expr formula = formula(map, ctx);
            if (id != null) {
                formulaLines.put(id, lineOf(map, "formula"));
            }
            ValueFormat format = choice(map, "format", ValueFormat.class, ValueFormat.NUMBER, ctx);
            String unit = text(map, "unit", format == ValueFormat.DURATION ? "h" : "", ctx);
            Direction better = choice(map, "better", Direction.class, null, ctx);
            if (better == null && !map.entries().containsKey("better")) {
                problem(map.line(), ctx, "\"better\" is missing: say higher or lower");
            }
            Double target = requiredNumber(map, "target", ctx);
            if (target != null && !(target > 0)) {
                problem(lineOf(map, "target"), ctx, "target must be a number greater than 0, not " + scalar(map, "target"));
            }
            double amber = number(map, "amber", 0.9, ctx);
            if (!(amber > 0 && amber < 1)) {
                problem(lineOf(map, "amber"), ctx, "amber must be greater than 0 and less than 1 (e.g. 0.9 = amber from 90 % of target), not " + scalar(map, "amber"));
            }
            double weight = number(map, "weight", 1.0, ctx);
            checkWeight(map, weight, ctx);
            if (id != null && formula != null && better != null && target != null && label != null) {
                out.add(new Kpi(id, label, description, text(map, "formula", "", ctx), formula, format, unit == null ? "" : unit, better,
                        target, amber, weight));
            }
        }
        return out;
    }

    private Expr formula(Map2 map, String ctx) {
        if (!map.entries().containsKey("formula")) {
            problem(map.line(), ctx, "\"formula\" is missing, e.g. formula: orders / visitors");
            return null;
        }
        String text = text(map, "formula", null, ctx);
        if (text == null) {
            return null;
        }
        try {
            return FormulaParser.parse(text);
        } catch (FormulaParser.FormulaSyntaxException e) {
            problem(lineOf(map, "formula"), ctx, "malformed formula \"" + text + "\" " + e.getMessage());
            return null;
        }
    }

    private List<FunnelStep> funnel(Value value, List<Measure> measures) {
        List<FunnelStep> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof Seq seq)) {
            problem(value.line(), "", "\"funnel\" must be a list of volume measures, widest first");
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
                unknownKeys(m, FUNNEL_KEYS, "funnel: ");
                id = text(m, "measure", null, "funnel: ");
                label = text(m, "label", null, "funnel: ");
            } else {
                problem(item.line(), "funnel: ", "expected a measure id or { measure, label }");
                continue;
            }
            if (id == null || byId.isEmpty()) {
                continue;
            }
            Measure m = byId.get(id);
            if (m == null) {
                problem(item.line(), "funnel: ", "unknown measure \"" + id + "\"; known measures: " + String.join(", ", byId.keySet()));
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
            return tooLong(s.text().strip(), HEADER_LIMIT, v.line(), ctx, "an entry of \"columns\"") ? List.of()
                    : List.of(s.text().strip());
        }
        List<String> out = new ArrayList<>();
        if (v instanceof Seq seq) {
            for (Value item : seq.items()) {
                if (item instanceof Scalar s && !s.text().isBlank()) {
                    if (!tooLong(s.text().strip(), HEADER_LIMIT, item.line(), ctx, "an entry of \"columns\"")) {
                        out.add(s.text().strip());
                    }
                } else {
                    problem(item.line(), ctx, "\"columns\" must list header names as text");
                }
            }
            return out;
        }
        problem(v.line(), ctx, "\"columns\" must be a header name or a list of header names");
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
            problem(v.line(), "", "\"decimal\" must be \".\" or \",\" (in quotes), not " + describe(v));
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
            problem(v.line(), "", "\"date_order\" must be day-first (31/01/2025) or month-first (01/31/2025), not "
                    + describe(v));
            return DateOrder.DETECT;
        }
        return order;
    }

    // ---- cross-references ------------------------------------------------------------------

    private void checkReferences(Journey journey, Map2 root) {
        Set<String> measureIds = journey.measures().stream().map(Measure::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        Map<String, String> stageOf = new HashMap<>();
        journey.stages().forEach(s -> s.kpis().forEach(k -> {
            kpis.put(k.id(), k);
            stageOf.put(k.id(), s.id());
        }));
        int line = lineOf(root, "stages");
        for (Kpi k : journey.kpis().toList()) {
            String ctx = "stage \"" + stageOf.get(k.id()) + "\": KPI \"" + k.id() + "\": ";
            Set<String> unknown = new LinkedHashSet<>();
            k.formula().forEachRef((id, lag) -> {
                if (!measureIds.contains(id) && !kpis.containsKey(id)) {
                    unknown.add(id);
                }
            });
            for (String id : unknown) {
                problem(formulaLines.getOrDefault(k.id(), line), ctx, "unknown measure \"" + id + "\" in the formula; known measures: "
                        + String.join(", ", measureIds) + (kpis.isEmpty() ? "" : "; known KPIs: " + String.join(", ", kpis.keySet())));
            }
        }
        // cycles through same-period KPI references (prev() breaks a cycle: it reads another row)
        Map<String, Integer> state = new HashMap<>();
        for (String id : kpis.keySet()) {
            List<String> path = new ArrayList<>();
            if (cycle(id, kpis, state, path)) {
                String start = path.get(path.size() - 1);
                List<String> loop = path.subList(path.indexOf(start), path.size());
                problem(formulaLines.getOrDefault(start, line), "stage \"" + stageOf.get(start) + "\": KPI \"" + start + "\": ",
                        "the formulas refer to each other in a cycle: " + String.join(" -> ", loop)
                        + "; use prev(...) where a formula means the previous period's value");
                return;
            }
        }
    }

    private static boolean cycle(String id, Map<String, Kpi> kpis, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(id);
        if (s != null) {
            if (s == 1) {
                path.add(id);
            }
            return s == 1;
        }
        path.add(id);
        state.put(id, 1);
        List<String> deps = new ArrayList<>();
        kpis.get(id).formula().forEachRef((ref, lag) -> {
            if (lag == 0 && kpis.containsKey(ref)) {
                deps.add(ref);
            }
        });
        for (String d : deps) {
            if (cycle(d, kpis, state, path)) {
                return true;
            }
        }
        state.put(id, 2);
        path.remove(path.size() - 1);
        return false;
    }

    // ---- scalar helpers --------------------------------------------------------------------

    private void unknownKeys(Map2 map, Set<String> known, String ctx) {
        for (String key : map.entries().keySet()) {
            if (!known.contains(key)) {
                problem(map.keyLines().get(key), ctx, "unknown key \"" + key + "\"; expected one of " + sorted(known));
            }
        }
    }

    private String text(Map2 map, String key, String fallback, String ctx) {
        Value v = map.entries().get(key);
        if (v == null) {
            if (fallback == null) {
                problem(map.line(), ctx, "\"" + key + "\" is missing");
            }
            return fallback;
        }
        if (!(v instanceof Scalar s)) {
            problem(v.line(), ctx, "\"" + key + "\" must be text, not a list or mapping");
            return fallback;
        }
        String t = s.text().strip();
        if (t.isEmpty() && fallback == null) {
            problem(v.line(), ctx, "\"" + key + "\" is empty");
            return null;
        }
        if (tooLong(t, TEXT_LIMIT, v.line(), ctx, "\"" + key + "\"")) {
            return fallback;
        }
        return t.isEmpty() ? fallback : t;
    }

    private List<String> textList(Map2 map, String key, String ctx) {
        Value v = map.entries().get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof Scalar s) {
            Arrays.stream(s.text().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .filter(t -> !tooLong(t, TEXT_LIMIT, v.line(), ctx, "an entry of \"" + key + "\"")).forEach(out::add);
        } else if (v instanceof Seq seq) {
            for (Value item : seq.items()) {
                if (item instanceof Scalar s && !s.text().isBlank()) {
                    if (!tooLong(s.text().strip(), TEXT_LIMIT, item.line(), ctx, "an entry of \"" + key + "\"")) {
                        out.add(s.text().strip());
                    }
                } else {
                    problem(item.line(), ctx, "\"" + key + "\" must be a list of names");
                }
            }
        } else {
            problem(v.line(), ctx, "\"" + key + "\" must be a list of names");
        }
        return out;
    }

    private Double requiredNumber(Map2 map, String key, String ctx) {
        if (!map.entries().containsKey(key)) {
            problem(map.line(), ctx, "\"" + key + "\" is missing: give a number");
            return null;
        }
        double d = number(map, key, Double.NaN, ctx);
        return Double.isNaN(d) ? null : d;
    }

    private double number(Map2 map, String key, double fallback, String ctx) {
        Value v = map.entries().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Scalar s) {
            String t = s.text().strip().replace("_", "");
            boolean percent = t.endsWith("%");
            if (percent) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (DECIMAL.matcher(t).matches()) {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d)) {
                    return percent ? d / 100 : d;
                }
            }
        }
        problem(v.line(), ctx, "\"" + key + "\" must be a number, not " + describe(v));
        return Double.NaN;
    }

    private void checkWeight(Map2 map, double weight, String ctx) {
        if (!Double.isNaN(weight) && !(weight > 0 && weight <= 1000)) {
            problem(lineOf(map, "weight"), ctx, "weight must be a number greater than 0 and at most 1000, not "
                    + scalar(map, "weight"));
        }
    }

    private <E extends Enum<E>> E choice(Map2 map, String key, Class<E> type, E fallback, String ctx) {
        Value v = map.entries().get(key);
        if (v == null) {
            return fallback;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (v instanceof Scalar s) {
            for (E c : type.getEnumConstants()) {
                if (c.name().equalsIgnoreCase(s.text().strip())) {
                    return c;
                }
            }
        }
        problem(v.line(), ctx, "\"" + key + "\" must be one of " + allowed + ", not " + describe(v));
        return fallback;
    }

    private void duplicateId(Map<String, String> ids, String id, String where, int line, String ctx) {
        String first = ids.putIfAbsent(id, where);
        if (first != null) {
            problem(line, ctx, "duplicate id \"" + id + "\", already used by " + first
                    + "; ids must be unique across measures, stages and KPIs");
        }
    }

    private void checkId(String id, int line, String ctx) {
        if (!ID.matcher(id).matches()) {
            problem(line, ctx, "\"" + id + "\" is not a valid id: use lower-case letters, digits and _, starting with a letter");
        }
    }

    private static int lineOf(Map2 map, String key) {
        Integer l = map.keyLines().get(key);
        return l == null ? map.line() : l;
    }

    private static String scalar(Map2 map, String key) {
        Value v = map.entries().get(key);
        return v == null ? "the default" : describe(v);
    }

    /** Reports {@code what} (e.g. "the label") on {@code line} if {@code text} is over {@code limit} characters. */
    private boolean tooLong(String text, int limit, int line, String ctx, String what) {
        if (text.length() <= limit) {
            return false;
        }
        problem(line, ctx, what + " is " + String.format("%,d", text.length()) + " characters long; the limit is " + limit);
        return true;
    }

    /** A value as messages quote it: scalars in quotes, cut short when long. */
    private static String describe(Value v) {
        if (!(v instanceof Scalar s)) {
            return v instanceof Seq ? "a list" : "a mapping";
        }
        return InputException.quoted(s.text());
    }

    private static String defaultLabel(String id) {
        String s = id.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String sorted(Set<String> keys) {
        return keys.stream().sorted().collect(Collectors.joining(", "));
    }

    private void problem(int line, String ctx, String message) {
        if (problems.size() < InputException.MAX_PROBLEMS) {
            problems.add(new InputException.Problem(file, line, null, ctx + message));
        }
    }
}
