package dev.journeydash.source.table;

import dev.journeydash.model.Condition;
import dev.journeydash.model.SourceMeasure;

import java.util.List;
import java.util.stream.Collectors;

/** How a source measure is computed, in words for the About sheet: "count_distinct of Name, where Financial Status is paid". */
final class Describe {
    private Describe() { }

    static String measure(SourceMeasure m) {
        String what = m.how() == SourceMeasure.How.COUNT ? "count of rows" : m.how().word() + " of " + m.column();
        return m.where().isEmpty() ? what : what + ", where " + conditions(m.where());
    }

    static String conditions(List<Condition> conditions) {
        return conditions.stream().map(Describe::condition).collect(Collectors.joining(" and "));
    }

    static String condition(Condition c) {
        return switch (c.op()) {
            case IS -> c.column() + " is " + c.texts().get(0);
            case NOT -> c.column() + " is not " + c.texts().get(0);
            case ONE_OF -> c.column() + " is one of " + String.join(", ", c.texts());
            case NOT_ONE_OF -> c.column() + " is none of " + String.join(", ", c.texts());
            case STARTS_WITH -> c.column() + " starts with " + c.texts().get(0);
            case NOT_STARTS_WITH -> c.column() + " does not start with " + c.texts().get(0);
            case CONTAINS -> c.column() + " contains " + c.texts().get(0);
            case NOT_CONTAINS -> c.column() + " does not contain " + c.texts().get(0);
            case EMPTY -> c.column() + " is empty";
            case NOT_EMPTY -> c.column() + " is not empty";
            default -> c.column() + " " + c.op().word() + " " + number(c.number());
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Why the workbook writes {@code m} as a value rather than a formula. */
    static String whyValue(SourceMeasure m) {
        return m.how() == SourceMeasure.How.LAST ? "the last value of rows that meet conditions needs a lookup formula Excel "
                + "lacks without dynamic arrays" : "a distinct count cannot be a formula without dynamic arrays";
    }
}
