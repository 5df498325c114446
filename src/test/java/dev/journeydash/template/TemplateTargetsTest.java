package dev.journeydash.template;

import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Period;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A KPI's {@code targets:} in a template: periods written as data files write them, in any order. */
class TemplateTargetsTest {
    private static String template(String granularity, String targets) throws Exception {
        String base = Files.readString(Path.of("src/test/resources/invalid/templates/valid-base.yaml"));
        return base.replace("period: month", "period: " + granularity)
                .replace("        target: 0.02\n", "        target: 0.02\n" + targets);
    }

    private static Kpi conversion(Journey j) {
        return j.kpis().filter(k -> k.id().equals("conversion")).findFirst().orElseThrow();
    }

    @Test
    void periodsInEveryFormAreReadAndSorted() throws Exception {
        Journey j = TemplateLoader.parse("t.yaml", template("month", """
                        targets:
                          Jul 2025: 2.5%
                          2025-01-15: 0.021
                          2024-Q4: 0.0205
                """));
        Kpi k = conversion(j);

        assertThat(k.changes()).extracting(c -> c.from().label() + " " + c.value())
                .containsExactly("Oct 2024 0.0205", "Jan 2025 0.021", "Jul 2025 0.025");
        assertThat(k.target()).isEqualTo(0.02);
        assertThat(k.target(month(2024, 9))).as("before the first change: the single target").isEqualTo(0.02);
        assertThat(k.target(month(2024, 12))).isEqualTo(0.0205);
        assertThat(k.target(month(2025, 6))).isEqualTo(0.021);
        assertThat(k.target(month(2030, 1))).isEqualTo(0.025);
    }

    @Test
    void aWeekStartsAWeeklyTarget() throws Exception {
        Journey j = TemplateLoader.parse("t.yaml", template("week", """
                        targets:
                          2025-W05: 0.03
                """));

        assertThat(conversion(j).changes()).extracting(c -> c.from().start())
                .containsExactly(LocalDate.of(2025, 1, 27));
    }

    @Test
    void withoutTargetsTheKpiHasOneTarget() throws InputException {
        Journey j = TemplateLoader.load(Path.of("src/test/resources/invalid/templates/valid-base.yaml"));

        assertThat(j.kpis()).allSatisfy(k -> assertThat(k.changes()).isEmpty());
        assertThat(conversion(j).target(month(2025, 1))).isEqualTo(0.02);
    }

    private static Period month(int y, int m) {
        return new Period(LocalDate.of(y, m, 1), Granularity.MONTH);
    }
}
