package dev.journeydash.xlsx;

import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;

import java.util.HashMap;
import java.util.Map;

/**
 * The Dashboard's cells that formulas and charts read. The printed page spans columns 0 to
 * {@link #pageLastColumn()}, three columns per stage, in bands of at most {@link #BAND} stages
 * (a journey of twelve stages has three bands, one under the other); the period selector sits on it. Right of
 * the page, outside the print area, the calculation detail: on the selector's row the selected
 * period's index and the period count; under it the KPI table of the selected period (a row per
 * stage followed by rows for its KPIs), the stage-score table, the funnel table with the largest
 * drop-off under it, further right the score history with a row per prepared period, then the
 * trend window the journey-score chart reads (a period and a journey score per position of the
 * {@link TrendWindow}) and the sparklines' window (on each KPI's row of the detail table, the
 * window's start index, then one column per position). Rows 1-based, columns 0-based.
 */
public final class DashboardLayout {
    /** The most stages side by side on the printed page: more wrap into another band below. */
    public static final int BAND = 5;

    /** The defined name of the selector's list: the Data sheet's periods. */
    public static final String PERIOD_LIST = "PeriodList";

    /** The columns of the detail KPI table, left to right. */
    public enum Detail {
        /** The KPI's label; on a stage row, the stage's sheet name. */
        LABEL,
        VALUE, TARGET, VS_TARGET, VS_PREVIOUS,
        /** The KPI's status in the selected period: a code, 1 on track, 2 at risk, 3 off track, "" when blank. */
        STATUS,
        /** The KPI's score; on a stage row, the stage's score. */
        SCORE,
        /** score + ROW()/1e9 for a KPI not on track, blank otherwise: what the friction points rank by. */
        SORT_KEY,
        /** The KPI's stage name. */
        STAGE,
        /**
         * The KPI's amber score, a formula of the Targets sheet's: what its status and the traffic
         * lights read, as Excel 2007's conditional formats may not refer to another sheet.
         */
        AMBER
    }

    /** The columns of the funnel table, left to right. */
    public enum FunnelColumn { LABEL, VOLUME, CONVERSION, DROP_OFF, OF_FIRST, CHART_LABEL }

    private final int stages;
    private final int capacity;
    private final int funnelSteps;
    private final Map<String, Integer> stageRow = new HashMap<>();
    private final Map<String, Integer> kpiRow = new HashMap<>();
    private final int detailLastRow;
    private final boolean partialNote;
    private final TrendWindow window;
    /** The sheet as formulas name it. */
    private final String sheet;

    DashboardLayout(Journey journey, int capacity, TrendWindow window, String sheet) {
        this.sheet = Refs.sheet(sheet);
        this.window = window;
        this.partialNote = !journey.sources().isEmpty();
        this.stages = journey.stages().size();
        this.capacity = capacity;
        this.funnelSteps = journey.funnel().size();
        int row = detailHeaderRow();
        for (Stage st : journey.stages()) {
            stageRow.put(st.id(), ++row);
            for (Kpi k : st.kpis()) {
                kpiRow.put(k.id(), ++row);
            }
        }
        detailLastRow = row;
    }

    public int selectorRow() {
        return 4;
    }

    /**
     * The period selector: a date serial, chosen from a list of the Data sheet's periods; when
     * the workbook was generated with the latest period selected, the formula of the newest
     * period on the Data sheet ({@code MAX}), which follows a pasted period until a pick from the
     * list replaces it by a value.
     */
    public int selectorColumn() {
        return 2;
    }

    /** Whether the page has the partial-period note under the selector: for a journey with sources. */
    public boolean hasPartialNote() {
        return partialNote;
    }

    /**
     * The row of the partial-period note, under the selector: a text formula of the selected
     * period, "Partial period: data 1\u201310 Apr 2026" when the Data sheet's coverage cell of that
     * period is filled, blank otherwise. Written only when {@link #hasPartialNote()}.
     */
    public int partialNoteRow() {
        return selectorRow() + 1;
    }

    /** The partial-period note's column: the selector's. */
    public int partialNoteColumn() {
        return selectorColumn();
    }

    /** The last column of the printed page: the widest band's. */
    public int pageLastColumn() {
        return cardColumn(Math.min(stages, BAND) - 1) + 1;
    }

    /** How many bands of stages the page has. */
    public int bands() {
        return (stages + BAND - 1) / BAND;
    }

    /** The band (0-based, top first) of the stage {@code stageIndex}. */
    public int band(int stageIndex) {
        return stageIndex / BAND;
    }

    /** On the selector's row: the selected period's 1-based position among the Data sheet's periods. */
    public int selectedIndexColumn() {
        return detailColumn(Detail.VALUE);
    }

    /** On the selector's row: the number of periods on the Data sheet. */
    public int periodCountColumn() {
        return detailColumn(Detail.TARGET);
    }

