package dev.journeydash.report;

import dev.journeydash.compute.Status;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.ValueFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the report writes numbers: as the workbook's number formats show them (the decimals of
 * {@link ValueFormat#decimals}, rounded half up), in the report's locale. Percentages carry a
 * space before the sign ({@code 1.65 %}), differences of percentages are points
 * ({@code -0.85 pt}), and a blank value is an en dash.
 */
final class Texts {
    /** What a blank value shows. */
    static final String BLANK = "\u2013";

    private final Locale locale;
    private final String currency;
    private final boolean currencyAfter;

    Texts(Locale locale, String currency) {
        this(locale, currency, false);
    }

    /** @param currencyAfter whether the symbol follows the amount ({@code 90.30 €}) rather than leads it ({@code $90.30}) */
    Texts(Locale locale, String currency, boolean currencyAfter) {
        this.locale = locale;
        this.currency = currency;
        this.currencyAfter = currencyAfter;
    }

    private String money(String number) {
        return currencyAfter ? number + " " + currency : currency + number;
    }

    /** A KPI's value (or target) as its card shows it. */
    String value(Kpi k, double v) {
        if (!Double.isFinite(v)) {
            return BLANK;
        }
        int digits = k.format().decimals(k.target());
        return switch (k.format()) {
            case PERCENT -> number(v * 100, digits) + " %";
            case CURRENCY -> money(number(v, digits));
            case DURATION -> number(v, digits) + " " + k.unit();
            default -> number(v, digits);
        };
    }

    /**
     * A signed difference of two values of {@code k}: percentage points for a percentage, the
     * KPI's own unit otherwise, zero without a sign.
     */
    String difference(Kpi k, double d) {
        if (!Double.isFinite(d)) {
            return BLANK;
        }
        int digits = k.format().decimals(k.target());
        return switch (k.format()) {
            case PERCENT -> signed(d * 100, digits) + " pt";
            case CURRENCY -> currencyAfter ? signed(d, digits) + " " + currency
                    : sign(d, digits) + currency + number(Math.abs(d), digits);
            case DURATION -> signed(d, digits) + " " + k.unit();
            default -> signed(d, digits);
        };
    }

    /**
     * A score (0..1) as a whole percentage ({@code 72 %}); a score under 1 that would round to
     * 100 % shows one decimal ({@code 99.7 %}), so that only a met target reads 100 %.
     */
    String score(double s) {
        if (!Double.isFinite(s)) {
            return BLANK;
        }
        String whole = number(s * 100, 0);
        return (s < 1 && whole.equals(number(100, 0)) ? number(Math.min(s * 100, 99.9), 1) : whole) + " %";
    }

    /** The size of a relative gap (a fraction) as a percentage: one decimal under 10 %, else whole. */
    String gap(double fraction) {
        double pct = Math.abs(fraction) * 100;
        return Double.isFinite(pct) ? number(pct, pct < 9.95 ? 1 : 0) + " %" : BLANK;
    }

    /** A change of score in points, signed, one decimal: {@code +3.1 pt}. */
    String scoreChange(double d) {
        return Double.isFinite(d) ? signed(d * 100, 1) + " pt" : BLANK;
    }

    /** A fraction as a percentage with one decimal: {@code 62.5 %}. */
    String percent(double f) {
        return Double.isFinite(f) ? number(f * 100, 1) + " %" : BLANK;
    }

    /** A whole number with grouping: {@code 48,210}. */
    String count(double v) {
        return Double.isFinite(v) ? number(v, 0) : BLANK;
    }

    /** A status as words; a blank one as "No data". */
    static String word(Status s) {
        return s == null ? "No data" : s.word();
    }

    /** A status as a key for CSS classes: {@code on-track}, {@code at-risk}, {@code off-track}, {@code none}. */
    static String key(Status s) {
        return s == null ? "none" : s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A status as an icon that does not rely on colour: a tick, an exclamation mark, a cross, a dash. */
    static String icon(Status s) {
        if (s == null) {
            return "\u2013";
        }
        return switch (s) {
            case ON_TRACK -> "\u2714";
            case AT_RISK -> "!";
            case OFF_TRACK -> "\u2716";
        };
    }

    private String signed(double v, int digits) {
        return sign(v, digits) + number(Math.abs(v), digits);
    }

    /** "+", "-" (a minus sign) or "" for a value that rounds to zero. */
    private static String sign(double v, int digits) {
        BigDecimal r = BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP);
        return r.signum() > 0 ? "+" : r.signum() < 0 ? "\u2212" : "";
    }

    String number(double v, int digits) {
        DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(locale));
        f.setRoundingMode(RoundingMode.HALF_UP);
        // through BigDecimal.valueOf, so that 2.675 rounds as it reads (2.68), as Excel shows it
        return f.format(BigDecimal.valueOf(v));
    }
}
