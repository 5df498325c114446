package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks what the formulas refer to: every id known, no cycle through same-period references. */
final class References {
    private final YamlFields fields;
    private final Map<String, Integer> formulaLines;

    /** @param formulaLines KPI id to the line of its formula, where problems are reported */
    References(YamlFields fields, Map<String, Integer> formulaLines) {
        this.fields = fields;
        this.formulaLines = formulaLines;
    }

    /** Reports unknown ids and the first cycle; {@code stagesLine} is where problems without a formula line go. */
    void check(Journey journey, int stagesLine) {
        Set<String> measureIds = journey.measures().stream().map(Measure::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        Map<String, String> stageOf = new HashMap<>();
        journey.stages().forEach(s -> s.kpis().forEach(k -> {
            kpis.put(k.id(), k);
            stageOf.put(k.id(), s.id());
        }));
        for (Kpi k : journey.kpis().toList()) {
            String ctx = "stage \"" + stageOf.get(k.id()) + "\": KPI \"" + k.id() + "\": ";
            Set<String> unknown = new LinkedHashSet<>();
            k.formula().forEachRef((id, lag) -> {
                if (!measureIds.contains(id) && !kpis.containsKey(id)) {
                    unknown.add(id);
                }
            });
            for (String id : unknown) {
                fields.problem(formulaLines.getOrDefault(k.id(), stagesLine), ctx, "unknown measure \"" + id
                        + "\" in the formula; known measures: " + String.join(", ", measureIds)
                        + (kpis.isEmpty() ? "" : "; known KPIs: " + String.join(", ", kpis.keySet())));
            }
        }
        cycles(kpis, stageOf, stagesLine);
    }

    /** Cycles through same-period KPI references (prev() breaks a cycle: it reads another row); reports the first. */
    private void cycles(Map<String, Kpi> kpis, Map<String, String> stageOf, int stagesLine) {
        Map<String, Integer> state = new HashMap<>();
        for (String id : kpis.keySet()) {
            List<String> path = new ArrayList<>();
            if (cycle(id, kpis, state, path)) {
                String start = path.get(path.size() - 1);
                List<String> loop = path.subList(path.indexOf(start), path.size());
                fields.problem(formulaLines.getOrDefault(start, stagesLine), "stage \"" + stageOf.get(start) + "\": KPI \"" + start
                        + "\": ", "the formulas refer to each other in a cycle: " + String.join(" -> ", loop)
                        + "; use prev(...) where a formula means the previous period's value");
                return;
            }
        }
    }

    /** Depth-first search; state 1 = on the path, 2 = done. True when a cycle is found, {@code path} ending in it. */
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
}