    /** The row of the journey's description, which the page's subtitle formula reads: above the selector. */
    public int descriptionRow() {
        return 2;
    }

    /** The description's column: the detail table's label column. */
    public int descriptionColumn() {
        return detailColumn(Detail.LABEL);
    }

    /** On the selector's row: the 1-based index of the trend window's first period. */
    public int windowStartColumn() {
        return detailColumn(Detail.VS_TARGET);
    }

    /** The trend window's period column; its journey scores are in the next. */
    public int windowColumn() {
        return historyJourneyColumn() + 2;
    }

    public int windowJourneyColumn() {
        return windowColumn() + 1;
    }

    /** The trend window's row of position {@code position} (0-based, oldest first). */
    public int windowRow(int position) {
        return historyRow(position);
    }

    /** The last row the trend window may reach: its longest series' (a series without early values is shorter). */
    public int windowLastRow() {
        return windowRow(window.periods() - 1);
    }

    /** On each KPI's row of the detail table: the 1-based index of its sparkline's first period. */
    public int sparkStartColumn() {
        return windowJourneyColumn() + 2;
    }

    /** The sparklines' window column of position {@code position} (0-based, oldest first), on each KPI's detail row. */
    public int sparkColumn(int position) {
        return sparkStartColumn() + 1 + position;
    }

    /** The title row above the detail tables. */
    public int detailTitleRow() {
        return detailHeaderRow() - 1;
    }

    public int detailHeaderRow() {
        return 6;
    }

    public int detailColumn(Detail column) {
        return pageLastColumn() + 3 + column.ordinal();
    }

    /** The stage's row in the detail KPI table (its sheet name and score). */
    public int detailStageRow(String stageId) {
        return Ids.get(stageRow, stageId, "stage");
    }

    public int detailKpiRow(String kpiId) {
        return Ids.get(kpiRow, kpiId, "KPI");
    }

    public int detailFirstRow() {
        return detailHeaderRow() + 1;
    }

    public int detailLastRow() {
        return detailLastRow;
    }

    /** The header of the stage-score table (stage name in the LABEL column, score in the VALUE column). */
    public int stageScoresHeaderRow() {
        return detailLastRow + 2;
    }

    /** The row of the stage {@code stageIndex} (0-based, journey order) in the stage-score table. */
    public int stageScoresRow(int stageIndex) {
        return stageScoresHeaderRow() + 1 + stageIndex;
    }

    public int funnelHeaderRow() {
        return stageScoresHeaderRow() + stages + 2;
    }

    /** The row of funnel step {@code step} (0-based, widest first). */
    public int funnelRow(int step) {
        return funnelHeaderRow() + 1 + step;
    }

    public int funnelColumn(FunnelColumn column) {
        return detailColumn(Detail.LABEL) + column.ordinal();
    }

    /**
     * The row under the funnel's steps holding the largest drop-off: its text in the LABEL
     * column, its value in the DROP_OFF column; written only when the funnel has two steps or more.
     */
    public int largestDropRow() {
        return funnelRow(funnelSteps);
    }

    /** The score history's period column. */
    public int historyColumn() {
        return detailColumn(Detail.LABEL) + 11;
    }

    /** The score history's column of the stage {@code stageIndex} (0-based, journey order). */
    public int historyStageColumn(int stageIndex) {
        return historyColumn() + 1 + stageIndex;
    }

    public int historyJourneyColumn() {
        return historyColumn() + 1 + stages;
    }

    public int historyHeaderRow() {
        return detailHeaderRow();
    }

    /** The score history's row of period {@code period} (0-based). */
    public int historyRow(int period) {
        return historyHeaderRow() + 1 + period;
    }

    public int historyLastRow() {
        return historyRow(capacity - 1);
    }

    /** First column of the printed card group of the stage {@code stageIndex}: two columns per stage and a gap, in its band. */
    int cardColumn(int stageIndex) {
        return 1 + 3 * (stageIndex % BAND);
    }

    /** {@code $C$4} */
    String selectorCell() {
        return Refs.cell(selectorColumn(), selectorRow());
    }

    /** {@code Dashboard!$T$4}: the selected period's index, as other sheets read it. */
    String selectedIndexReference() {
        return sheet + "!" + selectedIndexCell();
    }

    /** {@code $T$4}: the selected period's index, which every INDEX of the detail area reads. */
    String selectedIndexCell() {
        return Refs.cell(selectedIndexColumn(), selectorRow());
    }

    /** {@code $V$4}: the trend window's first index. */
    String windowStartCell() {
        return Refs.cell(windowStartColumn(), selectorRow());
    }

    /** {@code $U$4}: the number of periods on the Data sheet. */
    String periodCountCell() {
        return Refs.cell(periodCountColumn(), selectorRow());
    }

    /** {@code $S$8}: a cell of the detail KPI table. */
    String detailCell(Detail column, int row) {
        return Refs.cell(detailColumn(column), row);
    }
}
