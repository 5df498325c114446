package dev.journeydash.source.csv;

import dev.journeydash.io.PeriodParser;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.InputException;
import dev.journeydash.source.table.ColumnRoles;
import dev.journeydash.source.table.PeriodCell;
import dev.journeydash.source.table.Report;
import dev.journeydash.source.table.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns CSV rows into typed rows for the table stage: the period cell into a date, the number
 * columns into numbers (the cells that are not numbers carried with their message), the text
 * columns stripped. A row whose period cannot be read is reported and left out.
 */
final class RowTyper {
    /** Most distinct period cells remembered: segment and daily data repeat each date many times. */
    private static final int PERIOD_CACHE = 100_000;

    private final ColumnRoles roles;
    private final int[] numberColumns;
    private final int[] textColumns;
    private final Dialect dialect;
    private final Report report;
    private final Map<String, PeriodParser.Parsed> periods = new HashMap<>();

    RowTyper(ColumnRoles roles, Dialect dialect, Report report) {
        this.roles = roles;
        this.numberColumns = roles.numberColumns();
        this.textColumns = roles.textColumns();
        this.dialect = dialect;
        this.report = report;
    }

    /** The typed row, or null when its period cannot be read (reported). */
    Row type(CsvRow row) {
        PeriodCell period = period(row);
        if (period == null) {
            return null;
        }
        double[] numbers = new double[numberColumns.length];
        List<Row.Invalid> invalid = List.of();
        for (int c = 0; c < numberColumns.length; c++) {
            String raw = row.cell(numberColumns[c]).strip();
            double v = raw.isEmpty() ? Double.NaN : dialect.numbers().value(raw);
            numbers[c] = v;
            if (Double.isNaN(v) && !raw.isEmpty()) {
                invalid = invalid.isEmpty() ? new ArrayList<>() : invalid;
                invalid.add(new Row.Invalid(numberColumns[c], notANumber(raw, dialect)));
            }
        }
        String[] texts = new String[textColumns.length];
        for (int t = 0; t < textColumns.length; t++) {
            texts[t] = row.cell(textColumns[t]).strip();
        }
        return new Row(row.line(), period, numbers, texts, invalid);
    }

    private PeriodCell period(CsvRow row) {
        String raw = row.cell(roles.period()).strip();
        String column = roles.periodLabel();
        if (raw.isEmpty()) {
            report.problem(row.line(), column, "the period is empty; expected " + PeriodParser.EXPECTED);
            return null;
        }
        PeriodParser.Parsed p = periods.get(raw);
        if (p == null) {
            p = PeriodParser.parse(raw, dialect.dateOrder());
            if (p != null && periods.size() < PERIOD_CACHE) {
                periods.put(raw, p);
            }
        }
        if (p == null) {
            report.problem(row.line(), column, notAPeriod(raw, dialect));
            return null;
        }
        return new PeriodCell(p.date(), p.granularity(), raw);
    }

    /** Why {@code raw} is not a period (read as {@code dialect} says): not in the declared date order, or not a period at all. */
    static String notAPeriod(String raw, Dialect dialect) {
        DateOrder proves = PeriodParser.evidence(raw);
        if (proves != null && proves != dialect.dateOrder() && dialect.declared() != DateOrder.DETECT) {
            return "\"" + raw + "\" is not a " + dialect.declared().word() + " date, the order declared with --date-order or "
                    + "\"date_order:\" in the template; expected " + (dialect.dateOrder() == DateOrder.DAY_FIRST
                    ? "dd/mm/yyyy, e.g. 31/01/2025" : "mm/dd/yyyy, e.g. 01/31/2025");
        }
        return InputException.quoted(raw) + " is not a period; expected " + PeriodParser.EXPECTED;
    }

    static String notANumber(String raw, Dialect dialect) {
        char d = dialect.numbers().decimal();
        return InputException.quoted(raw) + " is not a number (expected e.g. 1234" + d + "5, 12" + d + "5% or (1234) with a "
                + "decimal " + (d == '.' ? "point" : "comma") + ")";
    }
}
