package dev.journeydash.batch;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.InputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML manifest's clients: {@code clients:} a list of entries with the fields of
 * {@link ManifestReader#FIELDS} (or the list alone at the top), and optionally {@code defaults:}
 * with the template, data, brand and lang that entries leave out. An entry's {@code data:} is a
 * file, or a mapping of the template's source names to files.
 */
final class YamlManifest {
    /** What {@code defaults:} may give. */
    static final Set<String> DEFAULTS = new LinkedHashSet<>(List.of("template", "data", "brand", "lang", "params"));
    /** Longest text of a field. */
    static final int TEXT_LIMIT = 4_096;

    private YamlManifest() { }

    static List<ManifestEntry> entries(String file, String text) throws InputException {
        Value root = YamlNodes.parse(file, text, "manifest");
        YamlFields fields = new YamlFields(file, TEXT_LIMIT);
        Seq clients;
        ManifestEntry defaults = null;
        if (root instanceof Seq s) {
            clients = s;
        } else if (root instanceof Map2 m) {
            fields.unknownKeys(m, Set.of("clients", "defaults"), "");
            Value d = m.entries().get("defaults");
            if (d instanceof Map2 dm) {
                defaults = entry(fields, dm, DEFAULTS, "defaults: ");
            } else if (d != null) {
                fields.problem(d.line(), "", "\"defaults\" must be a mapping of " + YamlFields.sorted(DEFAULTS));
            }
            Value c = m.entries().get("clients");
            if (c instanceof Seq cs) {
                clients = cs;
            } else {
                fields.problem(c == null ? m.line() : c.line(), "", c == null ? "\"clients\" is missing: list the clients under it"
                        : "\"clients\" must be a list of entries, one per client");
                clients = new Seq(List.of(), 0);
            }
        } else {
            throw InputException.of(file, "the manifest must be a list of clients, or a mapping with clients: (and defaults:)");
        }
        List<ManifestEntry> entries = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(ManifestReader.FIELDS);
        known.add("params");
        for (Value item : clients.items()) {
            if (item instanceof Map2 m) {
                entries.add(withDefaults(entry(fields, m, known, "client on line " + m.line() + ": "), defaults));
            } else {
                fields.problem(item.line(), "", "a client is a mapping (client:, template:, data:...), not "
                        + YamlFields.describe(item));
            }
        }
        fields.throwIfAny();
        return entries;
    }

    private static ManifestEntry entry(YamlFields fields, Map2 m, Set<String> known, String ctx) {
        fields.unknownKeys(m, known, ctx);
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : known) {
            Value v = m.entries().get(key);
            if (v == null) {
                continue;
            }
            lines.put(key, v.line());
            if (key.equals("params")) {
                params(fields, v, ctx, params);
                continue;
            }
            if (key.equals("data") && v instanceof Map2 dm) {
                for (Map.Entry<String, Value> s : dm.entries().entrySet()) {
                    if (s.getValue() instanceof Scalar file && !file.text().isBlank()) {
                        sources.put(s.getKey(), file.text().strip());
                    } else {
                        fields.problem(s.getValue().line(), ctx, "data: source \"" + s.getKey() + "\" must name a file");
                    }
                }
                continue;
            }
            String text = fields.text(m, key, "", ctx);
            if (text != null && !text.isEmpty()) {
                values.put(key, text);
            }
        }
        return new ManifestEntry(m.line(), values, lines, sources, params);
    }

    /** A client's {@code params:}: parameter name to one value each. */
    private static void params(YamlFields fields, Value v, String ctx, Map<String, String> params) {
        if (!(v instanceof Map2 pm)) {
            fields.problem(v.line(), ctx, "params: must map the SQL sources' parameter names to values, e.g. "
                    + "params: { region: EU }");
            return;
        }
        for (Map.Entry<String, Value> p : pm.entries().entrySet()) {
            if (!p.getKey().matches("[a-z_][a-z0-9_]{0,63}")) {
                fields.problem(pm.keyLines().get(p.getKey()), ctx, "params: \"" + p.getKey() + "\" is not a parameter name "
                        + "(lower case letters, digits and _)");
            } else if (p.getValue() instanceof Scalar value && value.text().length() <= 1000) {
                params.put(p.getKey(), value.text().strip());
            } else {
                fields.problem(p.getValue().line(), ctx, "params: \"" + p.getKey() + "\" must be one value");
            }
        }
    }

    private static ManifestEntry withDefaults(ManifestEntry e, ManifestEntry defaults) {
        if (defaults == null) {
            return e;
        }
        Map<String, String> values = new HashMap<>(defaults.values());
        values.putAll(e.values());
        Map<String, Integer> lines = new HashMap<>(defaults.lines());
        lines.putAll(e.lines());
        boolean ownData = e.values().containsKey("data") || !e.sources().isEmpty();
        if (ownData) {
            values.remove("data");
            if (e.values().containsKey("data")) {
                values.put("data", e.values().get("data"));
            }
        }
        Map<String, String> params = new LinkedHashMap<>(defaults.params());
        params.putAll(e.params());
        return new ManifestEntry(e.line(), values, lines, ownData ? e.sources() : defaults.sources(), params);
    }
}
