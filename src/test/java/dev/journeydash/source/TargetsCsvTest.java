package dev.journeydash.source;

import dev.journeydash.model.Decimal;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Period;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.model.TargetChange;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Targets files as real budgets come: other delimiters and decimal commas, labels as headers, dates for months. */
class TargetsCsvTest {
    private static Journey ecommerce;

    @BeforeAll
    static void load() throws InputException {
        ecommerce = TemplateLoader.load(Path.of("templates/ecommerce.yaml"));
    }

    private static List<String> changes(Map<String, List<TargetChange>> m, String kpi) {
        return m.get(kpi).stream().map(c -> c.from().label() + " " + c.value()).toList();
    }

    @Test
    void semicolonsDecimalCommasPercentsAndLabels() throws InputException {
        String text = "\uFEFFMonth;Conversion rate;average_order_value\r\n01.07.2024;2,8%;\r\n\r\n31.01.2025;3,0%;\"90,50\"\r\n";
        var m = DataSources.parseTargets("budget.csv", text, ecommerce, ReadOptions.DETECT);

        assertThat(m.get("conversion_rate")).extracting(c -> c.from().label()).containsExactly("Jul 2024", "Jan 2025");
        assertThat(m.get("conversion_rate").get(0).value()).isCloseTo(0.028, within(1e-15));
        assertThat(m.get("conversion_rate").get(1).value()).isCloseTo(0.03, within(1e-15));
        assertThat(changes(m, "average_order_value")).containsExactly("Jan 2025 90.5");
    }

    @Test
    void aQuarterStartsInItsFirstMonthAndRowsMayComeInAnyOrder() throws InputException {
        var m = DataSources.parseTargets("q.csv", "period,conversion_rate\n2025-Q3,0.031\n2025-Q1,0.03\n", ecommerce,
                new ReadOptions(Decimal.POINT, DateOrder.DETECT));

        assertThat(changes(m, "conversion_rate")).containsExactly("Jan 2025 0.03", "Jul 2025 0.031");
    }

    @Test
    void theFileWinsOverTheTemplateInTheSamePeriodAndKeepsItsOtherChanges() throws InputException {
        Journey j = TemplateLoader.load(Path.of("src/test/resources/budget/budget.yaml"));
        var m = DataSources.parseTargets("t.csv", "period,conversion\n2025-04,0.024\n2025-06,0.026\n", j, ReadOptions.DETECT);
        Kpi k = j.withTargetChanges(m).kpis().filter(x -> x.id().equals("conversion")).findFirst().orElseThrow();

        assertThat(k.changes()).extracting(c -> c.from().label() + " " + c.value())
                .containsExactly("Apr 2025 0.024", "Jun 2025 0.026", "Aug 2025 0.03");
        assertThat(k.target(month(2025, 3))).isEqualTo(0.02);
        assertThat(k.target(month(2025, 5))).isEqualTo(0.024);
        assertThat(k.target(month(2025, 7))).isEqualTo(0.026);
        assertThat(k.target(month(2026, 1))).isEqualTo(0.03);
    }

    private static Period month(int y, int m) {
        return new Period(LocalDate.of(y, m, 1), dev.journeydash.model.Granularity.MONTH);
    }
}
