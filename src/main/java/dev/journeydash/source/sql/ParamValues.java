package dev.journeydash.source.sql;

import dev.journeydash.io.PeriodParser;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.InputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The values bound to a query's named parameters, in the order of its {@code ?}s: the request's
 * (a batch client's, {@code --param}) over the template's. {@code :period_start} and
 * {@code :period_end} are dates (a period such as {@code 2025-01} gives its first day, or for the
 * end its last); {@code :client} is text; other values are whole numbers or dates when they look
 * like one ({@code 42}, {@code 2025-01-31}), else text.
 */
final class ParamValues {
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ParamValues() { }

    /**
     * @param where  the query as messages name it
     * @throws InputException for a parameter without a value, or a period parameter that is no period
     */
    static List<Object> of(List<String> names, Map<String, String> template, Map<String, String> request, String where)
            throws InputException {
        List<Object> out = new ArrayList<>();
        for (String name : names) {
            String v = request.containsKey(name) ? request.get(name) : template.get(name);
            if (v == null) {
                TreeSet<String> known = new TreeSet<>(template.keySet());
                known.addAll(request.keySet());
                throw InputException.of(where, "the query uses :%s, which has no value; give it in the source's params:, in "
                        + "the batch manifest's params: or with --param %s=VALUE (parameters with values: %s)", name, name,
                        known.isEmpty() ? "none" : String.join(", ", known));
            }
            out.add(value(name, v.strip(), where));
        }
        return out;
    }

    private static Object value(String name, String v, String where) throws InputException {
        if (name.equals("period_start") || name.equals("period_end")) {
            PeriodParser.Parsed p = PeriodParser.parse(v, DateOrder.DETECT);
            if (p == null) {
                throw InputException.of(where, ":%s is %s; expected %s", name, InputException.quoted(v), PeriodParser.EXPECTED);
            }
            LocalDate day = name.equals("period_start") ? p.date() : p.granularity().next(p.date()).minusDays(1);
            return java.sql.Date.valueOf(day);
        }
        if (name.equals("client")) {
            return v;
        }
        if (WHOLE.matcher(v).matches()) {
            return Long.parseLong(v);
        }
        if (ISO_DATE.matcher(v).matches()) {
            try {
                return java.sql.Date.valueOf(LocalDate.parse(v));
            } catch (java.time.DateTimeException e) {
                return v;
            }
        }
        return v;
    }
}
