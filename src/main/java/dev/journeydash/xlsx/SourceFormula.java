package dev.journeydash.xlsx;

import dev.journeydash.model.Source.RowKind;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.SourceMeasure.How;

import java.util.List;

/**
 * The Data-sheet formula of one source measure in one period, over the source's raw-data sheet:
 * the period column equal to the Data row's period, and the criteria of the measure's
 * {@link CriteriaTerms.Plan}. Forms, with {@code C} the criteria and {@code V} the measure's column:
 * <ul>
 * <li>count: {@code COUNTIFS(C)}; in a totals source {@code IF(COUNTIFS(C)=0,"",COUNTIFS(C))}</li>
 * <li>sum: {@code SUMIFS(V,C)}; in a totals source {@code IF(COUNTIFS(C,V,"<>")=0,"",SUMIFS(V,C))}</li>
 * <li>average: {@code IFERROR(AVERAGEIFS(V,C),"")}, or sums over counts for several terms</li>
 * <li>min, max: {@code IF(COUNTIFS(C,V,"<>")=0,"",_xlfn.MINIFS(V,C))}; per one_of value a MINIFS
 *     in a MIN, a value without rows standing aside as 1E+307 (MAXIFS: -1E+307)</li>
 * <li>last, without conditions: the period's last row, as the raw-data sheet of one CSV has it</li>
 * </ul>
 * A sum of terms adds and subtracts one such function call per term.
 */
final class SourceFormula {
    private static final String NOT_BLANK = "\"<>\"";

    private final SourceRowsLayout sheet;
    private final SourceMeasure rule;
    private final RowKind kind;
    private final List<CriteriaTerms.Term> terms;
    private final int rowCount;
    /** The date serial of the source's first period: earlier periods are out of its reach (blank); NaN for none. */
    private final double first;

    /**
     * @param sheet    the source's raw-data sheet
     * @param rule     the measure; its aggregation has a formula ({@link How#formula()})
     * @param kind     events or totals: what a period without values gives
     * @param plan     the criteria of the source's filter and the measure's conditions; a formula plan
     * @param rowCount the rows on the raw-data sheet (the last-row form reads exactly these)
     * @param first    the date serial of the source's first period when it starts after the journey's, else NaN:
     *                 periods before it are blank, as the source does not reach them
     */
    SourceFormula(SourceRowsLayout sheet, SourceMeasure rule, RowKind kind, CriteriaTerms.Plan plan, int rowCount,
                  double first) {
        if (!plan.formula() || !rule.how().formula()) {
            throw new IllegalArgumentException("measure " + rule.measure() + " has no formula");
        }
        this.sheet = sheet;
        this.rule = rule;
        this.kind = kind;
        this.terms = plan.terms();
        this.rowCount = rowCount;
        this.first = first;
    }

    /** The formula in the Data row whose period cell is {@code period} ({@code $A5}). */
    String at(String period) {
        String inner = inner(period);
        return Double.isNaN(first) ? inner : "IF(" + period + "<" + ExcelFormula.number(first) + ",\"\"," + inner + ")";
    }

    private String inner(String period) {
        return switch (rule.how()) {
            case COUNT -> kind == RowKind.EVENTS ? sum("COUNTIFS", null, period, null)
                    : blankWhenZero(sum("COUNTIFS", null, period, null), sum("COUNTIFS", null, period, null));
            case SUM -> kind == RowKind.EVENTS ? sum("SUMIFS", values(), period, null)
                    : blankWhenZero(sum("COUNTIFS", null, period, values()), sum("SUMIFS", values(), period, null));
            case AVERAGE -> average(period);
            case MIN -> extreme("_xlfn.MINIFS", "MIN", "1E+307", period);
            case MAX -> extreme("_xlfn.MAXIFS", "MAX", "-1E+307", period);
            case LAST -> DataSheet.lastRowFormula(Refs.q(sheet.sheetName()) + "!", sheet.column(rule.column()),
                    sheet.periodColumn(), sheet.firstRow(), rowCount, period);
            default -> throw new IllegalStateException(rule.how() + " has no formula");
        };
    }

    private String average(String period) {
        if (terms.size() == 1) {
            return "IFERROR(AVERAGEIFS(" + values() + "," + criteria(terms.get(0), period, null) + "),\"\")";
        }
        return "IFERROR((" + sum("SUMIFS", values(), period, null) + ")/(" + sum("COUNTIFS", null, period, values())
                + "),\"\")";
    }

    /** MIN or MAX: blank without values; over several one_of terms, each term's extreme with a stand-in when it has none. */
    private String extreme(String function, String combine, String standIn, String period) {
        String count = sum("COUNTIFS", null, period, values());
        if (terms.size() == 1) {
            return blankWhenZero(count, call(function, values(), terms.get(0), period, null));
        }
        StringBuilder parts = new StringBuilder();
        for (CriteriaTerms.Term t : terms) {
            parts.append(parts.isEmpty() ? "" : ",").append("IF(").append(call("COUNTIFS", null, t, period, values()))
                    .append("=0,").append(standIn).append(',').append(call(function, values(), t, period, null)).append(')');
        }
        return blankWhenZero(count, combine + "(" + parts + ")");
    }

    private static String blankWhenZero(String count, String value) {
        return "IF(" + count + "=0,\"\"," + value + ")";
    }

    /** The terms' calls of {@code function}, added and subtracted: {@code SUMIFS(..)+SUMIFS(..)-SUMIFS(..)}. */
    private String sum(String function, String valueRange, String period, String guard) {
        StringBuilder sb = new StringBuilder();
        for (CriteriaTerms.Term t : terms) {
            if (!sb.isEmpty() || t.subtract()) {
                sb.append(t.subtract() ? '-' : '+');
            }
            sb.append(call(function, valueRange, t, period, guard));
        }
        return sb.toString();
    }

    /** {@code function(valueRange, period criteria, term criteria[, guard column "<>"])}. */
    private String call(String function, String valueRange, CriteriaTerms.Term t, String period, String guard) {
        return function + "(" + (valueRange == null ? "" : valueRange + ",") + criteria(t, period, guard) + ")";
    }

    private String criteria(CriteriaTerms.Term t, String period, String guard) {
        StringBuilder sb = new StringBuilder(sheet.range(sheet.periodColumn())).append(',').append(period);
        for (CriteriaTerms.Criterion c : t.criteria()) {
            sb.append(',').append(sheet.range(sheet.column(c.column()))).append(',').append(c.expr());
        }
        if (guard != null) {
            sb.append(',').append(guard).append(',').append(NOT_BLANK);
        }
        return sb.toString();
    }

    private String values() {
        return sheet.range(sheet.column(rule.column()));
    }
}
