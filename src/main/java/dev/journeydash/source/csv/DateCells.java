package dev.journeydash.source.csv;

import dev.journeydash.io.PeriodParser;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.SourceDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date cells of an export's date column: dates and date-times in the forms exports
 * write (ISO with or without a time and an offset, {@code 20250131}, {@code 2025013114},
 * {@code 31/01/2025} or {@code 01/31/2025} with the order detected, {@code Jan 31, 2025 09:46 pm},
 * {@code 31 Jan 2025}), periods ({@code 2025-01}, {@code Jan 2025}, {@code 2025-Q1}), Excel
 * serial dates, a declared pattern, or counts of days, weeks or months from a start date.
 * Date-times with an offset are converted into the source's time zone when it has one.
 */
final class DateCells {
    static final String KNOWN = "2025-01-31, 2025-01-31 14:05:00 (with an optional offset such as +02:00, -0400 or Z), "
            + "20250131, 2025013114, 31/01/2025 or 01/31/2025 (with an optional time), Jan 31, 2025 (with an optional time "
            + "such as 09:46 pm), 31 Jan 2025, 2025-01, Jan 2025, 2025-Q1, 2025-W05, or an Excel serial date such as 45688";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?(?:\\s*UTC)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})?");
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*([AaPp][Mm])?)?");
    private static final Pattern NAMED = Pattern.compile(
            "([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})(?:,? (\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([AaPp][Mm])?)?");
    private static final Pattern DAY_NAMED = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** Not a date: what {@link #parse} gives for a cell it cannot read. */
    static final long NONE = Long.MIN_VALUE;

    private enum Mode { AUTO, FORMAT, SERIAL, COUNTED }

    private final Mode mode;
    private final DateTimeFormatter format;
    private final ZoneId zone;
    private final DateOrder slashOrder;
    private final LocalDate start;
    private final ChronoUnit unit;
    /** Whether every cell read so far was a day (or finer), not a coarser period. */
    private boolean days = true;

    private DateCells(Mode mode, DateTimeFormatter format, ZoneId zone, DateOrder slashOrder, LocalDate start, ChronoUnit unit) {
        this.mode = mode;
        this.format = format;
        this.zone = zone;
        this.slashOrder = slashOrder;
        this.start = start;
        this.unit = unit;
    }

    /**
     * How to read the column {@code header} of a source dated as {@code spec}, judged from the
     * first cells {@code sample}; {@code preambleStart} is the preamble's "Start date", or null.
     */
    static DateCells of(SourceDate spec, String header, List<String> sample, LocalDate preambleStart, DateOrder declared) {
        if (spec.format() != null) {
            DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(spec.format())
                    .toFormatter(Locale.ENGLISH);
            return new DateCells(Mode.FORMAT, f, spec.zone(), null, null, null);
        }
        ChronoUnit unit = countedUnit(header);
        if (spec.start() != null || unit != null && preambleStart != null) {
            return new DateCells(Mode.COUNTED, null, null, null, spec.start() != null ? spec.start() : preambleStart,
                    unit != null ? unit : ChronoUnit.DAYS);
        }
        if (!sample.isEmpty() && sample.stream().allMatch(s -> SERIAL.matcher(s).matches())) {
            return new DateCells(Mode.SERIAL, null, null, null, null, null);
        }
        DateOrder order = declared != DateOrder.DETECT ? declared : slashOrder(sample);
        return new DateCells(Mode.AUTO, null, spec.zone(), order, null, null);
    }

    /** DAYS, WEEKS or MONTHS for a header such as "Nth week"; null for another header. */
    static ChronoUnit countedUnit(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (!h.startsWith("nth ")) {
            return null;
        }
        return switch (h.substring(4).strip()) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> null;
        };
    }

    private static DateOrder slashOrder(List<String> sample) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String s : sample) {
            Matcher m = SLASH.matcher(s);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                dayFirst |= a > 12 && b <= 12;
                monthFirst |= b > 12 && a <= 12;
            }
        }
        return monthFirst && !dayFirst ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    }

    /** The order of day and month this reader takes for nn/nn/yyyy dates (meaningful in AUTO mode). */
    DateOrder slashOrder() {
        return slashOrder;
    }

    /** Whether every cell read so far was a day or a date-time (partial periods are judged only then). */
    boolean days() {
        return days;
    }

    /** The cell's date as an epoch day, or {@link #NONE}. */
    long parse(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return NONE;
        }
        if (mode == Mode.AUTO) {
            long fast = IsoDates.epochDay(s, zone);
            if (fast != NONE) {
                return fast;
            }
        }
        try {
            return switch (mode) {
                case FORMAT -> formatted(s);
                case SERIAL -> serial(s);
                case COUNTED -> counted(s);
                case AUTO -> auto(s);
            };
        } catch (DateTimeException | NumberFormatException e) {
            return NONE;
        }
    }

    private long formatted(String s) {
        TemporalAccessor t = format.parse(s);
        LocalDate date = LocalDate.from(t);
        if (zone != null && t.isSupported(ChronoField.OFFSET_SECONDS) && t.isSupported(ChronoField.HOUR_OF_DAY)) {
            date = OffsetDateTime.of(LocalDateTime.of(date, java.time.LocalTime.from(t)),
                    ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))).atZoneSameInstant(zone).toLocalDate();
        }
        return date.toEpochDay();
    }

    private long serial(String s) {
        if (!SERIAL.matcher(s).matches()) {
            return NONE;
        }
        return EXCEL_EPOCH.plusDays((long) Math.floor(Double.parseDouble(s))).toEpochDay();
    }

    private long counted(String s) {
        if (!COUNT.matcher(s).matches()) {
            return NONE;
        }
        if (unit != ChronoUnit.DAYS) {
            days = false;
        }
        return start.plus(Long.parseLong(s), unit).toEpochDay();
    }

    private long auto(String s) {
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (m.group(7) != null && zone != null && m.group(4) != null) {
                d = zoned(d, m);
            }
            return d.toEpochDay();
        }
        if ((m = COMPACT.matcher(s)).matches()) {
            return LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toEpochDay();
        }
        if ((m = SLASH.matcher(s)).matches()) {
            int a = num(m, 1);
            int b = num(m, 2);
            return (slashOrder == DateOrder.MONTH_FIRST ? LocalDate.of(num(m, 3), a, b) : LocalDate.of(num(m, 3), b, a)).toEpochDay();
        }
        if ((m = NAMED.matcher(s)).matches()) {
            Integer month = MonthNames.of(m.group(1));
            return month == null ? NONE : LocalDate.of(num(m, 3), month, num(m, 2)).toEpochDay();
        }
        if ((m = DAY_NAMED.matcher(s)).matches()) {
            Integer month = MonthNames.of(m.group(2));
            return month == null ? NONE : LocalDate.of(num(m, 3), month, num(m, 1)).toEpochDay();
        }
        PeriodParser.Parsed p = PeriodParser.parse(s, slashOrder);
        if (p == null) {
            return NONE;
        }
        if (p.granularity() != Granularity.DAY) {
            days = false;
        }
        return p.date().toEpochDay();
    }

    private LocalDate zoned(LocalDate d, Matcher m) {
        String off = m.group(7);
        ZoneOffset offset = off.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(off.length() == 5 ? off.substring(0, 3) + ":"
                + off.substring(3) : off);
        LocalDateTime local = LocalDateTime.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), num(m, 4), num(m, 5),
                m.group(6) == null ? 0 : num(m, 6));
        return OffsetDateTime.of(local, offset).atZoneSameInstant(zone).toLocalDate();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
