package dev.journeydash.xlsx;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything is: sheet names, and the rows and columns that formulas on other sheets
 * read. All row numbers here are 1-based (as in A1 references); columns are 0-based indexes.
 */
final class Layout {
    static final String DASHBOARD = "Dashboard";
    static final String TARGETS = "Targets";
    static final String DATA = "Data";
    static final String ABOUT = "About";

    /** Data sheet: header on row 1, period i (0-based) on row i + 2. */
    static final int DATA_FIRST_ROW = 2;
    /** Stage sheets: header row, target row, then period i on row i + STAGE_FIRST_ROW. */
    static final int STAGE_HEADER_ROW = 5;
    static final int STAGE_TARGET_ROW = 6;
    static final int STAGE_FIRST_ROW = 7;
    /** Targets sheet: header row, then one row per KPI. */
    static final int TARGETS_HEADER_ROW = 4;
    /** Raw data ranges run to Excel's last row, so that rows pasted below the data are counted. */
    static final int RAW_LAST_ROW = 1_048_576;

    final Journey journey;
    final Results results;
    /** Rows prepared for periods: the data plus the periods ahead. */
    final int capacity;
    final Map<String, String> stageSheet = new HashMap<>();
    final Map<String, Integer> stageIndex = new HashMap<>();
    final Map<String, Integer> kpiColumn = new HashMap<>();
    final Map<String, Integer> kpiScoreColumn = new HashMap<>();
    final Map<String, Integer> kpiTargetColumn = new HashMap<>();
    final Map<String, String> kpiStage = new HashMap<>();
    final Map<String, Integer> kpiTargetRow = new HashMap<>();
    final Map<String, Integer> stageWeightRow = new HashMap<>();
    final Map<String, Integer> stageScoreColumn = new HashMap<>();
    final Map<String, Integer> measureColumn = new HashMap<>();

    /** The period the dashboard shows, 0-based. */
    final int selected;

    Layout(Results results, int periodsAhead, int selected) {
        this.results = results;
        if (selected >= results.periodCount()) {
            throw new IllegalArgumentException("selected period " + selected + " is past the data's "
                    + results.periodCount() + " periods");
        }
        this.selected = selected < 0 ? results.periodCount() - 1 : selected;
        this.journey = results.journey();
        this.capacity = results.periodCount() + periodsAhead;
        int col = 1;
        for (Measure m : journey.measures()) {
            measureColumn.put(m.id(), col++);
        }
        int targetRow = TARGETS_HEADER_ROW + 1;
        List<Stage> stages = journey.stages();
        for (int s = 0; s < stages.size(); s++) {
            Stage st = stages.get(s);
            stageSheet.put(st.id(), sheetName(s + 1, st.name()));
            stageIndex.put(st.id(), s);
            int k = st.kpis().size();
            for (int j = 0; j < k; j++) {
                Kpi kpi = st.kpis().get(j);
                kpiColumn.put(kpi.id(), 1 + j);
                kpiScoreColumn.put(kpi.id(), 1 + k + 1 + j);
                kpiTargetColumn.put(kpi.id(), 1 + k + 1 + k + 2 + j);
                kpiStage.put(kpi.id(), st.id());
                kpiTargetRow.put(kpi.id(), targetRow++);
            }
            stageScoreColumn.put(st.id(), 1 + k + 1 + k);
        }
        int weightRow = targetRow + 3;
        for (Stage st : stages) {
            stageWeightRow.put(st.id(), weightRow++);
        }
    }

    /** "1 Awareness": number and name, without the characters Excel forbids, at most 31 characters. */
    static String sheetName(int number, String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").strip();
        String s = number + " " + clean;
        return s.length() > 31 ? s.substring(0, 31).strip() : s;
    }

    /** Last row of the prepared period rows on the Data sheet. */
    int dataLastRow() {
        return DATA_FIRST_ROW + capacity - 1;
    }

    int stageLastRow() {
        return STAGE_FIRST_ROW + capacity - 1;
    }

    /** Formula of a period cell that follows the Data sheet's period {@code i} (0-based), blank while that is blank. */
    static String periodFormula(int i) {
        String period = DATA + "!$A" + (DATA_FIRST_ROW + i);
        return "IF(" + period + "=\"\",\"\"," + period + ")";
    }

    /** Absolute range of a column of period rows on the Data sheet, e.g. {@code Data!$C$2:$C$61}. */
    String dataRange(int column) {
        return DATA + "!" + Refs.abs(column, DATA_FIRST_ROW, dataLastRow());
    }

    /** Absolute range of a column of period rows on a stage sheet. */
    String stageRange(String stageId, int column) {
        return Refs.q(stageSheet.get(stageId)) + "!" + Refs.abs(column, STAGE_FIRST_ROW, stageLastRow());
    }

    String targetCell(String kpiId) {
        return TARGETS + "!$F$" + kpiTargetRow.get(kpiId);
    }

    String amberCell(String kpiId) {
        return TARGETS + "!$G$" + kpiTargetRow.get(kpiId);
    }

    String weightCell(String kpiId) {
        return TARGETS + "!$H$" + kpiTargetRow.get(kpiId);
    }

    String directionCell(String kpiId) {
        return TARGETS + "!$E$" + kpiTargetRow.get(kpiId);
    }

    String stageWeightCell(String stageId) {
        return TARGETS + "!$C$" + stageWeightRow.get(stageId);
    }

    int extraColumn(int extraIndex) {
        return 1 + journey.measures().size() + extraIndex;
    }
}
