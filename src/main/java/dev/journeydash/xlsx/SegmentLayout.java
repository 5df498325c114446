package dev.journeydash.xlsx;

import dev.journeydash.compute.SegmentResults;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the segment calculation lives: on the Dashboard, right of the printed page under the
 * calculation detail, one column per selector choice (All, then each group). Block 0 holds the
 * selected period; blocks 1..{@link #lags()} the periods before it, which KPIs that read
 * {@code prev()} need. Each block: a header row (its period in the first column, the choices'
 * names after it), then a row per measure and a row per KPI; block 0 also has, before its
 * measures, a row per criterion (the SUMIFS criteria of each choice) and, after its KPIs, a row
 * per KPI score and per KPI status. Above block 0, the title row holds the selected choice's
 * 1-based index, and right of the last choice, on each criterion row, the selected choice's
 * criterion, which the Data sheet's formulas read. Rows 1-based, columns 0-based.
 */
public final class SegmentLayout {
    private final DashboardLayout dashboard;
    private final int choices;
    private final int criteria;
    private final int lags;
    private final int measures;
    private final int kpis;
    private final int top;
    private final Map<String, Integer> measureIndex = new HashMap<>();
    private final Map<String, Integer> kpiIndex = new HashMap<>();
    /** The measures and KPIs some KPI reads in an earlier period, directly or through another KPI: what blocks 1.. hold. */
    private final java.util.Set<String> earlier = new java.util.HashSet<>();
    /** Per KPI, the deepest chain of {@code prev()} it reads. */
    private final Map<String, Integer> depths = new HashMap<>();

    private SegmentLayout(Journey journey, DashboardLayout dashboard, int groups, int criteria, int top) {
        this.dashboard = dashboard;
        this.choices = groups + 1;
        this.criteria = criteria;
        this.top = top;
        List<Measure> ms = journey.measures();
        for (int i = 0; i < ms.size(); i++) {
            measureIndex.put(ms.get(i).id(), i);
        }
        List<Kpi> ks = journey.kpis().toList();
        for (int i = 0; i < ks.size(); i++) {
            kpiIndex.put(ks.get(i).id(), i);
        }
        this.measures = ms.size();
        this.kpis = ks.size();
        this.lags = maxLag(ks, depths);
        Map<String, Kpi> byId = new HashMap<>();
        ks.forEach(k -> byId.put(k.id(), k));
        for (Kpi k : ks) {
            k.formula().forEachRef((id, lag) -> {
                if (lag > 0) {
                    reach(id, byId);
                }
            });
        }
    }

    /** {@code id} and everything it reads, into {@link #earlier}. */
    private void reach(String id, Map<String, Kpi> byId) {
        if (earlier.add(id) && byId.containsKey(id)) {
            byId.get(id).formula().forEachRef((ref, lag) -> reach(ref, byId));
        }
    }

    /** The layout for {@code segments}' groups, or null when there are none. */
    public static SegmentLayout of(Journey journey, DashboardLayout dashboard, SegmentResults segments) {
        if (segments.isEmpty()) {
            return null;
        }
        int shown = segments.topValues().size();
        int criteria = segments.hasOther() ? shown : 1;
        int top = Math.max(Math.max(dashboard.historyLastRow(), dashboard.windowLastRow()),
                Math.max(dashboard.largestDropRow(), dashboard.detailLastRow())) + 3;
        return new SegmentLayout(journey, dashboard, segments.size(), criteria, top);
    }

    /** The deepest chain of {@code prev()} a KPI reads, through the KPIs it reads. */
    private static int maxLag(List<Kpi> kpis, Map<String, Integer> depth) {
        Map<String, Kpi> byId = new HashMap<>();
        kpis.forEach(k -> byId.put(k.id(), k));
        int max = 0;
        for (Kpi k : kpis) {
            max = Math.max(max, depth(k, byId, depth, 0));
        }
        return max;
    }

    private static int depth(Kpi k, Map<String, Kpi> byId, Map<String, Integer> memo, int guard) {
        Integer known = memo.get(k.id());
        if (known != null) {
            return known;
        }
        int[] max = {0};
        k.formula().forEachRef((id, lag) -> {
            Kpi ref = byId.get(id);
            int d = lag + (ref != null && ref != k && guard < byId.size() ? depth(ref, byId, memo, guard + 1) : 0);
            max[0] = Math.max(max[0], d);
        });
        memo.put(k.id(), max[0]);
        return max[0];
    }

    /** The selector's row and column on the page: under the period selector. */
    public int selectorRow() {
        return selectorRow(dashboard);
    }

    /** The segment selector's row on a Dashboard of {@code dashboard}'s layout (its column is the period selector's). */
    public static int selectorRow(DashboardLayout dashboard) {
        return dashboard.selectorRow() + 1;
    }

    public int selectorColumn() {
        return dashboard.selectorColumn();
    }

    /** Choices of the selector: All and the groups. */
    public int choices() {
        return choices;
    }

    /** Criteria per choice: 1, or the top values' count when Other excludes each of them. */
    public int criteria() {
        return criteria;
    }

    /** Periods before the selected one that the blocks hold. */
    public int lags() {
        return lags;
    }

    public int labelColumn() {
        return dashboard.detailColumn(DashboardLayout.Detail.LABEL);
    }

    /** The column of choice {@code choice} (0 All, 1.. the groups). */
    public int choiceColumn(int choice) {
        return labelColumn() + 1 + choice;
    }

    /** The column of the selected choice's criteria, right of the last choice. */
    int selectedColumn() {
        return choiceColumn(choices);
    }

    /** The title row: the selected choice's index in {@link #choiceColumn(int) choiceColumn(0)}. */
    public int titleRow() {
        return top;
    }

    /** The header row of block {@code block}. */
    public int headerRow(int block) {
        return block == 0 ? top + 1 : headerRow(0) + 1 + criteria + measures + 3 * kpis + 1
                + (block - 1) * (1 + measures + kpis + 1);
    }

    public int criterionRow(int j) {
        return headerRow(0) + 1 + j;
    }

    public int measureRow(int block, String id) {
        return headerRow(block) + 1 + (block == 0 ? criteria : 0) + Ids.get(measureIndex, id, "measure");
    }

    public int kpiRow(int block, String id) {
        return headerRow(block) + 1 + (block == 0 ? criteria : 0) + measures + Ids.get(kpiIndex, id, "KPI");
    }

    public int scoreRow(String id) {
        return kpiRow(0, id) + kpis;
    }

    public int statusRow(String id) {
        return kpiRow(0, id) + 2 * kpis;
    }

    public int lastRow() {
        return headerRow(lags + 1) - 1;
    }

    /** {@code $X$40}: the selected choice's 1-based index. */
    String indexCell() {
        return Refs.cell(choiceColumn(0), titleRow());
    }

    /** {@code Dashboard!$X$40}, as the Data sheet reads it. */
    String indexReference(String dashboardSheet) {
        return Refs.sheet(dashboardSheet) + "!" + indexCell();
    }

    /** The selected choice's criterion {@code j}, as another sheet reads it. */
    String selectedCriterionReference(String dashboardSheet, int j) {
        return Refs.sheet(dashboardSheet) + "!" + Refs.cell(selectedColumn(), criterionRow(j));
    }

    /** The header row's names of the choices: the selector's list. */
    String namesRange() {
        return "$" + Refs.col(choiceColumn(0)) + "$" + headerRow(0) + ":$" + Refs.col(choiceColumn(choices - 1)) + "$"
                + headerRow(0);
    }

    /** The rows of the page's blocks never reach the calculation: it starts below the detail. */
    int top() {
        return top;
    }

    /** Whether KPI {@code id} can be computed in block {@code block}: the periods it reads before are in the blocks. */
    boolean computable(String id, int block) {
        return block + depths.getOrDefault(id, 0) <= lags && (block == 0 || earlier.contains(id));
    }

    /** Whether block {@code block} holds the measure {@code id}: block 0 every one, the others those read in an earlier period. */
    boolean holds(String id, int block) {
        return block == 0 || earlier.contains(id);
    }

    /** Whether the value of {@code id} (a measure or a KPI) has a row. */
    boolean isMeasure(String id) {
        return measureIndex.containsKey(id);
    }
}
