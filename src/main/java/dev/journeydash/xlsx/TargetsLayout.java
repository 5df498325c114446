package dev.journeydash.xlsx;

import dev.journeydash.model.Direction;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;

import java.util.HashMap;
import java.util.Map;

/**
 * The Targets sheet: a header row, then one row per KPI in journey order (stage by stage) with
 * the {@link Column}s below; under it, after a blank row, a title row, a header row and one row
 * per stage with its weight in the journey score. The direction, amber and weight cells are the
 * user's to edit: every score reads them. Right of the KPI rows, after a blank column, the list
 * {@value #DIRECTION_LIST} of the words the direction cells accept, one per {@link Direction} in
 * its order: formulas read a direction as its position in that list
 * ({@code MATCH(cell, DirectionList, 0)}, 1 higher, 2 lower), never by comparing words.
 *
 * <p>Right of that list, after another blank column, the targets per period: on the same header
 * row a period column and one column per KPI in journey order, then one row per prepared period
 * (the workbook's capacity), period {@code i} on the row of the {@code i}-th KPI row. A cell
 * holds a value where a target starts in that period (the first period always does) and
 * otherwise the formula "the cell above": the target in force carries forward, so that a target
 * typed into one period's row changes that period and the later ones, never the earlier ones.
 * Every score, status and target shown elsewhere reads the row of its period. Amber bands and
 * weights are one per KPI, for every period. Rows 1-based, columns 0-based.
 */
public final class TargetsLayout {
    /** The defined name of the direction words' list. */
    public static final String DIRECTION_LIST = "DirectionList";

    /** The columns of a KPI's row. */
    public enum Column {
        STAGE(0), KPI(1), KPI_ID(2), FORMAT(3),
        /** Which way the KPI improves: higher or lower. */
        DIRECTION(4),
        /** The score from which the KPI is at risk rather than off track. */
        AMBER(5),
        /** The KPI's weight in its stage's score. */
        WEIGHT(6);

        private final int index;

        Column(int index) {
            this.index = index;
        }

        /** 0-based column index. */
        public int index() {
            return index;
        }
    }

    /** The columns of a stage's weight row. */
    public enum StageColumn {
        STAGE(0), STAGE_ID(1),
        /** The stage's weight in the journey score. */
        WEIGHT(2);

        private final int index;

        StageColumn(int index) {
            this.index = index;
        }

        /** 0-based column index. */
        public int index() {
            return index;
        }
    }

    private final Map<String, Integer> kpiRow = new HashMap<>();
    private final Map<String, Integer> targetColumn = new HashMap<>();
    private final Map<String, Integer> stageRow = new HashMap<>();
    private final int capacity;
    /** The sheet as formulas name it. */
    private final String sheet;
    private final int lastKpiRow;
    private final int firstStageRow;
    private final int lastStageRow;

    TargetsLayout(Journey journey, int capacity, String sheet) {
        this.sheet = Refs.sheet(sheet);
        this.capacity = capacity;
        int row = headerRow();
        int col = periodColumn();
        for (Stage st : journey.stages()) {
            for (Kpi k : st.kpis()) {
                kpiRow.put(k.id(), ++row);
                targetColumn.put(k.id(), ++col);
            }
        }
        lastKpiRow = row;
        firstStageRow = lastKpiRow + 4;
        row = firstStageRow;
        for (Stage st : journey.stages()) {
            stageRow.put(st.id(), row++);
        }
        lastStageRow = row - 1;
    }

    public int headerRow() {
        return 4;
    }

    public int firstKpiRow() {
        return headerRow() + 1;
    }

    public int lastKpiRow() {
        return lastKpiRow;
    }

    public int kpiRow(String kpiId) {
        return Ids.get(kpiRow, kpiId, "KPI");
    }

    /** The row above the stage weights' header, titling them. */
    public int stageTitleRow() {
        return stageHeaderRow() - 1;
    }

    public int stageHeaderRow() {
        return firstStageRow - 1;
    }

    public int firstStageRow() {
        return firstStageRow;
    }

    public int lastStageRow() {
        return lastStageRow;
    }

    public int stageRow(String stageId) {
        return Ids.get(stageRow, stageId, "stage");
    }

    /** The column of the direction words' list; its header is on the {@link #headerRow()}. */
    public int directionListColumn() {
        return Column.WEIGHT.index() + 2;
    }

    /** The row of a direction's word in the list: the first KPI row for the first direction, and so on. */
    public int directionListRow(Direction direction) {
        return firstKpiRow() + direction.ordinal();
    }

    /** A direction's 1-based position in the list, which formulas compare. */
    static int directionPosition(Direction direction) {
        return direction.ordinal() + 1;
    }

    /** {@code Targets!$J$5:$J$6}: the direction words' list. */
    String directionListRange() {
        Direction[] all = Direction.values();
        return sheet + "!" + Refs.abs(directionListColumn(), directionListRow(all[0]),
                directionListRow(all[all.length - 1]));
    }

    /** The column of the targets table's periods, its header on the {@link #headerRow()}. */
    public int periodColumn() {
        return directionListColumn() + 2;
    }

    /** The column of a KPI's target per period. */
    public int targetColumn(String kpiId) {
        return Ids.get(targetColumn, kpiId, "KPI");
    }

    /** The row above the header, titling the targets per period. */
    public int periodTitleRow() {
        return headerRow() - 1;
    }

    /** The row of period {@code period} (0-based) in the targets table. */
    public int periodRow(int period) {
        return headerRow() + 1 + period;
    }

    /** The row of the last prepared period. */
    public int lastPeriodRow() {
        return periodRow(capacity - 1);
    }

    /** {@code Targets!$M$7}: a KPI's target in period {@code period} (0-based). */
    String targetCell(String kpiId, int period) {
        return sheet + "!" + Refs.cell(targetColumn(kpiId), periodRow(period));
    }

    /** {@code Targets!$M$5:$M$64}: a KPI's targets in every prepared period. */
    String targetRange(String kpiId) {
        return sheet + "!" + Refs.abs(targetColumn(kpiId), periodRow(0), lastPeriodRow());
    }

    /** {@code Targets!$F$5}: a KPI's cell in a column. */
    String cell(String kpiId, Column column) {
        return sheet + "!" + Refs.cell(column.index(), kpiRow(kpiId));
    }

    /** {@code Targets!$C$24}: a stage's weight. */
    String stageWeightCell(String stageId) {
        return sheet + "!" + Refs.cell(StageColumn.WEIGHT.index(), stageRow(stageId));
    }
}
