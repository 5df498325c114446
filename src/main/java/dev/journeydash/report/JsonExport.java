package dev.journeydash.report;

import dev.journeydash.compute.FrictionPoint;
import dev.journeydash.compute.Funnel;
import dev.journeydash.compute.Results;
import dev.journeydash.compute.SegmentGroup;
import dev.journeydash.compute.SegmentResults;
import dev.journeydash.compute.Status;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import dev.journeydash.model.Segmentation;
import dev.journeydash.model.Sourcing;
import dev.journeydash.model.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The computed model as JSON, for other tools: every period's measures, KPI values, targets,
 * scores and statuses, stage and journey scores, the funnel and the friction points, with the
 * partial periods flagged; for a journey with segments, each segment group's measures, KPIs, scores and statuses. The schema is {@value #SCHEMA}, documented in docs/json.md: values
 * are arrays with one entry per period (oldest first), null where the workbook's cell is blank;
 * scores are fractions (0.72 for 72 %), percentages fractions too.
 */
public final class JsonExport {
    /** The schema's name and version; a change that removes or renames a field takes a new version. */
    public static final String SCHEMA = "journeydash-model/1";

    private JsonExport() { }

    /**
     * The JSON document of {@code results}.
     *
     * @param selected the period the dashboard opens on, 0-based
     */
    public static String json(Results results, int selected) {
        return Json.write(document(results, selected));
    }

    static Map<String, Object> document(Results r, int selected) {
        Journey j = r.journey();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", SCHEMA);
        Map<String, Object> journey = new LinkedHashMap<>();
        journey.put("name", j.name());
        journey.put("client", j.client());
        journey.put("description", j.description());
        journey.put("granularity", j.granularity().word());
        journey.put("currency", j.currency());
        d.put("journey", journey);
        d.put("selected", selected);
        d.put("periods", periods(r));
        d.put("measures", measures(r));
        d.put("journeyScore", r.journeyScore());
        d.put("stages", stages(r));
        d.put("funnel", funnel(r));
        d.put("friction", friction(r));
        if (!r.segments().isEmpty()) {
            d.put("segments", segments(r));
        }
        return d;
    }

    private static List<Object> periods(Results r) {
        List<Object> out = new ArrayList<>();
        List<Period> periods = r.data().periods();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", p.label());
            m.put("start", p.start().toString());
            m.put("end", p.next().start().minusDays(1).toString());
            Sourcing.Coverage c = r.data().sourcing().partial().get(i);
            m.put("partial", c != null);
            m.put("covers", c == null ? null : Map.of("first", c.first().toString(), "last", c.last().toString()));
            out.add(m);
        }
        return out;
    }

    private static List<Object> measures(Results r) {
        List<Object> out = new ArrayList<>();
        for (Measure ms : r.journey().measures()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", ms.id());
            m.put("label", ms.label());
            m.put("format", ms.format().word());
            m.put("values", r.data().measures().get(ms.id()));
            out.add(m);
        }
        return out;
    }

    private static List<Object> stages(Results r) {
        List<Object> out = new ArrayList<>();
        for (Stage st : r.journey().stages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", st.id());
            m.put("name", st.name());
            m.put("weight", st.weight());
            m.put("touchpoints", st.touchpoints());
            m.put("painPoints", st.painPoints());
            m.put("scores", r.stageScores().get(st.id()));
            m.put("kpis", st.kpis().stream().map(k -> kpi(r, k)).toList());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> kpi(Results r, Kpi k) {
        int n = r.periodCount();
        double[] targets = new double[n];
        List<String> statuses = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            targets[p] = r.target(k, p);
            statuses.add(key(r.status(k, p)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("label", k.label());
        m.put("formula", k.formulaText());
        m.put("format", k.format().word());
        m.put("unit", k.unit());
        m.put("better", k.direction().name().toLowerCase(java.util.Locale.ROOT));
        m.put("amber", k.amber());
        m.put("weight", k.weight());
        m.put("values", r.kpiValues().get(k.id()));
        m.put("targets", targets);
        m.put("scores", r.kpiScores().get(k.id()));
        m.put("statuses", statuses);
        return m;
    }

    private static Map<String, Object> funnel(Results r) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<FunnelStep> steps = r.journey().funnel();
        List<Object> named = new ArrayList<>();
        for (FunnelStep s : steps) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("measure", s.measure());
            step.put("label", s.label());
            named.add(step);
        }
        m.put("steps", named);
        List<Object> periods = new ArrayList<>();
        for (int p = 0; p < r.periodCount(); p++) {
            Funnel f = r.funnel(p);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("volumes", f.steps().stream().mapToDouble(Funnel.Step::volume).toArray());
            one.put("conversions", f.steps().stream().mapToDouble(Funnel.Step::conversion).toArray());
            one.put("largestDrop", f.hasLargestDrop() ? f.largestDrop() : null);
            periods.add(one);
        }
        m.put("periods", periods);
        return m;
    }

    private static List<Object> friction(Results r) {
        List<Object> out = new ArrayList<>();
        for (int p = 0; p < r.periodCount(); p++) {
            List<Object> points = new ArrayList<>();
            for (FrictionPoint fp : r.frictionPoints(p)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kpi", fp.kpi().id());
                m.put("stage", fp.stage().id());
                m.put("score", fp.score());
                m.put("status", key(fp.status()));
                points.add(m);
            }
            out.add(points);
        }
        return out;
    }

    /** The segment dimension and, per group, its measures and every KPI's values, scores and statuses. */
    private static Map<String, Object> segments(Results r) {
        SegmentResults seg = r.segments();
        Segmentation s = seg.segmentation();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", s.label());
        m.put("column", s.column());
        m.put("top", s.top());
        m.put("by", s.by());
        List<Object> groups = new ArrayList<>();
        for (int g = 0; g < seg.size(); g++) {
            SegmentGroup group = seg.groups().get(g);
            Results gr = seg.results().get(g);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", group.other() ? "Other" : group.name());
            one.put("other", group.other());
            one.put("volume", group.volume());
            one.put("members", group.members());
            one.put("blanks", group.blanks());
            Map<String, Object> measures = new LinkedHashMap<>();
            r.journey().measures().forEach(ms -> measures.put(ms.id(), gr.data().measures().get(ms.id())));
            one.put("measures", measures);
            one.put("journeyScore", gr.journeyScore());
            List<Object> kpis = new ArrayList<>();
            r.journey().kpis().forEach(k -> {
                List<String> statuses = new ArrayList<>();
                for (int p = 0; p < gr.periodCount(); p++) {
                    statuses.add(key(gr.status(k, p)));
                }
                Map<String, Object> kpi = new LinkedHashMap<>();
                kpi.put("id", k.id());
                kpi.put("values", gr.kpiValues().get(k.id()));
                kpi.put("scores", gr.kpiScores().get(k.id()));
                kpi.put("statuses", statuses);
                kpis.add(kpi);
            });
            one.put("kpis", kpis);
            groups.add(one);
        }
        m.put("groups", groups);
        return m;
    }

    private static String key(Status s) {
        return s == null ? null : Texts.key(s);
    }
}
