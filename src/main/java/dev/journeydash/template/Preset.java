package dev.journeydash.template;

import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.Measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built-in description of a tool's export: the columns that identify it, the source settings
 * (date column, rows, filter, measures) and the label and format of each measure it defines.
 *
 * @param name     e.g. {@code shopify-orders}
 * @param tool     e.g. {@code Shopify}
 * @param export   how the export is made, in the tool's words
 * @param detect   header columns that together identify the export
 * @param journey  the built-in journey (a template's name) for a run without a template
 * @param source   the source settings, as a template's source entry writes them (without file)
 * @param measures the measures it defines, by id
 */
record Preset(String name, String tool, String export, List<String> detect, String journey, Map2 source,
              Map<String, Measure> measures) {
    Preset {
        detect = List.copyOf(detect);
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** The preset's definition of measure {@code id}, or null. */
    Measure measure(String id) {
        return measures.get(id);
    }

    /**
     * A template's source entry with the preset's settings under it: every key the template gives
     * wins; its {@code measures} replace the preset's by id and add to them.
     */
    Map2 mergeInto(Map2 given) {
        Map<String, Value> entries = new LinkedHashMap<>(source.entries());
        Map<String, Integer> lines = new LinkedHashMap<>(source.keyLines());
        for (Map.Entry<String, Value> e : given.entries().entrySet()) {
            String key = e.getKey();
            Value value = e.getValue();
            if (key.equals("measures") && value instanceof Map2 mine && source.entries().get(key) instanceof Map2 theirs) {
                value = merged(theirs, mine);
            }
            entries.put(key, value);
            lines.put(key, given.keyLines().get(key));
        }
        entries.remove("preset");
        lines.remove("preset");
        return new Map2(entries, lines, given.line());
    }

    private static Map2 merged(Map2 base, Map2 over) {
        Map<String, Value> entries = new LinkedHashMap<>(base.entries());
        Map<String, Integer> lines = new LinkedHashMap<>(base.keyLines());
        entries.putAll(over.entries());
        lines.putAll(over.keyLines());
        return new Map2(entries, lines, over.line());
    }
}
