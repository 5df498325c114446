package dev.journeydash.report;

import dev.journeydash.compute.Status;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Expr;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.ValueFormat;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's numbers, checked by hand against what the workbook's number formats show. */
class TextsTest {
    private static final Texts EN = new Texts(Locale.ENGLISH, "$");
    private static final Texts DE = new Texts(Locale.GERMAN, "€");

    private static Kpi kpi(ValueFormat format, double target, String unit) {
        return new Kpi("k", "K", "", "x", new Expr.Num(1), format, unit, Direction.HIGHER, target, 0.8, 1);
    }

    @Test
    void valuesShowTheWorkbooksDecimals() {
        // a percentage target under 5 % shows two decimals (0.00%), else one; currency two under 1,000, else none
        assertThat(EN.value(kpi(ValueFormat.PERCENT, 0.025, ""), 0.0165)).isEqualTo("1.65 %");
        assertThat(EN.value(kpi(ValueFormat.PERCENT, 0.55, ""), 0.54849)).isEqualTo("54.8 %");
        assertThat(EN.value(kpi(ValueFormat.CURRENCY, 85, ""), 90.304)).isEqualTo("$90.30");
        assertThat(EN.value(kpi(ValueFormat.CURRENCY, 12_000, ""), 12_345.5)).isEqualTo("$12,346");
        assertThat(EN.value(kpi(ValueFormat.INTEGER, 45_000, ""), 72_899)).isEqualTo("72,899");
        assertThat(EN.value(kpi(ValueFormat.DURATION, 4, "h"), 3.25)).isEqualTo("3.3 h");
        assertThat(EN.value(kpi(ValueFormat.DECIMAL, 40, ""), 36.845)).isEqualTo("36.85");
        assertThat(DE.value(kpi(ValueFormat.CURRENCY, 12_000, ""), 12_345.5)).isEqualTo("€12.346");
        assertThat(DE.value(kpi(ValueFormat.PERCENT, 0.025, ""), 0.0165)).isEqualTo("1,65 %");
        assertThat(EN.value(kpi(ValueFormat.PERCENT, 0.025, ""), Double.NaN)).isEqualTo("\u2013");
    }

    @Test
    void differencesAreSignedAndPointsForPercentages() {
        assertThat(EN.difference(kpi(ValueFormat.PERCENT, 0.025, ""), 0.0165 - 0.025)).isEqualTo("\u22120.85 pt");
        assertThat(EN.difference(kpi(ValueFormat.PERCENT, 0.55, ""), 0.011)).isEqualTo("+1.1 pt");
        assertThat(EN.difference(kpi(ValueFormat.CURRENCY, 85, ""), -9.891)).isEqualTo("\u2212$9.89");
        // a difference that rounds to zero shows without a sign, as the workbook's zero section
        assertThat(EN.difference(kpi(ValueFormat.PERCENT, 0.3, ""), -0.00004)).isEqualTo("0.0 pt");
        assertThat(EN.difference(kpi(ValueFormat.INTEGER, 100, ""), 0.4)).isEqualTo("0");
    }

    @Test
    void scoresAreWholePercentagesAndOnlyAMetTargetReadsAHundred() {
        assertThat(EN.score(0.927)).isEqualTo("93 %");
        assertThat(EN.score(1.0)).isEqualTo("100 %");
        assertThat(EN.score(0.9972)).isEqualTo("99.7 %");
        assertThat(EN.score(0.99996)).isEqualTo("99.9 %");
        assertThat(EN.scoreChange(-0.0271)).isEqualTo("\u22122.7 pt");
        assertThat(EN.gap(-0.34)).isEqualTo("34 %");
        assertThat(EN.gap(0.0811)).isEqualTo("8.1 %");
        assertThat(EN.gap(-0.004)).isEqualTo("0.4 %");
    }

    @Test
    void statusesHaveAWordAKeyAndAnIconEach() {
        assertThat(Texts.word(Status.AT_RISK)).isEqualTo("At risk");
        assertThat(Texts.key(Status.OFF_TRACK)).isEqualTo("off-track");
        assertThat(Texts.icon(Status.ON_TRACK)).isEqualTo("\u2714");
        assertThat(Texts.icon(Status.AT_RISK)).isNotEqualTo(Texts.icon(Status.OFF_TRACK));
        assertThat(Texts.word(null)).isEqualTo("No data");
    }
}
