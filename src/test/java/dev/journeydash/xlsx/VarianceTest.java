package dev.journeydash.xlsx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rounding of a shown difference, against what LibreOffice answers for the same formula. */
class VarianceTest {
    private final Variance points = new Variance(100, 1, "0.0\" pt\"");

    @Test
    void aDifferenceOneUlpUnderAHalfRoundsAsTheEnginesDo() {
        // (0.0625 - 0.05) * 100 is 1.2499999999999998 in doubles: ROUND((G8-H8)*100,1) was 1.3
        // in LibreOffice and 1.2 in Gnumeric (a GA4 export workbook); 1.25 to 9 decimals, then 1.3
        assertThat((0.0625 - 0.05) * 100).isLessThan(1.25);
        assertThat(points.value(0.0625 - 0.05)).isEqualTo(1.3);
        assertThat(points.value(0.05 - 0.0625)).isEqualTo(-1.3);
        assertThat(points.value(0.8125 - 0.8)).isEqualTo(1.3);
    }

    @Test
    void aTinyShortfallIsAPositiveZero() {
        double v = points.value(-0.00004);
        assertThat(v).isEqualTo(0.0);
        assertThat(1 / v).as("the sign of the zero").isPositive();
        assertThat(points.value(Double.NaN)).isNaN();
    }

    @Test
    void formulaAndFormat() {
        assertThat(points.formula("$G$8-$H$8")).isEqualTo("ROUND(ROUND(($G$8-$H$8)*100,9),1)");
        assertThat(points.pattern(" vs prev")).isEqualTo("+0.0\" pt vs prev\";-0.0\" pt vs prev\";0.0\" pt vs prev\"");
        Variance days = new Variance(1, 1, "#,##0.0\" days\"");
        assertThat(days.formula("A1-B1")).isEqualTo("ROUND(ROUND(A1-B1,9),1)");
        assertThat(days.pattern(" vs target"))
                .isEqualTo("+#,##0.0\" days vs target\";-#,##0.0\" days vs target\";#,##0.0\" days vs target\"");
        Variance count = new Variance(1, 0, "#,##0");
        assertThat(count.pattern(" vs prev")).isEqualTo("+#,##0\" vs prev\";-#,##0\" vs prev\";#,##0\" vs prev\"");
    }
}
