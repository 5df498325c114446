package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.model.SourceDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Reads a source's {@code date:} mapping: column, format, time_zone, start, or value. */
final class DateReader {
    private DateReader() { }

    /** The date settings, or null (with a problem) when they cannot be used. */
    static SourceDate read(YamlFields fields, Map2 d, String ctx) {
        int before = fields.problems().size();
        String column = fields.text(d, "column", "", ctx);
        String value = fields.text(d, "value", "", ctx);
        if (column.isEmpty() == value.isEmpty()) {
            fields.problem(d.line(), ctx, column.isEmpty()
                    ? "give the date column (column: Created at), or a period for every row (value: 2025-06)"
                    : "give a column or a value, not both");
            return null;
        }
        String format = fields.text(d, "format", "", ctx);
        if (!format.isEmpty()) {
            try {
                DateTimeFormatter.ofPattern(format);
            } catch (IllegalArgumentException e) {
                fields.problem(YamlFields.lineOf(d, "format"), ctx, "\"" + format + "\" is not a date pattern (" + e.getMessage()
                        + "); use letters such as yyyy-MM-dd HH:mm:ss Z or dd.MM.yyyy");
                return null;
            }
        }
        ZoneId zone = zone(fields, d, ctx);
        LocalDate start = start(fields, d, ctx);
        if (fields.problems().size() > before) {
            return null;
        }
        return new SourceDate(column.isEmpty() ? null : column, format.isEmpty() ? null : format, zone, start,
                value.isEmpty() ? null : value);
    }

    private static ZoneId zone(YamlFields fields, Map2 d, String ctx) {
        String z = fields.text(d, "time_zone", "", ctx);
        if (z.isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(z);
        } catch (DateTimeException e) {
            fields.problem(YamlFields.lineOf(d, "time_zone"), ctx, "\"" + z + "\" is not a time zone; use a name such as "
                    + "Europe/Berlin, America/New_York or UTC");
            return null;
        }
    }

    private static LocalDate start(YamlFields fields, Map2 d, String ctx) {
        String s = fields.text(d, "start", "", ctx);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return s.matches("\\d{8}") ? LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(s);
        } catch (DateTimeException e) {
            fields.problem(YamlFields.lineOf(d, "start"), ctx, "\"start\" must be a date such as 2025-01-01, not \"" + s + "\"");
            return null;
        }
    }
}
