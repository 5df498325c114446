package dev.journeydash.compute;

import dev.journeydash.BudgetFixture;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each period is scored against the target in force then: the hand-checked numbers of {@link BudgetFixture}. */
class PeriodTargetsTest {
    private static final double EPS = 1e-12;

    @Test
    void everyPeriodIsScoredAgainstItsOwnTarget() {
        Results r = BudgetFixture.results(false);
        for (int i = 0; i < 6; i++) {
            String month = r.data().periods().get(i).label();
            assertThat(r.score("conversion", i)).as("conversion in " + month).isCloseTo(BudgetFixture.CONVERSION[i], within(EPS));
            assertThat(r.score("cost_per_order", i)).as("cost per order in " + month)
                    .isCloseTo(BudgetFixture.COST_PER_ORDER[i], within(EPS));
            assertThat(r.stageScore("buy", i)).as("Buy in " + month).isCloseTo(BudgetFixture.BUY[i], within(EPS));
            assertThat(r.journeyScore(i)).as("journey in " + month).isCloseTo(BudgetFixture.JOURNEY[i], within(EPS));
            Kpi conversion = r.journey().kpis().filter(k -> k.id().equals("conversion")).findFirst().orElseThrow();
            assertThat(r.target(conversion, i)).as("conversion's target in " + month)
                    .isEqualTo(BudgetFixture.CONVERSION_TARGET[i]);
        }
    }

    @Test
    void aLaterTargetChangeLeavesEarlierScoresAlone() {
        Results changed = BudgetFixture.results(false);
        Results single = Calculator.compute(withoutChanges(changed.journey()), changed.data());
        for (int i = 0; i < 3; i++) {
            assertThat(changed.journeyScore(i)).as("journey score in period " + i).isEqualTo(single.journeyScore(i));
            assertThat(changed.stageScore("buy", i)).isEqualTo(single.stageScore("buy", i));
        }
        // from April the raised conversion target counts: 0.96 against the 0.977778 of the single target
        assertThat(single.journeyScore(3)).isCloseTo((2.9 / 3 * 2 + 1) / 3, within(EPS));
        assertThat(changed.journeyScore(3)).isCloseTo(0.96, within(EPS));
        assertThat(single.journeyScore(4)).isCloseTo(1, within(EPS));
        assertThat(changed.journeyScore(4)).isCloseTo(2.83 / 3, within(EPS));
    }

    @Test
    void aTargetsFileAddsChangesAndLeavesEarlierPeriodsAlone() {
        Results csv = BudgetFixture.results(true);
        Results template = BudgetFixture.results(false);
        for (int i = 0; i < 5; i++) {
            assertThat(csv.journeyScore(i)).as("period " + i).isEqualTo(template.journeyScore(i));
        }
        // June: order value 50 against 55 = 0.909091; Buy (2 + 0.909091) / 3 = 0.969697; journey (1.939394 + 1) / 3
        assertThat(csv.score("order_value", 5)).isCloseTo(50.0 / 55, within(EPS));
        assertThat(csv.stageScore("buy", 5)).isCloseTo((2 + 50.0 / 55) / 3, within(EPS));
        assertThat(csv.journeyScore(5)).isCloseTo(((2 + 50.0 / 55) / 3 * 2 + 1) / 3, within(EPS));
    }

    private static Journey withoutChanges(Journey j) {
        List<Stage> stages = j.stages().stream().map(st -> st.withKpis(st.kpis().stream()
                .map(k -> new Kpi(k.id(), k.label(), k.description(), k.formulaText(), k.formula(), k.format(), k.unit(),
                        k.direction(), k.target(), k.amber(), k.weight())).toList())).toList();
        return new Journey(j.name(), j.client(), j.description(), j.granularity(), j.currency(), j.measures(), stages,
                j.funnel(), j.decimal(), j.dateOrder(), j.sources(), j.select());
    }
}
