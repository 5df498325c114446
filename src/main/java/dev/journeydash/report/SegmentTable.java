package dev.journeydash.report;

import dev.journeydash.compute.Results;
import dev.journeydash.compute.SegmentResults;
import dev.journeydash.compute.Status;
import dev.journeydash.labels.Labels;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's segment table for one period: a row per KPI, a column for All and one per segment
 * group (Other named in the report's language), each cell the KPI's value as the cards write it
 * with its status; and the friction by segment: the KPIs whose best and worst segment lie furthest
 * apart, relative to the larger of the two (volumes, a summed measure as a KPI, left out), as sentences ("Conversion rate on Social 0.9 % against 2.1 % on Email").
 */
final class SegmentTable {
    /** How many KPIs the friction by segment names. */
    static final int FRICTION = 3;

    private final Results all;
    private final int p;
    private final Texts texts;
    private final Labels labels;

    SegmentTable(Results all, int period, Texts texts, Labels labels) {
        this.all = all;
        this.p = period;
        this.texts = texts;
        this.labels = labels;
    }

    /** The table's model; null when the journey has no segments. */
    Map<String, Object> model() {
        SegmentResults seg = all.segments();
        if (seg.isEmpty()) {
            return null;
        }
        List<String> names = names(seg);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", seg.segmentation().label());
        m.put("column", seg.segmentation().column());
        m.put("title", labels.format("report.segmentTitle", seg.segmentation().label()));
        List<Object> columns = new ArrayList<>();
        columns.add(column(labels.get("report.segmentAll"), false, true));
        for (int g = 0; g < seg.size(); g++) {
            columns.add(column(names.get(g), seg.groups().get(g).other(), false));
        }
        m.put("columns", columns);
        List<Object> rows = new ArrayList<>();
        for (Kpi k : all.journey().kpis().toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", k.id());
            row.put("label", k.label());
            List<Object> cells = new ArrayList<>();
            cells.add(cell(all, k, true));
            // a segment's share of a volume is not rated against the journey's target, as in the workbook
            seg.results().forEach(g -> cells.add(cell(g, k, !volume(k))));
            row.put("cells", cells);
            rows.add(row);
        }
        m.put("rows", rows);
        m.put("friction", friction(seg, names));
        return m;
    }

    /** The groups' names as the report shows them: Other in the report's language. */
    private List<String> names(SegmentResults seg) {
        return seg.groups().stream().map(g -> g.other() ? labels.get("report.segmentOther") : g.name()).toList();
    }

    private static Map<String, Object> column(String name, boolean other, boolean whole) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("other", other);
        c.put("all", whole);
        return c;
    }

    private Map<String, Object> cell(Results r, Kpi k, boolean rated) {
        double v = r.kpi(k.id(), p);
        Status s = rated ? r.status(k, p) : null;
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("value", ReportData.number(v));
        c.put("valueText", texts.value(k, v));
        c.put("statusKey", Texts.key(s));
        c.put("icon", Texts.icon(s));
        return c;
    }

    /** Up to {@link #FRICTION} sentences, widest relative gap between the best and the worst group first. */
    private List<String> friction(SegmentResults seg, List<String> names) {
        record Gap(Kpi kpi, int best, int worst, double gap, int order) { }
        List<Gap> gaps = new ArrayList<>();
        List<Kpi> kpis = all.journey().kpis().toList();
        for (int i = 0; i < kpis.size(); i++) {
            Kpi k = kpis.get(i);
            if (volume(k)) {
                continue;
            }
            int best = -1;
            int worst = -1;
            for (int g = 0; g < seg.size(); g++) {
                double v = seg.results().get(g).kpi(k.id(), p);
                if (!Double.isFinite(v)) {
                    continue;
                }
                if (best < 0 || better(k, v, value(seg, best, k))) {
                    best = g;
                }
                if (worst < 0 || better(k, value(seg, worst, k), v)) {
                    worst = g;
                }
            }
            if (best < 0 || best == worst) {
                continue;
            }
            double b = value(seg, best, k);
            double w = value(seg, worst, k);
            double gap = Math.abs(b - w) / Math.max(Math.abs(b), Math.abs(w));
            if (Double.isFinite(gap) && gap > 0) {
                gaps.add(new Gap(k, best, worst, gap, i));
            }
        }
        gaps.sort(Comparator.comparingDouble(Gap::gap).reversed().thenComparingInt(Gap::order));
        return gaps.stream().limit(FRICTION).map(g -> labels.format("report.segmentGap", g.kpi().label(),
                names.get(g.worst()), texts.value(g.kpi(), value(seg, g.worst(), g.kpi())),
                texts.value(g.kpi(), value(seg, g.best(), g.kpi())), names.get(g.best()))).toList();
    }

    private double value(SegmentResults seg, int group, Kpi k) {
        return seg.results().get(group).kpi(k.id(), p);
    }

    /** Whether {@code k} is a summed measure itself: a volume, larger in a larger segment, not a friction. */
    private boolean volume(Kpi k) {
        return SegmentResults.isVolume(all.journey(), k);
    }

    /** Whether {@code a} is better than {@code b} for {@code k}'s direction. */
    private static boolean better(Kpi k, double a, double b) {
        return k.direction() == Direction.LOWER ? a < b : a > b;
    }
}
