package dev.journeydash.source.csv;

import java.util.Locale;
import java.util.Map;

/** English month names and their three- or four-letter forms, as exports write them: Jan, Sept, January. */
final class MonthNames {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

    private MonthNames() { }

    /** The month (1-12) named {@code name}, case ignored; null when it is no month. */
    static Integer of(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }
}
