package dev.journeydash.compute;

import dev.journeydash.Oracle;
import dev.journeydash.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every KPI, stage score and journey score of several periods of both samples, against the independent oracle. */
class CalculatorOracleTest {

    @ParameterizedTest
    @EnumSource(Samples.class)
    void matchesTheOracle(Samples sample) {
        Results r = sample.results();
        List<Oracle> rows = Oracle.read(sample.oracle());
        assertThat(rows).hasSizeGreaterThan(50);
        for (Oracle o : rows) {
            int i = Oracle.monthIndex("2024-01", o.period());
            double actual;
            if (o.id().equals("journey")) {
                actual = r.journeyScore(i);
            } else if (o.id().startsWith("stage:")) {
                actual = r.stageScore(o.id().substring(6), i);
            } else {
                actual = r.kpi(o.id(), i);
            }
            String what = sample + " " + o.id() + " in " + o.period();
            if (Double.isNaN(o.value())) {
                assertThat(actual).as(what + " should be blank").isNaN();
            } else {
                assertThat(actual).as(what).isCloseTo(o.value(), within(Math.abs(o.value()) * 1e-12));
            }
        }
    }
}
