package dev.journeydash.io;

import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Granularity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses period cells: {@code 2025-01}, {@code 2025-01-31}, {@code 31/01/2025}, {@code 01/31/2025},
 * {@code 31.01.2025}, {@code Jan 2025}, {@code January 2025}, {@code 2025-Q1}, {@code Q1 2025},
 * {@code 2025-W05}: the one reading of period text, for data files and for the periods a template names.
 */
public final class PeriodParser {
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])|Q([1-4])\\s*[- ]?\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-?W(\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_NAME = Pattern.compile("([A-Za-z]+)\\.?[ -](\\d{4}|\\d{2})|(\\d{4})[ -]([A-Za-z]+)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

    /** A parsed period cell: a day inside the period and how fine the cell was. */
    public record Parsed(LocalDate date, Granularity granularity) { }

    public static final String EXPECTED = "a period such as 2025-01, 2025-01-31, Jan 2025, 2025-Q1 or 2025-W05";

    private PeriodParser() { }

    /** Says which order a slash date proves: DAY_FIRST, MONTH_FIRST, or null when it fits both or is not one. */
    public static DateOrder evidence(String raw) {
        return evidence(slashNumbers(raw));
    }

    /** As {@link #evidence(String)}, for the numbers {@link #slashNumbers} found (null: not a slash date). */
    public static DateOrder evidence(int[] numbers) {
        if (numbers == null) {
            return null;
        }
        int a = numbers[0];
        int b = numbers[1];
        if (a > 12 && b <= 12) {
            return DateOrder.DAY_FIRST;
        }
        if (b > 12 && a <= 12) {
            return DateOrder.MONTH_FIRST;
        }
        return null;
    }

    /** The two leading numbers of a slash date ({@code 03/04/2025} gives 3 and 4), or null when it is not one. */
    public static int[] slashNumbers(String raw) {
        Matcher m = SLASH_DATE.matcher(raw.strip());
        return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    /**
     * The period in {@code raw}, or null when it is none of the known forms; {@code order}
     * decides nn/nn/yyyy dates: MONTH_FIRST, else day-first.
     */
    public static Parsed parse(String raw, DateOrder order) {
        String s = raw.strip();
        try {
            Matcher m;
            if ((m = ISO_DATE.matcher(s)).matches()) {
                return day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            if ((m = ISO_MONTH.matcher(s)).matches()) {
                return new Parsed(LocalDate.of(num(m, 1), num(m, 2), 1), Granularity.MONTH);
            }
            if ((m = SLASH_DATE.matcher(s)).matches()) {
                int a = num(m, 1);
                int b = num(m, 2);
                int y = num(m, 3);
                return order == DateOrder.MONTH_FIRST ? day(LocalDate.of(y, a, b)) : day(LocalDate.of(y, b, a));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                int y = m.group(1) != null ? num(m, 1) : num(m, 4);
                int q = m.group(2) != null ? num(m, 2) : num(m, 3);
                return new Parsed(LocalDate.of(y, (q - 1) * 3 + 1, 1), Granularity.QUARTER);
            }
            if ((m = WEEK.matcher(s)).matches()) {
                int y = num(m, 1);
                int w = num(m, 2);
                LocalDate d = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w);
                if (w < 1 || d.get(IsoFields.WEEK_BASED_YEAR) != y || d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != w) {
                    return null;
                }
                return new Parsed(Granularity.WEEK.start(d), Granularity.WEEK);
            }
            if ((m = MONTH_NAME.matcher(s)).matches()) {
                String name = (m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT);
                String year = m.group(2) != null ? m.group(2) : m.group(3);
                Integer month = MONTHS.get(name);
                if (month == null) {
                    return null;
                }
                int y = Integer.parseInt(year);
                return new Parsed(LocalDate.of(year.length() == 2 ? 2000 + y : y, month, 1), Granularity.MONTH);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /**
     * Why {@code parsed} (written {@code raw}) cannot start a target of a journey counting by
     * {@code journey}: a week in a monthly or quarterly journey can span two periods; null when it fits.
     */
    public static String misfitStart(Parsed parsed, String raw, Granularity journey) {
        if (parsed.granularity() == Granularity.WEEK && journey.compareTo(Granularity.WEEK) > 0) {
            return "\"" + raw + "\" is a week, but the template counts by " + journey.word() + " and a week can span two "
                    + journey.word() + "s; give the " + journey.word();
        }
        return null;
    }

    private static Parsed day(LocalDate d) {
        return new Parsed(d, Granularity.DAY);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
