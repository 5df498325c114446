package dev.journeydash.source.csv;

import java.util.regex.Pattern;

/**
 * Parses numbers as spreadsheets and exports write them: decimal point or comma, thousands
 * separators, currency symbols and codes, percentages and negatives in parentheses.
 */
final class NumberParser {
    private static final Pattern CURRENCY_CODE = Pattern.compile("^[A-Z]{3}\\s*|\\s*[A-Z]{3}$");
    private static final Pattern COMMA_DECIMAL_EVIDENCE = Pattern.compile("^\\d{1,3}([. \\u00a0\\u202f]\\d{3})+,\\d+$|^\\d*,(\\d{1,2}|\\d{4,})$");
    private static final Pattern POINT_DECIMAL_EVIDENCE = Pattern.compile("^\\d{1,3}([, \\u00a0\\u202f']\\d{3})+\\.\\d+$|^\\d*\\.(\\d{1,2}|\\d{4,})$|^\\d+(\\.\\d+)?[eE][+-]?\\d+$");

    /** The largest integer up to which every long is an exact double: 2^53. */
    private static final long EXACT_LONG = 1L << 53;
    /** The powers of ten that are exact doubles: 10^0 to 10^22. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private final char decimal;
    private final Pattern grouped;
    private final Pattern plain;
    /** Everything but digits and the decimal separator: the grouping in 1,234.5. */
    private final Pattern grouping;

    /** @param decimal the decimal separator, {@code '.'} or {@code ','} */
    NumberParser(char decimal) {
        this.decimal = decimal;
        String d = Pattern.quote(String.valueOf(decimal));
        String g = decimal == '.' ? "[,\\u00a0\\u202f' ]" : "[.\\u00a0\\u202f' ]";
        this.grouped = Pattern.compile("\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?");
        this.grouping = Pattern.compile("[^0-9" + Pattern.quote(String.valueOf(decimal)) + "]");
        this.plain = Pattern.compile("(\\d+(" + d + "\\d*)?|" + d + "\\d+)" + (decimal == '.' ? "([eE][+-]?\\d+)?" : ""));
    }

    char decimal() {
        return decimal;
    }

    /**
     * Which decimal separator a raw cell proves, if any: {@code ','}, {@code '.'}, or 0 when the
     * cell fits both (e.g. {@code 1.234}) or neither.
     */
    static char evidence(String raw) {
        if (!hasSeparatorOrExponent(raw)) {
            return 0;
        }
        String core = strip(raw);
        if (core == null) {
            return 0;
        }
        if (COMMA_DECIMAL_EVIDENCE.matcher(core).matches()) {
            return ',';
        }
        if (POINT_DECIMAL_EVIDENCE.matcher(core).matches()) {
            return '.';
        }
        return 0;
    }

    /** Whether {@code raw} has a character without which no evidence pattern matches: {@code , . e E}. */
    private static boolean hasSeparatorOrExponent(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ',' || c == '.' || c == 'e' || c == 'E') {
                return true;
            }
        }
        return false;
    }

    /** The number in {@code raw}, or null when it is not a number. Callers treat blank as missing first. */
    Double parse(String raw) {
        double v = value(raw);
        return Double.isNaN(v) ? null : v;
    }

    /**
     * The number in {@code raw} as {@link #parse} reads it, or NaN when it is not a number (no
     * text of digits reads as NaN); without a boxed result for every cell.
     */
    double value(String raw) {
        double plain = plainNumber(raw);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        Double formatted = parseFormatted(raw);
        return formatted == null ? Double.NaN : formatted;
    }

    /**
     * The fast path for the common case, digits with an optional sign and decimal separator
     * ({@code 1234}, {@code -12.5}); NaN for anything else, which the full parser then reads.
     * A decimal whose digits make an integer of at most 2^53 with at most 22 decimals is that
     * integer divided by a power of ten, both exact doubles: the one correctly rounded quotient,
     * which is what {@link Double#parseDouble} gives too.
     */
    private double plainNumber(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return Double.NaN;
        }
        boolean negative = s.charAt(0) == '-';
        int i = negative ? 1 : 0;
        long whole = 0;
        int digits = 0;
        for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            whole = whole * 10 + (s.charAt(i) - '0');
            digits++;
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i == n) {
            return negative ? -whole : whole;
        }
        if (s.charAt(i) != decimal || i == n - 1) {
            return Double.NaN;
        }
        long mantissa = whole;
        for (int j = i + 1; j < n; j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            mantissa = mantissa * 10 + (c - '0');
        }
        int decimals = n - i - 1;
        if (mantissa > EXACT_LONG || decimals >= POWERS_OF_TEN.length) {
            return Double.parseDouble(decimal == '.' ? s : s.replace(',', '.'));
        }
        double v = mantissa / POWERS_OF_TEN[decimals];
        return negative ? -v : v;
    }

    private Double parseFormatted(String raw) {
        String s = raw.strip();
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        s = stripCurrency(s);
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            if (negative) {
                return null;
            }
            negative = true;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        } else if (s.endsWith("-")) {
            negative = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        s = stripCurrency(s);
        String digits;
        if (plain.matcher(s).matches()) {
            digits = s;
        } else if (grouped.matcher(s).matches()) {
            digits = grouping.matcher(s).replaceAll("");
        } else {
            return null;
        }
        if (decimal == ',') {
            digits = digits.replace(',', '.');
        }
        double v = Double.parseDouble(digits);
        if (percent) {
            v = v / 100;
        }
        return negative ? -v : v;
    }

    private static String stripCurrency(String s) {
        String t = s;
        if (!t.isEmpty() && "$€£¥₹".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        } else if (!t.isEmpty() && "$€£¥₹".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return CURRENCY_CODE.matcher(t).replaceAll("");
    }

    /** The digits-and-separators core of a cell, for evidence; null when it has no digit. */
    private static String strip(String raw) {
        String s = stripCurrency(raw.strip().replace("%", "").replace("(", "").replace(")", "").replace("-", "").strip());
        return s.chars().anyMatch(Character::isDigit) ? s : null;
    }
}
