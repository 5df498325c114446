package dev.journeydash.source.csv;

import dev.journeydash.io.PeriodParser;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.Journey;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.table.Report;

import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a CSV file writes numbers and dates: its decimal separator and the order of day and month
 * in {@code nn/nn/yyyy} dates, each as the options or the template declare it, else detected
 * from the first rows. What detection decided is noted; data that mixes both ways is a problem.
 *
 * @param numbers   reads numbers with the decimal separator
 * @param dateOrder how {@code nn/nn/yyyy} dates are read: DAY_FIRST or MONTH_FIRST
 * @param declared  the date order the options or the template declare, or DETECT
 */
record Dialect(NumberParser numbers, DateOrder dateOrder, DateOrder declared) {
    /** One to three digits, a point or comma, three digits: 1.500 or 1,500, a decimal or a thousands separator. */
    private static final Pattern AMBIGUOUS_NUMBER = Pattern.compile("-?\\d{1,3}[.,]\\d{3}");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The dialect of the file whose first data rows are {@code head}, its period column being {@code periodColumn}. */
    static Dialect of(List<CsvRow> head, int periodColumn, Journey journey, ReadOptions options, Report report) {
        Decimal decimal = options.decimalFor(journey);
        NumberParser numbers = new NumberParser(decimal != Decimal.DETECT ? decimal.separator()
                : detectDecimal(head, periodColumn, report));
        DateOrder declared = options.dateOrderFor(journey);
        DateOrder order = declared != DateOrder.DETECT ? declared : detectDateOrder(head, periodColumn, report);
        return new Dialect(numbers, order, declared);
    }

    /** The decimal separator a cell proves (1.234,5 a comma; 1,234.5 a point), '.' when none does. */
    private static char detectDecimal(List<CsvRow> rows, int periodColumn, Report report) {
        int commaLine = 0;
        int pointLine = 0;
        CsvRow ambiguous = null;
        String ambiguousCell = null;
        for (CsvRow r : rows) {
            for (int i = 0; i < r.cells().size() && (commaLine == 0 || pointLine == 0); i++) {
                char e = i == periodColumn ? 0 : NumberParser.evidence(r.cell(i));
                if (e == ',' && commaLine == 0) {
                    commaLine = r.line();
                } else if (e == '.' && pointLine == 0) {
                    pointLine = r.line();
                } else if (e == 0 && ambiguous == null && i != periodColumn
                        && AMBIGUOUS_NUMBER.matcher(r.cell(i).strip()).matches()) {
                    ambiguous = r;
                    ambiguousCell = r.cell(i).strip();
                }
            }
        }
        if (commaLine == 0 && pointLine == 0 && ambiguous != null) {
            report.note(report.file() + ": numbers such as \"" + ambiguousCell + "\" (line " + ambiguous.line() + ") fit a "
                    + "decimal point and a thousands separator alike; read with a decimal point. Set --decimal, --locale or "
                    + "\"decimal:\" in the template if that is wrong");
        }
        if (commaLine > 0 && pointLine > 0) {
            report.problem(0, null, "numbers use a decimal comma (line " + commaLine + ") and a decimal point (line "
                    + pointLine + "); use one, or set the separator with --decimal");
            return '.';
        }
        if (commaLine > 0) {
            report.note(report.file() + ": numbers read with a decimal comma (as on line " + commaLine + ")");
            return ',';
        }
        return '.';
    }

    /**
     * The order of day and month: from a date that proves it (31/01/2025, 01/31/2025); else, when
     * every date fits both, from the number that never changes (01/02/2025, 01/03/2025 are firsts of
     * months, day-first), and day-first otherwise. A guess is noted.
     */
    private static DateOrder detectDateOrder(List<CsvRow> rows, int periodColumn, Report report) {
        CsvRow day = null;
        CsvRow month = null;
        CsvRow ambiguous = null;
        Set<Integer> firsts = new HashSet<>();
        Set<Integer> seconds = new HashSet<>();
        for (CsvRow r : rows) {
            int[] numbers = PeriodParser.slashNumbers(r.cell(periodColumn));
            DateOrder o = PeriodParser.evidence(numbers);
            if (o == DateOrder.DAY_FIRST && day == null) {
                day = r;
            } else if (o == DateOrder.MONTH_FIRST && month == null) {
                month = r;
            }
            if (numbers != null) {
                firsts.add(numbers[0]);
                seconds.add(numbers[1]);
                if (ambiguous == null && numbers[0] != numbers[1] && numbers[0] >= 1 && numbers[1] >= 1 && numbers[0] <= 12
                        && numbers[1] <= 12) {
                    ambiguous = r;
                }
            }
        }
        if (day != null && month != null) {
            report.problem(0, null, "the dates mix day-first (" + day.cell(periodColumn).strip() + " on line " + day.line()
                    + ") and month-first (" + month.cell(periodColumn).strip() + " on line " + month.line()
                    + ") order; use one order, or ISO dates (2025-01-31)");
        }
        if (day != null || month != null || ambiguous == null) {
            return month != null ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        }
        return guessDateOrder(ambiguous.cell(periodColumn).strip(), ambiguous.line(), firsts, seconds, report);
    }

    /** The order for dates that all fit both, {@code example} (on {@code line}) being the first; noted. */
    private static DateOrder guessDateOrder(String example, int line, Set<Integer> firsts, Set<Integer> seconds,
                                            Report report) {
        DateOrder order;
        String why;
        if (seconds.size() == 1 && firsts.size() > 1) {
            order = DateOrder.MONTH_FIRST;
            why = ", since the second number is always " + seconds.iterator().next() + " as a day of the month would be";
        } else if (firsts.size() == 1 && seconds.size() > 1) {
            order = DateOrder.DAY_FIRST;
            why = ", since the first number is always " + firsts.iterator().next() + " as a day of the month would be";
        } else {
            order = DateOrder.DAY_FIRST;
            why = "";
        }
        PeriodParser.Parsed read = PeriodParser.parse(example, order);
        report.note(report.file() + ": dates such as \"" + example + "\" (line " + line + ") fit day-first and month-first "
                + "alike; read as " + order.word() + " (" + read.date().format(LONG_DATE) + ")" + why
                + ". Set --date-order, --locale or \"date_order:\" in the template if that is wrong");
        return order;
    }
}
