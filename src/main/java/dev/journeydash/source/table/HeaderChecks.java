package dev.journeydash.source.table;

import dev.journeydash.model.Journey;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks a header: every column named, no name twice, and (wide layout) a column for every measure the journey needs. */
final class HeaderChecks {
    private HeaderChecks() { }

    /** Reports what is wrong with {@code roles}' header, which is on {@code line} of the input. */
    static void check(ColumnRoles roles, Journey journey, int line, Report report) {
        List<String> header = roles.header();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String n = MeasureNames.normalise(header.get(i));
            if (n.isEmpty() && i != roles.period()) {
                report.problem(line, "#" + (i + 1), "the column has no header; name it after a measure");
            } else if (!seen.add(n) && !n.isEmpty()) {
                report.problem(line, header.get(i), "the header \"" + header.get(i) + "\" appears twice");
            }
        }
        if (roles.longLayout()) {
            return;
        }
        Set<String> present = new LinkedHashSet<>(roles.measureColumns().values());
        for (String m : MeasureNames.needed(journey)) {
            if (!present.contains(m)) {
                report.problem(line, null, "no column for measure \"" + m + "\", which the KPIs or funnel need; the header has: "
                        + String.join(", ", header) + " (a column may be named by the measure id or its label)");
            }
        }
    }
}
