package dev.journeydash.xlsx;

import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.ss.util.CellAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The period-by-KPI table of each stage sheet: a header row, a row with each KPI's target, then
 * one row per prepared period. Column A holds the period; then, for a stage of k KPIs, the k
 * KPI values, a gap, the k scores, the stage score, a gap of two, and the k targets per period
 * (the series the charts draw). Right of the targets, after a gap, the KPIs' charts, {@link #CHART_COLUMNS}
 * wide; after them, outside the print area, each KPI's amber score mirrored from the Targets sheet
 * (header on the header row, value on the target row), which the sheet's conditional formats
 * read (Excel 2007's conditional formats may not refer to another sheet); after a gap, the trend
 * windows the charts read: per KPI its periods, values and targets, one row per position of the
 * {@link TrendWindow} from the first period row. Above the table, rows 1 to 4 are the heading:
 * column A the title, the description, the touchpoints and the link to the Dashboard; above the
 * charts, the pain points ({@link #painPointsColumn}). Rows 1-based, columns 0-based.
 */
public final class StageLayout {
    private final WorkbookLayout workbook;
    private final int capacity;
    private final Map<String, String> kpiStage = new HashMap<>();
    private final Map<String, Integer> valueColumn = new HashMap<>();
    private final Map<String, Integer> scoreColumn = new HashMap<>();
    private final Map<String, Integer> targetColumn = new HashMap<>();
    private final Map<String, Integer> stageScoreColumn = new HashMap<>();
    private final Map<String, Integer> chartColumn = new HashMap<>();
    private final Map<String, Integer> windowValueColumn = new HashMap<>();
    private final TrendWindow window;
    private final Map<String, Integer> amberColumn = new HashMap<>();

    StageLayout(WorkbookLayout workbook, int capacity, TrendWindow window) {
        this.workbook = workbook;
        this.capacity = capacity;
        this.window = window;
        for (Stage st : workbook.journey().stages()) {
            List<Kpi> kpis = st.kpis();
            int k = kpis.size();
            for (int j = 0; j < k; j++) {
                String id = kpis.get(j).id();
                kpiStage.put(id, st.id());
                valueColumn.put(id, 1 + j);
                scoreColumn.put(id, 1 + k + 1 + j);
                targetColumn.put(id, 1 + k + 1 + k + 2 + j);
                amberColumn.put(id, 1 + k + 1 + k + 2 + k + 1 + CHART_COLUMNS + 2 + j);
            }
            stageScoreColumn.put(st.id(), 1 + k + 1 + k);
            int charts = 1 + k + 1 + k + 2 + k + 1;
            chartColumn.put(st.id(), charts);
            for (int j = 0; j < k; j++) {
                // after the amber block (k columns from charts + CHART_COLUMNS + 2) and a gap
                windowValueColumn.put(kpis.get(j).id(), charts + CHART_COLUMNS + 2 + k + 2 + 3 * j);
            }
        }
    }

    /** Columns of a KPI's chart. */
    static final int CHART_COLUMNS = 9;

    /** The first column of the stage's charts (0-based); they span {@value #CHART_COLUMNS} columns. */
    public int chartColumn(String stageId) {
        return Ids.get(chartColumn, stageId, "stage");
    }

    /**
     * The KPI's trend window, two columns right of the charts, three columns per KPI: the
     * periods (on the target row, the window's start index), the values, the targets.
     */
    public int windowPeriodColumn(String kpiId) {
        return windowValueColumn(kpiId) - 1;
    }

    public int windowValueColumn(String kpiId) {
        return Ids.get(windowValueColumn, kpiId, "KPI");
    }

    public int windowTargetColumn(String kpiId) {
        return windowValueColumn(kpiId) + 1;
    }

    /** The row of each KPI window's start index (in its period column): the target row. */
    public int windowStartRow() {
        return targetRow();
    }

    /** The trend window's row of position {@code position} (0-based, oldest first). */
    public int windowRow(int position) {
        return firstRow() + position;
    }

    /** The last row a KPI's trend window may reach (a KPI without early values has a shorter one). */
    public int windowLastRow() {
        return windowRow(window.periods() - 1);
    }

    public int headerRow() {
        return 5;
    }

    /** The row of the stage's title; under it, in column A, the description, the touchpoints and the link back. */
    public int titleRow() {
        return 1;
    }

    /**
     * The first column of the stage's pain points, above its charts: "Pain points" on {@link #titleRow()},
     * the list on {@link #painPointsRow()} merged over the charts' {@value #CHART_COLUMNS} columns down
     * to the row above the table's header. Nothing is there when the stage has none.
     */
    public int painPointsColumn(String stageId) {
        return chartColumn(stageId);
    }

    /** The row of the pain points' list (one cell merged down to {@link #headerRow()} - 1), under their title. */
    public int painPointsRow() {
        return titleRow() + 1;
    }

    /**
     * The heading cells that the stage's sheet fills with text from the template (description,
     * touchpoints, pain points) for the stage as this layout's journey has it, 0-based: a refresh
     * that finds text there finds the old template's, not the user's.
     */
    public List<CellAddress> templateTextCells(String stageId) {
        Stage st = workbook.journey().stages().get(workbook.stageIndex(stageId));
        List<CellAddress> out = new ArrayList<>();
        if (!st.description().isEmpty()) {
            out.add(new CellAddress(titleRow(), 0));
        }
        if (!st.touchpoints().isEmpty()) {
            out.add(new CellAddress(titleRow() + 1, 0));
        }
        if (!st.painPoints().isEmpty()) {
            out.add(new CellAddress(titleRow() - 1, painPointsColumn(stageId)));
            out.add(new CellAddress(painPointsRow() - 1, painPointsColumn(stageId)));
        }
        return out;
    }

    /** The row under the header with each KPI's target (a formula of the Targets sheet). */
    public int targetRow() {
        return 6;
    }

    /** The row of the first period. */
    public int firstRow() {
        return 7;
    }

    /** The row of period {@code period} (0-based). */
    public int row(int period) {
        return firstRow() + period;
    }

    public int lastPreparedRow() {
        return firstRow() + capacity - 1;
    }

    /** The column of the periods (formulas of the Data sheet's periods). */
    public int periodColumn() {
        return 0;
    }

    /** The id of the stage whose sheet holds the KPI. */
    public String stageOf(String kpiId) {
        return Ids.get(kpiStage, kpiId, "KPI");
    }

    public int valueColumn(String kpiId) {
        return Ids.get(valueColumn, kpiId, "KPI");
    }

    /** The KPI's score (0..1) per period. */
    public int scoreColumn(String kpiId) {
        return Ids.get(scoreColumn, kpiId, "KPI");
    }

    /** The KPI's target per period, as the charts draw it. */
    public int targetColumn(String kpiId) {
        return Ids.get(targetColumn, kpiId, "KPI");
    }

    /** The stage's score per period, on its own sheet. */
    public int stageScoreColumn(String stageId) {
        return Ids.get(stageScoreColumn, stageId, "stage");
    }


    /** The KPI's amber score on its stage sheet, on {@link #targetRow()}: a formula of the Targets sheet's amber. */
    public int amberColumn(String kpiId) {
        return Ids.get(amberColumn, kpiId, "KPI");
    }

    /** {@code $X$6}: the KPI's amber score on its own stage sheet, for formulas of that sheet. */
    String amberCell(String kpiId) {
        return Refs.cell(amberColumn(kpiId), targetRow());
    }

    /** {@code '3 Purchase'!$B$7:$B$66}: a column's prepared period rows on a stage's sheet. */
    String range(String stageId, int column) {
        return Refs.q(workbook.stageSheet(stageId)) + "!" + Refs.abs(column, firstRow(), lastPreparedRow());
    }

    /** {@code '3 Purchase'!$B$9}: a KPI's value in one period. */
    String valueCell(String kpiId, int period) {
        return Refs.q(workbook.stageSheet(stageOf(kpiId))) + "!" + Refs.cell(valueColumn(kpiId), row(period));
    }
}
