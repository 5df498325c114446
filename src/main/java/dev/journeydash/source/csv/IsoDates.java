package dev.journeydash.source.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The fast path of {@link DateCells} for the commonest export form, read without a regular
 * expression: {@code yyyy-mm-dd}, optionally {@code [T ]HH:mm[:ss[.fff]]}, optionally an offset
 * ({@code Z}, {@code +02:00}, {@code -0400}, with or without a space before it) and {@code UTC}.
 * Anything else is left to the full parser.
 */
final class IsoDates {
    private IsoDates() { }

    /** The epoch day of {@code s} (in {@code zone} when it has an offset and a zone is given), or {@link DateCells#NONE}. */
    static long epochDay(String s, ZoneId zone) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return DateCells.NONE;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 2);
        int d = digits(s, 8, 2);
        if (y < 0 || m < 0 || d < 0) {
            return DateCells.NONE;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        int i = 10;
        if (i < n && (s.charAt(i) == 'T' || s.charAt(i) == ' ') && i + 6 <= n && s.charAt(i + 3) == ':') {
            hour = digits(s, i + 1, 2);
            minute = digits(s, i + 4, 2);
            if (hour < 0 || minute < 0) {
                return DateCells.NONE;
            }
            i += 6;
            if (i + 3 <= n && s.charAt(i) == ':') {
                second = digits(s, i + 1, 2);
                if (second < 0) {
                    return DateCells.NONE;
                }
                i += 3;
                if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                    i++;
                    int from = i;
                    while (i < n && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    if (i == from) {
                        return DateCells.NONE;
                    }
                }
            }
        }
        int offset = Integer.MIN_VALUE;
        if (i < n && s.charAt(i) == ' ' && i + 1 < n && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-' || s.charAt(i + 1) == 'Z')) {
            i++;
        }
        if (i < n && s.charAt(i) == 'Z') {
            offset = 0;
            i++;
        } else if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            int sign = s.charAt(i) == '-' ? -1 : 1;
            int hh = digits(s, i + 1, 2);
            int colon = i + 3 < n && s.charAt(i + 3) == ':' ? 1 : 0;
            int mm = digits(s, i + 3 + colon, 2);
            if (hh < 0 || mm < 0) {
                return DateCells.NONE;
            }
            offset = sign * (hh * 3600 + mm * 60);
            i += 5 + colon;
        }
        if (i < n && s.regionMatches(i, " UTC", 0, 4)) {
            i += 4;
        }
        if (i != n) {
            return DateCells.NONE;
        }
        try {
            LocalDate date = LocalDate.of(y, m, d);
            if (zone == null || offset == Integer.MIN_VALUE || i == 10) {
                return date.toEpochDay();
            }
            return LocalDateTime.of(date.getYear(), m, d, hour, minute, second).atOffset(ZoneOffset.ofTotalSeconds(offset))
                    .atZoneSameInstant(zone).toLocalDate().toEpochDay();
        } catch (DateTimeException e) {
            return DateCells.NONE;
        }
    }

    /** The number written by {@code count} digits at {@code from}, or -1 when they are not all digits. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
