package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.Condition;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceDate;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.SourceMeasure.How;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.journeydash.io.YamlFields.describe;
import static dev.journeydash.io.YamlFields.sorted;

/**
 * Reads a template's {@code sources:}: each source's file, preset, date column, preamble, row
 * kind, filter and measures (see docs/template-format.md). A preset's settings are merged in
 * first, key by key; the template's keys win, its measures replace the preset's by id.
 */
final class SourceReader {
    static final Set<String> SOURCE_KEYS = Set.of("name", "file", "preset", "date", "skip", "rows", "filter", "measures");
    private static final Set<String> DATE_KEYS = Set.of("column", "format", "time_zone", "start", "value");
    private static final String AGGREGATIONS = Arrays.stream(How.values()).map(How::word).collect(Collectors.joining(", "));
    private static final int MAX_SOURCES = 20;

    /**
     * The sources and the measures they define.
     *
     * @param sources  in template order
     * @param measures measure id to its definition (label and format from the preset, else defaults), in source order
     */
    record Read(List<Source> sources, Map<String, Measure> measures) { }

    private final YamlFields fields;
    private final Path folder;
    private final ConditionReader conditions;
    private final SqlSourceReader sql;

    /** @param folder the template's folder, against which source files are resolved; null for the working folder */
    SourceReader(YamlFields fields, Path folder) {
        this.fields = fields;
        this.folder = folder;
        this.conditions = new ConditionReader(fields);
        this.sql = new SqlSourceReader(fields, this);
    }

    Read read(Value value) {
        List<Source> sources = new ArrayList<>();
        Map<String, Measure> measures = new LinkedHashMap<>();
        if (value == null) {
            return new Read(sources, measures);
        }
        if (!(value instanceof Seq seq) || seq.items().isEmpty()) {
            fields.problem(value.line(), "", "\"sources\" must be a list of sources, each with file, date and measures");
            return new Read(sources, measures);
        }
        if (seq.items().size() > MAX_SOURCES) {
            fields.problem(value.line(), "", "there are " + seq.items().size() + " sources; the limit is " + MAX_SOURCES);
            return new Read(sources, measures);
        }
        Map<String, String> definedBy = new LinkedHashMap<>();
        int index = 0;
        for (Value item : seq.items()) {
            index++;
            if (!(item instanceof Map2 map)) {
                fields.problem(item.line(), "source " + index + ": ", "expected a mapping with keys " + sorted(SOURCE_KEYS));
                continue;
            }
            Source s = SqlSourceReader.isSql(map) ? sql.read(map, index, measures) : source(map, index, measures);
            if (s == null) {
                continue;
            }
            if (sources.stream().anyMatch(o -> o.name().equals(s.name()))) {
                fields.problem(map.line(), "source \"" + s.name() + "\": ", "another source has the same name; give one a name: key");
            }
            for (SourceMeasure m : s.measures()) {
                String first = definedBy.putIfAbsent(m.measure(), "source \"" + s.name() + "\" (line " + s.line() + ")");
                if (first != null) {
                    fields.problem(s.line(), "source \"" + s.name() + "\": ", "measure \"" + m.measure() + "\" is defined by "
                            + first + " already; a measure comes from one source");
                }
            }
            sources.add(s);
        }
        return new Read(sources, measures);
    }

    /** One source; the measures it defines go to {@code measures} (first definition wins). */
    private Source source(Map2 given, int index, Map<String, Measure> measures) {
        String presetName = fields.text(given, "preset", "", "source " + index + ": ");
        Preset preset = presetName.isEmpty() ? null : Presets.find(presetName);
        if (!presetName.isEmpty() && preset == null) {
            fields.problem(YamlFields.lineOf(given, "preset"), "source " + index + ": ", "unknown preset \"" + presetName
                    + "\"; known presets: " + (Presets.names().isEmpty() ? "none" : String.join(", ", Presets.names())));
        }
        Map2 map = preset == null ? given : preset.mergeInto(given);
        String file = fields.text(map, "file", null, "source " + index + ": ");
        String name = fields.text(map, "name", defaultName(preset, file), "source " + index + ": ");
        String ctx = "source \"" + (name == null ? String.valueOf(index) : name) + "\": ";
        fields.unknownKeys(map, SOURCE_KEYS, ctx);
        if (name != null) {
            Ids.check(fields, name, given.line(), ctx);
        }
        SourceDate date = date(map, ctx);
        int skip = skip(map, ctx);
        List<Condition> filter = conditions.read(map.entries().get("filter"), "filter", ctx);
        List<SourceMeasure> rules = measures(map, ctx, preset, measures);
        Source.RowKind rows = rows(map, rules, ctx);
        columnKinds(filter, rules, map.line(), ctx);
        if (file == null || name == null || date == null || rules.isEmpty() || rows == null) {
            return null;
        }
        return new Source(name, resolve(file), preset == null ? null : preset.name(), date, skip, rows, filter, rules,
                given.line(), preset == null ? List.of() : preset.detect());
    }

    /** A column is read as a number (aggregated, or compared with > ...) or as text, not both. */
    private void columnKinds(List<Condition> filter, List<SourceMeasure> rules, int line, String ctx) {
        Map<String, String> number = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        java.util.function.BiConsumer<String, Boolean> use = (column, numeric) ->
                (numeric ? number : text).putIfAbsent(dev.journeydash.model.KeptRows.normalise(column), column);
        filter.stream().filter(c -> c.op().numeric() || c.op().textual()).forEach(c -> use.accept(c.column(), c.op().numeric()));
        for (SourceMeasure r : rules) {
            if (r.column() != null) {
                use.accept(r.column(), r.how().numeric());
            }
            r.where().stream().filter(c -> c.op().numeric() || c.op().textual()).forEach(c -> use.accept(c.column(), c.op().numeric()));
        }
        number.forEach((key, column) -> {
            if (text.containsKey(key)) {
                fields.problem(line, ctx, "column \"" + column + "\" is read as a number (summed, averaged, or compared with "
                        + "\">\", \"<\"...) and compared as text too; compare it with numbers, or use another column");
            }
        });
    }

