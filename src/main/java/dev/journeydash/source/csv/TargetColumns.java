package dev.journeydash.source.csv;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.source.table.Report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns of a targets file's header: the first holds the periods, each other one a KPI,
 * named by its id or its label (case and surrounding spaces ignored). Columns 0-based.
 *
 * @param periodHeader the first column's header, as messages name the column
 * @param kpis         column index to KPI id, in column order
 * @param headers      column index to its header as written
 */
record TargetColumns(String periodHeader, Map<Integer, String> kpis, Map<Integer, String> headers) {
    /** The columns of {@code header} for {@code journey}'s KPIs; problems (unknown or repeated KPIs) to {@code report}. */
    static TargetColumns of(CsvRow header, Journey journey, Report report) {
        Map<String, String> byName = new HashMap<>();
        journey.kpis().forEach(k -> byName.putIfAbsent(k.label().strip().toLowerCase(Locale.ROOT), k.id()));
        journey.kpis().forEach(k -> byName.put(k.id(), k.id()));
        List<String> cells = header.cells();
        String periodHeader = cells.get(0).strip().isEmpty() ? "1" : cells.get(0).strip();
        Map<Integer, String> kpis = new LinkedHashMap<>();
        Map<Integer, String> headers = new HashMap<>();
        Map<String, String> firstHeader = new HashMap<>();
        for (int i = 1; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            String shown = name.isEmpty() ? String.valueOf(i + 1) : name;
            headers.put(i, shown);
            String id = byName.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                report.problem(header.line(), shown, (name.isEmpty() ? "the header is empty" : InputException.quoted(name)
                        + " is not a KPI of the template") + "; expected the periods in the first column, then one column "
                        + "per KPI, named by its id: " + journey.kpis().map(Kpi::id).sorted().collect(Collectors.joining(", ")));
                continue;
            }
            String first = firstHeader.putIfAbsent(id, shown);
            if (first != null) {
                report.problem(header.line(), shown, "KPI " + id + " has a column already (\"" + first + "\"); keep one");
                continue;
            }
            kpis.put(i, id);
        }
        if (cells.size() < 2) {
            report.problem(header.line(), null, "the header has no KPI columns; expected e.g. period,"
                    + journey.kpis().map(Kpi::id).limit(2).collect(Collectors.joining(",")));
        }
        return new TargetColumns(periodHeader, kpis, headers);
    }
}
