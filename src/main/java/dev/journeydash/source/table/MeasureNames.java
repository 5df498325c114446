package dev.journeydash.source.table;

import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** How input names mean measures: normalised ids, labels and {@code columns:} aliases; and the measures a journey needs. */
final class MeasureNames {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

    private MeasureNames() { }

    /** Lower case, spaces and punctuation folded to single underscores. */
    static String normalise(String name) {
        String s = NOT_LETTER_OR_DIGIT.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        return EDGE_UNDERSCORES.matcher(s).replaceAll("");
    }

    /** Normalised name to measure id: an id wins over an alias, an alias over a label, the first label over later ones. */
    static Map<String, String> byName(Journey journey) {
        Map<String, String> byName = new HashMap<>();
        for (Measure m : journey.measures()) {
            byName.putIfAbsent(normalise(m.label()), m.id());
        }
        for (Measure m : journey.measures()) {
            m.columns().forEach(c -> byName.put(normalise(c), m.id()));
        }
        for (Measure m : journey.measures()) {
            byName.put(normalise(m.id()), m.id());
        }
        return byName;
    }

    /** Measures that some KPI formula or the funnel reads, in the order they are first read. */
    static Set<String> needed(Journey journey) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> measureIds = new LinkedHashSet<>();
        journey.measures().forEach(m -> measureIds.add(m.id()));
        journey.kpis().forEach(k -> k.formula().forEachRef((id, lag) -> {
            if (measureIds.contains(id)) {
                ids.add(id);
            }
        }));
        journey.funnel().forEach(f -> ids.add(f.measure()));
        return ids;
    }
}
