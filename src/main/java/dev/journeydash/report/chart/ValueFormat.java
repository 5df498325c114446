package dev.journeydash.report.chart;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * How a chart writes its values, on the value axis and on bars, in the chart's locale.
 *
 * @param type     integer, decimal, percent or currency
 * @param decimals digits after the decimal point, 0 to 6 (always 0 for {@link Type#INTEGER})
 * @param symbol   the currency symbol written before the number (e.g. {@code €}, {@code Rp}); empty for
 *                 other types
 */
public record ValueFormat(Type type, int decimals, String symbol) {
    /** The kinds of value. */
    public enum Type {
        /** Whole numbers with grouping: 48,210. */
        INTEGER,
        /** Numbers with grouping and decimals: 1,234.5. */
        DECIMAL,
        /** Fractions as percent: 0.34 is 34 %. */
        PERCENT,
        /** Amounts with a currency symbol before them: €1,234. */
        CURRENCY
    }

    public ValueFormat {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(symbol, "symbol");
        if (decimals < 0 || decimals > 6 || type == Type.INTEGER && decimals != 0) {
            throw new IllegalArgumentException("decimals must be 0 to 6 (0 for integers), not " + decimals);
        }
    }

    /** Whole numbers: 48,210. */
    public static ValueFormat integer() {
        return new ValueFormat(Type.INTEGER, 0, "");
    }

    /** Decimals: {@code decimal(1)} writes 1,234.5. */
    public static ValueFormat decimal(int decimals) {
        return new ValueFormat(Type.DECIMAL, decimals, "");
    }

    /** Percent of fractions: {@code percent(0)} writes 0.34 as 34%. */
    public static ValueFormat percent(int decimals) {
        return new ValueFormat(Type.PERCENT, decimals, "");
    }

    /** Amounts: {@code currency("€", 0)} writes €1,234. */
    public static ValueFormat currency(String symbol, int decimals) {
        return new ValueFormat(Type.CURRENCY, decimals, symbol);
    }

    /**
     * A new number format for this value format in {@code locale}, rounding half up as Excel shows
     * numbers (number formats are not thread-safe).
     */
    NumberFormat numberFormat(Locale locale) {
        String fraction = decimals == 0 ? "" : "." + "0".repeat(decimals);
        String pattern = switch (type) {
            case INTEGER -> "#,##0";
            case DECIMAL -> "#,##0" + fraction;
            case PERCENT -> "#,##0" + fraction + "%";
            case CURRENCY -> (symbol.isEmpty() ? "" : "'" + symbol.replace("'", "''") + "'") + "#,##0" + fraction;
        };
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
