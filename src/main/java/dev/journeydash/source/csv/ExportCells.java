package dev.journeydash.source.csv;

import dev.journeydash.io.PeriodParser;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Period;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.model.Source;
import dev.journeydash.source.table.Report;
import dev.journeydash.source.table.SourceTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Types the cells of an export's rows: the date (or the source's fixed period), the numbers (with
 * the decimal separator declared or detected from the first rows; {@code --} and {@code n/a} are
 * blank) and the texts, and hands each row to the table. A cell that cannot be read is a problem
 * naming its line, column and value, and what was expected.
 */
final class ExportCells {
    /** A record's kept cells by slot (see {@link ExportColumns#wanted()}). */
    interface Kept {
        String get(int slot);
    }

    private final ExportColumns at;
    private final DateCells dates;
    private final long fixedDay;
    private final NumberParser numbers;
    private final Report report;
    private final String file;

    private final int dateSlot;
    private final int[] numberSlots;
    private final int[] textSlots;
    private final java.time.LocalDate start;
    private final java.time.LocalDate end;

    private ExportCells(ExportColumns at, DateCells dates, long fixedDay, NumberParser numbers, Report report, String file,
                        java.time.LocalDate start, java.time.LocalDate end) {
        this.start = start;
        this.end = end;
        this.dateSlot = at.date() < 0 ? -1 : at.slot(at.date());
        this.numberSlots = java.util.Arrays.stream(at.numbers()).map(at::slot).toArray();
        this.textSlots = java.util.Arrays.stream(at.texts()).map(at::slot).toArray();
        this.at = at;
        this.dates = dates;
        this.fixedDay = fixedDay;
        this.numbers = numbers;
        this.report = report;
        this.file = file;
    }

    /** The typing for a source, decided from the first rows ({@code sample}, each a line and its record). */
    static ExportCells of(Source source, Journey journey, ReadOptions options, ExportColumns at, List<ExportReader.Line> records,
                          Preamble preamble, Report report) throws InputException {
        java.time.LocalDate preambleStart = preamble.start();
        long fixedDay = DateCells.NONE;
        DateCells dates = null;
        if (at.date() < 0) {
            PeriodParser.Parsed p = PeriodParser.parse(source.date().value(), options.dateOrderFor(journey));
            if (p == null) {
                throw InputException.of(source.file(), "the source's date value %s is not a period; expected %s",
                        InputException.quoted(source.date().value()), PeriodParser.EXPECTED);
            }
            fixedDay = new Period(p.date(), journey.granularity()).start().toEpochDay();
        } else {
            List<String> cells = column(records, at.slot(at.date()));
            dates = DateCells.of(source.date(), at.header().get(at.date()), cells, preambleStart, options.dateOrderFor(journey));
        }
        Decimal d = options.decimalFor(journey);
        char decimal = d != Decimal.DETECT ? d.separator() : detect(records, at);
        return new ExportCells(at, dates, fixedDay, new NumberParser(decimal), report, source.file(),
                source.date().start() != null ? source.date().start() : preamble.start(), preamble.end());
    }

    private static List<String> column(List<ExportReader.Line> records, int slot) {
        List<String> out = new ArrayList<>();
        for (ExportReader.Line r : records) {
            String v = r.kept()[slot].strip();
            if (!r.blank() && !v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    /** The decimal separator the number cells prove; '.' when none does. */
    private static char detect(List<ExportReader.Line> records, ExportColumns at) {
        for (ExportReader.Line r : records) {
            for (int c : at.numbers()) {
                char e = NumberParser.evidence(r.kept()[at.slot(c)]);
                if (e != 0) {
                    return e;
                }
            }
        }
        return '.';
    }

    /**
     * The days the data covers, for partial periods: empty when the rows are dated by day (the
     * first and last row give it), the preamble's Start and End dates for columns counting weeks
     * or months from them, null when neither is known.
     */
    long[] span() {
        if (dates == null) {
            return null;
        }
        if (dates.days()) {
            return new long[0];
        }
        return start != null && end != null ? new long[] {start.toEpochDay(), end.toEpochDay()} : null;
    }

    /** Whether a record, after a blank line, starts another table: a comment line, or no date where one must be. */
    boolean anotherTable(Kept r) {
        if (r.get(at.slot(0)).strip().startsWith("#")) {
            return true;
        }
        return dates != null && dates.parse(r.get(at.slot(at.date()))) == DateCells.NONE;
    }

    /** Types the row on {@code line} and adds it to {@code table}; what cannot be read goes to the report. */
    void add(int line, Kept r, SourceTable table) {
        long day = fixedDay;
        if (dates != null) {
            String raw = r.get(dateSlot).strip();
            day = dates.parse(raw);
            if (day == DateCells.NONE) {
                report.problem(line, at.name(at.date()), raw.isEmpty() ? "the date is empty; expected a date such as "
                        + "2025-01-31" : InputException.quoted(raw) + " is not a date; expected one of " + DateCells.KNOWN);
                return;
            }
        }
        double[] nums = new double[at.numbers().length];
        boolean ok = true;
        for (int c = 0; c < nums.length; c++) {
            int i = at.numbers()[c];
            String raw = r.get(numberSlots[c]).strip();
            nums[c] = Double.NaN;
            if (raw.isEmpty() || ExportReader.notAvailable(raw)) {
                continue;
            }
            Double v = numbers.parse(raw);
            if (v == null) {
                report.problem(line, at.name(i), InputException.quoted(raw) + " is not a number (expected e.g. 1234"
                        + numbers.decimal() + "5, 12" + numbers.decimal() + "5%, $1,234 or -- for none)");
                ok = false;
            } else {
                nums[c] = v;
            }
        }
        String[] texts = new String[at.texts().length];
        for (int c = 0; c < texts.length; c++) {
            texts[c] = r.get(textSlots[c]).strip();
        }
        if (ok) {
            table.add(line, (int) day, nums, texts);
        }
    }
}
