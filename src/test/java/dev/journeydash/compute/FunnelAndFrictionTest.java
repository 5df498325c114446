package dev.journeydash.compute;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Expr;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import dev.journeydash.model.Stage;
import dev.journeydash.model.ValueFormat;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The funnel and the friction points in {@link Results}, on a small journey whose numbers are worked out by hand. */
class FunnelAndFrictionTest {
    private static final double NAN = Double.NaN;

    /** Funnel a, b, c, d; KPIs over the measures va..vf; four months. */
    private static Results results() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("a", new double[] {1000, 100, 0, 4.9e-324});
        m.put("b", new double[] {400, 50, 10, 39922});
        m.put("c", new double[] {100, 25, NAN, 100});
        m.put("d", new double[] {50, NAN, 5, 50});
        m.put("va", new double[] {90, 100, 100, 100});
        m.put("vb", new double[] {100, 100, 100, 100});
        m.put("vc", new double[] {50, 100, 100, 100});
        m.put("vd", new double[] {125, 100, 100, 100});
        m.put("ve", new double[] {50, 100, 100, 100});
        m.put("vf", new double[] {NAN, 100, 100, 100});
        List<Measure> measures = m.keySet().stream().map(id -> new Measure(id, id, ValueFormat.NUMBER, Measure.Aggregation.SUM)).toList();
        Stage first = new Stage("s1", "First", "", List.of(), 1, List.of(kpi("ka", Direction.HIGHER), kpi("kb", Direction.HIGHER)));
        Stage second = new Stage("s2", "Second", "", List.of(), 1, List.of(kpi("kc", Direction.HIGHER),
                kpi("kd", Direction.LOWER), kpi("ke", Direction.HIGHER), kpi("kf", Direction.HIGHER)));
        List<FunnelStep> funnel = List.of(new FunnelStep("a", "A"), new FunnelStep("b", "B"), new FunnelStep("c", "C"),
                new FunnelStep("d", "D"));
        Journey journey = new Journey("J", "", "", Granularity.MONTH, "$", measures, List.of(first, second), funnel,
                Decimal.DETECT, DateOrder.DETECT);
        List<Period> periods = List.of(month(1), month(2), month(3), month(4));
        return Calculator.compute(journey, new DataSet("t.csv", periods, m, List.of(), List.of()));
    }

    /** KPI k<x> = measure v<x>, target 100, amber 0.8. */
    private static Kpi kpi(String id, Direction direction) {
        String measure = "v" + id.substring(1);
        return new Kpi(id, id.toUpperCase(), "", measure, new Expr.Ref(measure), ValueFormat.NUMBER, "", direction, 100, 0.8, 1);
    }

    private static Period month(int m) {
        return new Period(LocalDate.of(2025, m, 1), Granularity.MONTH);
    }

    @Test
    void funnelStepsConvertDropAndShareOfTheFirst() {
        Funnel f = results().funnel(0);
        assertThat(f.steps()).extracting(Funnel.Step::volume).containsExactly(1000.0, 400.0, 100.0, 50.0);
        double[][] expected = {{NAN, NAN, 1}, {0.4, 0.6, 0.4}, {0.25, 0.75, 0.1}, {0.5, 0.5, 0.05}};
        for (int s = 0; s < 4; s++) {
            Funnel.Step step = f.steps().get(s);
            assertThat(step.step().label()).isEqualTo("ABCD".substring(s, s + 1));
            check("conversion of step " + s, step.conversion(), expected[s][0]);
            check("drop-off of step " + s, step.dropOff(), expected[s][1]);
            check("share of the first of step " + s, step.ofFirst(), expected[s][2]);
        }
        assertThat(f.largestDrop()).as("B -> C loses 75 %").isEqualTo(2);
        assertThat(f.hasLargestDrop()).isTrue();
    }

    @Test
    void theFirstOfEqualDropOffsIsTheLargest() {
        Funnel f = results().funnel(1);
        check("drop A -> B", f.steps().get(1).dropOff(), 0.5);
        check("drop B -> C", f.steps().get(2).dropOff(), 0.5);
        check("drop C -> D, D blank", f.steps().get(3).dropOff(), NAN);
        assertThat(f.largestDrop()).isEqualTo(1);
    }

    @Test
    void blankAndZeroVolumesLeaveRatiosBlankAndNoLargestDrop() {
        Funnel f = results().funnel(2);
        for (Funnel.Step step : f.steps()) {
            check(step.step().label() + " conversion", step.conversion(), NAN);
            check(step.step().label() + " of the first (a zero)", step.ofFirst(), NAN);
        }
        assertThat(f.largestDrop()).isEqualTo(-1);
        assertThat(f.hasLargestDrop()).isFalse();
    }

    /** 39,922 over the smallest double overflows: Excel's #NUM!, which the workbook's IFERROR blanks. */
    @Test
    void aRatioThatOverflowsIsBlank() {
        Funnel f = results().funnel(3);
        check("conversion A -> B", f.steps().get(1).conversion(), NAN);
        check("drop-off A -> B", f.steps().get(1).dropOff(), NAN);
        check("B of the first", f.steps().get(1).ofFirst(), NAN);
        check("A of itself", f.steps().get(0).ofFirst(), 1);
        check("conversion B -> C", f.steps().get(2).conversion(), 100 / 39922.0);
        assertThat(f.largestDrop()).as("B -> C loses 99.7 %").isEqualTo(2);
    }

    @Test
    void frictionPointsAreTheKpisNotOnTrackLowestScoreFirstTiesInJourneyOrder() {
        // ka 90/100 = 0.9, kb on track, kc 50/100 = 0.5, kd 100/125 = 0.8 (lower is better), ke 0.5, kf blank
        List<FrictionPoint> points = results().frictionPoints(0);
        assertThat(points).extracting(p -> p.kpi().id()).containsExactly("kc", "ke", "kd", "ka");
        assertThat(points).extracting(p -> p.stage().id()).containsExactly("s2", "s2", "s2", "s1");
        assertThat(points).extracting(FrictionPoint::status)
                .containsExactly(Status.OFF_TRACK, Status.OFF_TRACK, Status.AT_RISK, Status.AT_RISK);
        double[] scores = {0.5, 0.5, 0.8, 0.9};
        for (int i = 0; i < scores.length; i++) {
            check("score of friction point " + i, points.get(i).score(), scores[i]);
        }
        assertThat(results().frictionPoints(1)).as("every KPI on track").isEmpty();
    }

    @Test
    void statusFollowsTheScoreAndTheAmberBand() {
        assertThat(Status.of(1, 0.8)).isEqualTo(Status.ON_TRACK);
        assertThat(Status.of(0.8, 0.8)).isEqualTo(Status.AT_RISK);
        assertThat(Status.of(0.79, 0.8)).isEqualTo(Status.OFF_TRACK);
        assertThat(Status.of(NAN, 0.8)).isNull();
    }

    private static void check(String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what + " should be blank").isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(1e-15));
        }
    }
}
