package dev.journeydash.batch;

import java.util.Map;

/**
 * One client as the manifest writes it, before its values are checked: the fields by name
 * (empty ones left out) with the line each is on, and the files of its sources (a YAML entry's
 * {@code data:} mapping).
 *
 * @param line    the line the entry starts on
 * @param values  field name to its text, stripped; empty fields absent
 * @param lines   field name to its line
 * @param sources source name to file, as written
 * @param params  the SQL sources' parameter values (a YAML entry's {@code params:} mapping), as written
 */
record ManifestEntry(int line, Map<String, String> values, Map<String, Integer> lines, Map<String, String> sources,
                     Map<String, String> params) {
    ManifestEntry {
        values = Map.copyOf(values);
        lines = Map.copyOf(lines);
        sources = Map.copyOf(sources);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** An entry without parameters (a CSV manifest's row). */
    ManifestEntry(int line, Map<String, String> values, Map<String, Integer> lines, Map<String, String> sources) {
        this(line, values, lines, sources, Map.of());
    }

    String get(String field) {
        return values.get(field);
    }

    int lineOf(String field) {
        return lines.getOrDefault(field, line);
    }
}
