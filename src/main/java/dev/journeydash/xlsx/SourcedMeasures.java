package dev.journeydash.xlsx;

import dev.journeydash.model.Condition;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.SourceMeasure.How;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the Data sheet's measures come from a source's kept rows, and how each is written:
 * a formula over the source's raw-data sheet ({@link SourceFormula}), or, where no formula
 * without dynamic arrays computes it exactly in every engine, the value from
 * {@link DataSet#measures()} with the reason. Measures of sources whose rows are not kept (one
 * row per period) are values like any Data sheet's and are not listed here.
 */
final class SourcedMeasures {
    /** Excel's longest formula is 8,192 characters; a formula near it is no use to a person either. */
    static final int MAX_FORMULA = 8000;

    /**
     * How one kept source's measure is written.
     *
     * @param rows    the source's kept rows
     * @param rule    the measure's rule
     * @param formula its formula, or null when it is a value
     * @param reason  why it is a value, or null when it is a formula
     */
    record Entry(KeptRows rows, SourceMeasure rule, SourceFormula formula, String reason) { }

    /** Nothing comes from kept rows. */
    static final SourcedMeasures NONE = new SourcedMeasures(Map.of());

    private final Map<String, Entry> byMeasure;

    private SourcedMeasures(Map<String, Entry> byMeasure) {
        this.byMeasure = Collections.unmodifiableMap(byMeasure);
    }

    /** The measures of {@code data}'s kept rows, each planned over its sheet in {@code layout}. */
    static SourcedMeasures of(DataSet data, WorkbookLayout layout) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (KeptRows rows : data.sourcing().kept()) {
            SourceRowsLayout sheet = layout.sourceRows(rows.source());
            // the longest formula is the last period's, whose row number is the longest
            String lastPeriod = "$" + Refs.col(layout.data().periodColumn()) + layout.data().row(data.periods().size() - 1);
            for (SourceMeasure rule : rows.measures()) {
                if (out.containsKey(rule.measure())) {
                    throw new IllegalArgumentException("measure " + rule.measure() + " is defined by two sources");
                }
                double first = rows.firstPeriod() > 0 ? DataSheet.serial(data.periods().get(rows.firstPeriod())) : Double.NaN;
                out.put(rule.measure(), entry(rows, rule, sheet, lastPeriod, first));
            }
        }
        return new SourcedMeasures(out);
    }

    /** @param first the date serial of the source's first period, NaN when it is the journey's first */
    private static Entry entry(KeptRows rows, SourceMeasure rule, SourceRowsLayout sheet, String lastPeriod, double first) {
        List<Condition> conditions = new ArrayList<>(rows.filter());
        conditions.addAll(rule.where());
        String reason = aggregationReason(rule, conditions, rows);
        CriteriaTerms.Plan plan = reason == null ? CriteriaTerms.of(conditions, rows) : null;
        if (reason == null) {
            reason = plan.reason();
        }
        if (reason == null && plan.complements() && (rule.how() == How.MIN || rule.how() == How.MAX)) {
            reason = "a " + rule.how().word() + " cannot leave out the rows of a negated pattern (does not start with, does not"
                    + " contain, or not a value with wildcard or non-ASCII characters) in a formula every spreadsheet computes alike";
        }
        if (reason != null) {
            return new Entry(rows, rule, null, reason);
        }
        SourceFormula formula = new SourceFormula(sheet, rule, rows.rows(), plan, rows.size(), first);
        int length = formula.at(lastPeriod).length();
        if (length > MAX_FORMULA) {
            return new Entry(rows, rule, null, "its formula would be " + length + " characters long");
        }
        return new Entry(rows, rule, formula, null);
    }

    /** Why the aggregation itself has no formula, or null. */
    private static String aggregationReason(SourceMeasure rule, List<Condition> conditions, KeptRows rows) {
        if (!rule.how().formula()) {
            return switch (rule.how()) {
                case COUNT_NEW -> "a count of values seen for the first time";
                case COUNT_RETURNING -> "a count of values seen in an earlier period";
                default -> "a distinct count";
            } + " cannot be a formula without dynamic arrays";
        }
        if (rule.column() != null) {
            KeptRows.Column col = rows.column(rule.column());
            if (col == null || !col.number()) {
                throw new IllegalArgumentException("measure " + rule.measure() + " of source " + rows.source() + " reads \""
                        + rule.column() + "\", which is not a kept number column");
            }
        }
        if (rule.how() == How.LAST && !conditions.isEmpty()) {
            return "the last value among the rows that meet conditions cannot be a formula without dynamic arrays";
        }
        if (rule.how() == How.LAST && rows.size() == 0) {
            return "the source has no rows";
        }
        return null;
    }

    /** How measure {@code id} is written, or null when it does not come from kept rows. */
    Entry get(String id) {
        return byMeasure.get(id);
    }

    /** The formula of measure {@code id} in the Data row whose period cell is {@code period}, or null when it is a value. */
    String formula(String id, String period) {
        Entry e = byMeasure.get(id);
        return e == null || e.formula() == null ? null : e.formula().at(period);
    }

    /** The kept sources' measures written as values, in source and measure order, each with why. */
    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        byMeasure.forEach((id, e) -> {
            if (e.reason() != null) {
                out.put(id, e.reason());
            }
        });
        return out;
    }
}