    /** The template's folder, null for the working folder. */
    String folder() {
        return folder == null ? null : folder.toString();
    }

    String resolve(String file) {
        if (folder == null || Path.of(file).isAbsolute()) {
            return file;
        }
        return folder.resolve(file).normalize().toString();
    }

    private static String defaultName(Preset preset, String file) {
        if (preset != null) {
            return preset.name().replace('-', '_');
        }
        if (file == null) {
            return null;
        }
        String base = Path.of(file).getFileName().toString().replaceAll("\\.[^.]*$", "");
        String id = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "source_" + id : id;
    }

    private SourceDate date(Map2 map, String ctx) {
        Value v = map.entries().get("date");
        if (v == null) {
            fields.problem(map.line(), ctx, "\"date\" is missing: name the column that dates each row, e.g. date: Created at");
            return null;
        }
        if (v instanceof Scalar s && !s.text().isBlank()) {
            return SourceDate.column(s.text().strip());
        }
        if (!(v instanceof Map2 d)) {
            fields.problem(v.line(), ctx, "\"date\" must be a column name or a mapping with keys " + sorted(DATE_KEYS));
            return null;
        }
        fields.unknownKeys(d, DATE_KEYS, ctx + "date: ");
        return DateReader.read(fields, d, ctx + "date: ");
    }

    private int skip(Map2 map, String ctx) {
        if (!map.entries().containsKey("skip")) {
            return -1;
        }
        double n = fields.number(map, "skip", -1, ctx);
        if (!Double.isNaN(n) && (n < 0 || n > 1000 || n != Math.rint(n))) {
            fields.problem(YamlFields.lineOf(map, "skip"), ctx, "\"skip\" must be a whole number of lines from 0 to 1000, not "
                    + YamlFields.scalar(map, "skip"));
        }
        return Double.isNaN(n) ? -1 : (int) n;
    }

    private Source.RowKind rows(Map2 map, List<SourceMeasure> rules, String ctx) {
        boolean counts = rules.stream().anyMatch(r -> r.how().counts());
        return fields.choice(map, "rows", Source.RowKind.class, counts ? Source.RowKind.EVENTS : Source.RowKind.TOTALS, ctx);
    }

    List<SourceMeasure> measures(Map2 map, String ctx, Preset preset, Map<String, Measure> measures) {
        List<SourceMeasure> out = new ArrayList<>();
        Value v = map.entries().get("measures");
        if (!(v instanceof Map2 m) || m.entries().isEmpty()) {
            fields.problem(v == null ? map.line() : v.line(), ctx, "\"measures\" must map measure ids to how each is computed, "
                    + "e.g. measures: { orders: { count_distinct: Name }, revenue: { sum: Total } }");
            return out;
        }
        for (Map.Entry<String, Value> e : m.entries().entrySet()) {
            String id = e.getKey();
            int line = m.keyLines().get(id);
            Ids.check(fields, id, line, ctx);
            SourceMeasure rule = rule(id, e.getValue(), ctx + "measure \"" + id + "\": ");
            if (rule != null) {
                out.add(rule);
                Measure defined = preset == null ? null : preset.measure(id);
                measures.putIfAbsent(id, defined != null ? defined
                        : new Measure(id, Ids.defaultLabel(id), dev.journeydash.model.ValueFormat.INTEGER, Measure.Aggregation.SUM));
            }
        }
        return out;
    }

    private SourceMeasure rule(String id, Value v, String ctx) {
        if (v instanceof Scalar s && s.text().strip().equals("count")) {
            return new SourceMeasure(id, How.COUNT, null, List.of());
        }
        if (!(v instanceof Map2 m)) {
            fields.problem(v.line(), ctx, "expected count or a mapping such as { sum: Total } (" + AGGREGATIONS + ")");
            return null;
        }
        How how = null;
        String column = null;
        boolean reported = false;
        for (Map.Entry<String, Value> e : m.entries().entrySet()) {
            if (e.getKey().equals("where")) {
                continue;
            }
            How h = How.ofWord(e.getKey());
            if (h == null || how != null) {
                fields.problem(m.keyLines().get(e.getKey()), ctx, how != null && h != null
                        ? "give one aggregation, not " + how.word() + " and " + h.word()
                        : "unknown key \"" + e.getKey() + "\"; expected one of " + AGGREGATIONS + ", where");
                reported = true;
                continue;
            }
            how = h;
            column = e.getValue() instanceof Scalar s ? s.text().strip() : null;
            if (column == null || column.isEmpty()) {
                fields.problem(e.getValue().line(), ctx, "\"" + h.word() + "\" must name a column, not " + describe(e.getValue()));
                return null;
            }
        }
        if (how == null) {
            if (!reported) {
                fields.problem(m.line(), ctx, "say how the measure is computed: one of " + AGGREGATIONS);
            }
            return null;
        }
        if (how == How.COUNT) {
            if (!column.equalsIgnoreCase("rows")) {
                fields.problem(m.keyLines().get("count"), ctx, "count counts rows: write count: rows (or count_distinct: "
                        + column + " for distinct values)");
                return null;
            }
            column = null;
        }
        return new SourceMeasure(id, how, column, conditions.read(m.entries().get("where"), "where", ctx));
    }
}
