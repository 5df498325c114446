package dev.journeydash.refresh;

import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How one journey's stages and KPIs differ from another's, in words. */
public final class TemplateChanges {
    private TemplateChanges() { }

    /**
     * Lines such as {@code stage "retention" added}, {@code KPI "aov" removed},
     * {@code stage "purchase": 2 pain points added, 1 removed} (a reworded one is one of each);
     * empty when the ids and the pain points are the same.
     */
    public static List<String> between(Journey before, Journey after) {
        List<String> out = new ArrayList<>();
        diff(out, "stage", ids(before, false), ids(after, false));
        diff(out, "KPI", ids(before, true), ids(after, true));
        for (Stage st : after.stages()) {
            before.stages().stream().filter(b -> b.id().equals(st.id())).findFirst()
                    .ifPresent(b -> painPoints(out, st.id(), b.painPoints(), st.painPoints()));
        }
        return out;
    }

    private static void painPoints(List<String> out, String stage, List<String> before, List<String> after) {
        long added = after.stream().filter(p -> !before.contains(p)).count();
        long removed = before.stream().filter(p -> !after.contains(p)).count();
        if (added + removed == 0) {
            return;
        }
        String first = added > 0 ? added + " " + (added == 1 ? "pain point" : "pain points") + " added" : "";
        String second = removed == 0 ? "" : added > 0 ? ", " + removed + " removed"
                : removed + " " + (removed == 1 ? "pain point" : "pain points") + " removed";
        out.add("stage \"" + stage + "\": " + first + second);
    }

    private static Map<String, String> ids(Journey j, boolean kpis) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Stage st : j.stages()) {
            if (kpis) {
                for (Kpi k : st.kpis()) {
                    out.put(k.id(), st.id());
                }
            } else {
                out.put(st.id(), "");
            }
        }
        return out;
    }

    private static void diff(List<String> out, String what, Map<String, String> before, Map<String, String> after) {
        before.forEach((id, stage) -> {
            if (!after.containsKey(id)) {
                out.add(what + " \"" + id + "\" removed");
            } else if (!stage.equals(after.get(id))) {
                out.add(what + " \"" + id + "\" moved from stage \"" + stage + "\" to \"" + after.get(id) + "\"");
            }
        });
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(id -> out.add(what + " \"" + id + "\" added"));
    }
}
