package dev.journeydash.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the sources' raw-data sheets and their tables: "Raw data" and {@value RawDataLayout#TABLE_NAME}
 * for the only one; with several, "Raw &lt;source&gt;" (at most 31 characters, none that Excel
 * forbids in a sheet name) and "Raw_&lt;source&gt;", each made unique ignoring case, as Excel
 * compares names.
 */
final class SourceSheetNames {
    private static final int MAX_SHEET_NAME = 31;

    private SourceSheetNames() { }

    /** The sheets of {@code kept}, in order, with names none of {@code takenSheets} has. */
    static List<SourceRowsLayout> layouts(List<WorkbookLayout.KeptSource> kept, List<String> takenSheets,
                                          WorkbookLayout.Names names) {
        if (kept.size() == 1) {
            WorkbookLayout.KeptSource k = kept.get(0);
            return List.of(new SourceRowsLayout(k.name(), names.rawData(), RawDataLayout.TABLE_NAME, k.columns()));
        }
        Set<String> sheets = new HashSet<>();
        takenSheets.forEach(s -> sheets.add(s.toLowerCase(Locale.ROOT)));
        Set<String> tables = new HashSet<>();
        for (String n : List.of(DataLayout.TABLE_NAME, RawDataLayout.TABLE_NAME, DashboardLayout.PERIOD_LIST,
                TargetsLayout.DIRECTION_LIST)) {
            tables.add(n.toLowerCase(Locale.ROOT));
        }
        Set<String> sources = new HashSet<>();
        List<SourceRowsLayout> out = new ArrayList<>();
        for (WorkbookLayout.KeptSource k : kept) {
            if (!sources.add(k.name())) {
                throw new IllegalArgumentException("two kept sources are named " + k.name());
            }
            out.add(new SourceRowsLayout(k.name(), sheetName(k.name(), sheets, names.rawPrefix()), tableName(k.name(), tables),
                    k.columns()));
        }
        return out;
    }

    /** "Raw shop", or "Raw shop 2" when that is taken; registers the name in {@code taken} (lower case). */
    static String sheetName(String source, Set<String> taken, String prefix) {
        String base = (prefix + source.replaceAll("[\\[\\]:*?/\\\\'\\p{Cntrl}]", " ")).replaceAll("\\s+", " ").strip();
        String candidate = cut(base, MAX_SHEET_NAME);
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " " + n;
            candidate = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        return candidate;
    }

    /** "Raw_shop": letters, digits and underscores only; registers the name in {@code taken} (lower case). */
    static String tableName(String source, Set<String> taken) {
        String base = cut("Raw_" + source.replaceAll("[^A-Za-z0-9_]", "_"), 200);
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    /** At most {@code max} characters, never half a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end).strip();
    }
}
