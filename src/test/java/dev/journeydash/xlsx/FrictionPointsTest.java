package dev.journeydash.xlsx;

import dev.journeydash.Samples;
import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.FrictionPoint;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook's friction points are the KPIs of {@link Results#frictionPoints(int)}, also for a score just under 1. */
class FrictionPointsTest {

    /** The e-commerce journey with targets that put every KPI on track in the last period, except {@code chosen} at 1 - 1e-8. */
    private static Journey targets(Results r, Kpi chosen) {
        int last = r.periodCount() - 1;
        List<Stage> stages = new ArrayList<>();
        for (Stage st : r.journey().stages()) {
            List<Kpi> kpis = new ArrayList<>();
            for (Kpi k : st.kpis()) {
                double v = r.kpi(k.id(), last);
                double target = k == chosen ? v / (1 - 1e-8) : k.direction() == Direction.HIGHER ? v / 2 : Math.abs(v) * 2 + 1;
                kpis.add(new Kpi(k.id(), k.label(), k.description(), k.formulaText(), k.formula(), k.format(), k.unit(),
                        k.direction(), target, k.amber(), k.weight()));
            }
            stages.add(st.withKpis(kpis));
        }
        Journey j = r.journey();
        return new Journey(j.name(), j.client(), j.description(), j.granularity(), j.currency(), j.measures(), stages,
                j.funnel(), j.decimal(), j.dateOrder());
    }

    @Test
    void aScoreJustUnderOneIsAFrictionPointInTheWorkbookAsInResults() throws IOException {
        Results sample = Samples.ECOMMERCE.results();
        int last = sample.periodCount() - 1;
        // the journey's last KPI that is higher-is-better: its detail row is far enough down that ROW()/1e9 exceeds 1e-8
        List<Kpi> all = sample.journey().kpis().toList();
        Kpi chosen = all.stream().filter(k -> k.direction() == Direction.HIGHER && sample.kpi(k.id(), last) > 0)
                .reduce((a, b) -> b).orElseThrow();
        Results r = Calculator.compute(targets(sample, chosen), sample.data());
        assertThat(r.frictionPoints(last)).extracting(FrictionPoint::kpi).extracting(Kpi::id).containsExactly(chosen.id());
        assertThat(r.score(chosen.id(), last)).isLessThan(1).isGreaterThan(1 - 2e-8);

        try (XSSFWorkbook wb = WorkbookFormulaTest.open(Samples.workbook(r, RenderOptions.builder().build()))) {
            assertThat(FormulaCheck.run(wb).mismatches()).as("cached values POI does not reproduce").isEmpty();
            XSSFSheet dash = wb.getSheet(WorkbookLayout.DASHBOARD);
            List<String> points = new ArrayList<>();
            for (Row row : dash) {
                Cell b = row.getCell(1);
                if (b != null && b.getCellType() == CellType.FORMULA && b.getCachedFormulaResultType() == CellType.STRING
                        && b.getStringCellValue().matches("\\d\\. .*")) {
                    points.add(b.getStringCellValue());
                }
            }
            assertThat(points).containsExactly("1. " + chosen.label());
        }
    }
}
