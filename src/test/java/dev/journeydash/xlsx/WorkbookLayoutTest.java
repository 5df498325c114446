package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Results;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.DashboardLayout.Detail;
import dev.journeydash.xlsx.DashboardLayout.FunnelColumn;
import dev.journeydash.xlsx.TargetsLayout.Column;
import dev.journeydash.xlsx.TargetsLayout.StageColumn;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cell contract, rebuilt from the journey and the capacity alone as a refresh would, reads
 * back from the generated workbooks what the template and the data put there.
 */
class WorkbookLayoutTest {
    /** The samples are rendered with the default 36 periods ahead. */
    private static WorkbookLayout layout(Results r) {
        return WorkbookLayout.of(r.journey(), r.periodCount() + 36, r.data().extras().size());
    }

    /** The cell at a 1-based row and 0-based column, as the contract counts them. */
    private static Cell cell(XSSFSheet sheet, int row, int col) {
        Row r = sheet.getRow(row - 1);
        assertThat(r).as(sheet.getSheetName() + " row " + row).isNotNull();
        Cell c = r.getCell(col);
        assertThat(c).as(sheet.getSheetName() + " row " + row + " column " + col).isNotNull();
        return c;
    }

    private static String col(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        return cell(sheet, row, col).getStringCellValue();
    }

    @Test
    void rowsAreOneBasedAndColumnsZeroBased() {
        Results r = Samples.ECOMMERCE.results();
        WorkbookLayout l = layout(r);
        Kpi first = r.journey().kpis().findFirst().orElseThrow();
        // Targets!F5 is the first KPI's amber: row 5 is the first under the header on row 4, F is column 5
        assertThat(l.targets().headerRow()).isEqualTo(4);
        assertThat(l.targets().kpiRow(first.id())).isEqualTo(5);
        assertThat(Column.AMBER.index()).isEqualTo(5);
        assertThat(l.targets().cell(first.id(), Column.AMBER)).isEqualTo("Targets!$F$5");
        // the targets per period: K holds the periods (after the direction list in I and a gap), L the first KPI's
        assertThat(l.targets().periodColumn()).isEqualTo(10);
        assertThat(l.targets().targetCell(first.id(), 0)).isEqualTo("Targets!$L$5");
        assertThat(l.targets().targetCell(first.id(), 3)).isEqualTo("Targets!$L$8");
        assertThat(l.targets().lastPeriodRow()).isEqualTo(4 + 24 + 36);
        // Data!B2 is the first measure in the first period
        assertThat(l.data().measureColumn(r.journey().measures().get(0).id())).isEqualTo(1);
        assertThat(l.data().row(0)).isEqualTo(2);
        assertThat(l.data().lastPreparedRow()).isEqualTo(1 + 24 + 36);
        assertThat(l.dashboard().selectorRow()).isEqualTo(4);
        assertThat(l.dashboard().selectorColumn()).isEqualTo(2);
        assertThat(l.dashboard().selectorCell()).isEqualTo("$C$4");
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void sheetsAndTheTargetsSheetAreWhereTheContractSays(Samples sample) throws IOException {
        Results r = sample.results();
        WorkbookLayout l = layout(r);
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).isEqualTo(l.sheetNames());
            XSSFSheet t = wb.getSheet(WorkbookLayout.TARGETS);
            TargetsLayout tl = l.targets();
            for (Stage st : r.journey().stages()) {
                for (Kpi k : st.kpis()) {
                    int row = tl.kpiRow(k.id());
                    assertThat(text(t, row, Column.KPI_ID.index())).isEqualTo(k.id());
                    assertThat(text(t, row, Column.STAGE.index())).isEqualTo(st.name());
                    assertThat(text(t, row, Column.DIRECTION.index())).as(k.id()).isEqualTo(k.direction().word());
                    // the single target on the first period's row, the rows below repeating the one above
                    int c = tl.targetColumn(k.id());
                    assertThat(cell(t, tl.periodRow(0), c).getNumericCellValue()).as(k.id()).isEqualTo(k.target());
                    assertThat(cell(t, tl.periodRow(1), c).getCellFormula()).as(k.id())
                            .isEqualTo(col(c) + tl.periodRow(0));
                    assertThat(text(t, tl.headerRow(), c)).isEqualTo(k.label());
                    assertThat(cell(t, row, Column.AMBER.index()).getNumericCellValue()).as(k.id()).isEqualTo(k.amber());
                    assertThat(cell(t, row, Column.WEIGHT.index()).getNumericCellValue()).as(k.id()).isEqualTo(k.weight());
                }
                int row = tl.stageRow(st.id());
                assertThat(text(t, row, StageColumn.STAGE_ID.index())).isEqualTo(st.id());
                assertThat(cell(t, row, StageColumn.WEIGHT.index()).getNumericCellValue()).isEqualTo(st.weight());
            }
            assertThat(text(t, tl.stageHeaderRow(), StageColumn.WEIGHT.index())).isEqualTo("Weight");
            assertThat(tl.lastStageRow() - tl.firstStageRow() + 1).isEqualTo(r.journey().stages().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void theDataAndStageTablesAreWhereTheContractSays(Samples sample) throws IOException {
        Results r = sample.results();
        WorkbookLayout l = layout(r);
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            XSSFSheet data = wb.getSheet(WorkbookLayout.DATA);
            DataLayout dl = l.data();
            assertThat(data.getTables().get(0).getName()).isEqualTo(DataLayout.TABLE_NAME);
            for (Measure m : r.journey().measures()) {
                assertThat(text(data, dl.headerRow(), dl.measureColumn(m.id()))).isEqualTo(m.label());
            }
            assertThat(DateUtil.getLocalDateTime(cell(data, dl.row(0), dl.periodColumn()).getNumericCellValue()).toLocalDate())
                    .isEqualTo(r.data().periods().get(0).start());
            StageLayout sl = l.stages();
            for (Stage st : r.journey().stages()) {
                XSSFSheet sheet = wb.getSheet(l.stageSheet(st.id()));
                assertThat(text(sheet, sl.headerRow(), sl.stageScoreColumn(st.id()))).isEqualTo("Stage score");
                for (Kpi k : st.kpis()) {
                    assertThat(text(sheet, sl.headerRow(), sl.valueColumn(k.id()))).isEqualTo(k.label());
                    assertThat(text(sheet, sl.headerRow(), sl.scoreColumn(k.id()))).isEqualTo("Score: " + k.label());
                    assertThat(text(sheet, sl.headerRow(), sl.targetColumn(k.id()))).isEqualTo("Target: " + k.label());
                    assertThat(cell(sheet, sl.targetRow(), sl.valueColumn(k.id())).getCellFormula())
                            .as("the target of the period the Dashboard shows")
                            .isEqualTo("IFERROR(INDEX(Targets!$" + col(l.targets().targetColumn(k.id())) + "$5:$"
                                    + col(l.targets().targetColumn(k.id())) + "$" + l.targets().lastPeriodRow() + ",Dashboard!$"
                                    + col(l.dashboard().selectedIndexColumn()) + "$" + l.dashboard().selectorRow() + "),\"\")");
                    assertThat(sl.stageOf(k.id())).isEqualTo(st.id());
                }
                assertThat(cell(sheet, sl.lastPreparedRow(), sl.periodColumn()).getCellFormula())
                        .as("the last prepared row follows Data's last prepared row")
                        .isEqualTo("IF(Data!$A" + dl.lastPreparedRow() + "=\"\",\"\",Data!$A" + dl.lastPreparedRow() + ")");
                assertThat((Object) sheet.getRow(sl.lastPreparedRow())).as("nothing below the prepared rows").isNull();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void theDashboardsDetailCellsAreWhereTheContractSays(Samples sample) throws IOException {
        Results r = sample.results();
        WorkbookLayout l = layout(r);
        DashboardLayout d = l.dashboard();
        try (XSSFWorkbook wb = WorkbookFormulaTest.open(sample.workbook())) {
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            int last = r.periodCount() - 1;
            assertThat(DateUtil.getLocalDateTime(cell(dash, d.selectorRow(), d.selectorColumn()).getNumericCellValue())
                    .toLocalDate()).isEqualTo(r.data().periods().get(last).start());
            assertThat(cell(dash, d.selectorRow(), d.selectedIndexColumn()).getNumericCellValue()).isEqualTo(last + 1);
            assertThat(cell(dash, d.selectorRow(), d.periodCountColumn()).getNumericCellValue()).isEqualTo(r.periodCount());
            assertThat(text(dash, d.detailHeaderRow(), d.detailColumn(Detail.SORT_KEY))).isEqualTo("Sort key");
            for (Stage st : r.journey().stages()) {
                assertThat(text(dash, d.detailStageRow(st.id()), d.detailColumn(Detail.LABEL))).isEqualTo(l.stageSheet(st.id()));
                for (Kpi k : st.kpis()) {
                    assertThat(text(dash, d.detailKpiRow(k.id()), d.detailColumn(Detail.LABEL))).isEqualTo(k.label());
                    assertThat(text(dash, d.detailKpiRow(k.id()), d.detailColumn(Detail.STAGE))).isEqualTo(st.name());
                }
            }
            int lastKpi = d.detailKpiRow(r.journey().stages().get(r.journey().stages().size() - 1).kpis()
                    .get(r.journey().stages().get(r.journey().stages().size() - 1).kpis().size() - 1).id());
            assertThat(d.detailLastRow()).isEqualTo(lastKpi);
            List<Stage> stages = r.journey().stages();
            for (int s = 0; s < stages.size(); s++) {
                assertThat(text(dash, d.stageScoresRow(s), d.detailColumn(Detail.LABEL))).isEqualTo(stages.get(s).name());
                assertThat(text(dash, d.historyHeaderRow(), d.historyStageColumn(s))).isEqualTo(stages.get(s).name());
            }
            List<FunnelStep> funnel = r.journey().funnel();
            for (int s = 0; s < funnel.size(); s++) {
                assertThat(text(dash, d.funnelRow(s), d.funnelColumn(FunnelColumn.LABEL))).isEqualTo(funnel.get(s).label());
            }
            assertThat(text(dash, d.largestDropRow(), d.funnelColumn(FunnelColumn.LABEL))).startsWith("Largest drop-off: ");
            assertThat(text(dash, d.historyHeaderRow(), d.historyJourneyColumn())).isEqualTo("Journey score");
            assertThat(cell(dash, d.historyLastRow(), d.historyJourneyColumn()).getCellType()).isEqualTo(CellType.FORMULA);
            Row below = dash.getRow(d.historyLastRow());
            assertThat(below == null ? null : below.getCell(d.historyJourneyColumn())).as("below the history").isNull();
        }
    }

    @Test
    void theRawDataSheetsColumnsFollowItsTextColumns() {
        Journey j = Samples.ECOMMERCE.results().journey();
        WorkbookLayout plain = WorkbookLayout.of(j, 10, 0);
        assertThat(plain.rawData()).isEmpty();
        assertThat(plain.sheetNames()).doesNotContain(WorkbookLayout.RAW_DATA);
        WorkbookLayout raw = plain.withRawData(2);
        RawDataLayout rl = raw.rawData().orElseThrow();
        assertThat(rl.textColumn(1)).isEqualTo(3);
        assertThat(rl.measureColumn(j.measures().get(0).id())).isEqualTo(4);
        assertThat(rl.measureColumn(j.measures().get(2).id())).isEqualTo(6);
        assertThat(raw.sheetNames().subList(raw.sheetNames().size() - 3, raw.sheetNames().size()))
                .containsExactly(WorkbookLayout.DATA, WorkbookLayout.RAW_DATA, WorkbookLayout.ABOUT);
    }

    @Test
    void anIdTheJourneyDoesNotHaveIsAnError() {
        WorkbookLayout l = WorkbookLayout.of(Samples.ECOMMERCE.results().journey(), 10, 0);
        assertThatThrownBy(() -> l.targets().kpiRow("no_such_kpi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the journey has no KPI \"no_such_kpi\"");
        assertThatThrownBy(() -> l.data().measureColumn("no_such_measure")).hasMessageContaining("measure \"no_such_measure\"");
        assertThatThrownBy(() -> l.data().extraColumn(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> WorkbookLayout.of(l.journey(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
