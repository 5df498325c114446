package dev.journeydash.xlsx;

import dev.journeydash.model.Condition;
import dev.journeydash.model.Condition.Op;
import dev.journeydash.model.KeptRows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A source's conditions (its filter and a measure's {@code where:}) as criteria of COUNTIFS and
 * SUMIFS: a sum of terms, each a list of criteria that must all hold, added or subtracted. Most
 * conditions are one criterion of every term. A {@code one_of} gives one term per value (a row
 * meets at most one of them). A negation that not every engine evaluates alike ({@code <>pa*} is a
 * pattern to Excel and LibreOffice but a literal to Gnumeric) is written as its complement: the
 * terms without it minus the terms with its positive form (inclusion and exclusion over several).
 * Conditions that no such sum computes exactly give a plan with the reason instead.
 */
final class CriteriaTerms {
    /** The most terms one measure's formula may have. */
    static final int MAX_TERMS = 16;
    /** The most criteria one COUNTIFS may take besides the period and a guard (Excel allows 127 pairs). */
    static final int MAX_CRITERIA = 100;

    /** One criterion: the column (as the condition names it) and the criterion as a formula expression. */
    record Criterion(String column, String expr) { }

    /** Criteria that must all hold, counted positively or subtracted. */
    record Term(boolean subtract, List<Criterion> criteria) {
        Term {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * The criteria of a measure, or why there are none.
     *
     * @param terms        the sum's terms, the added ones first; empty when {@code reason} is set
     * @param alternatives whether the terms come from one_of values (several terms added)
     * @param complements  whether some terms are subtracted
     * @param reason       why the conditions cannot be criteria, or null
     */
    record Plan(List<Term> terms, boolean alternatives, boolean complements, String reason) {
        Plan {
            terms = List.copyOf(terms);
        }

        static Plan refused(String reason) {
            return new Plan(List.of(), false, false, reason);
        }

        boolean formula() {
            return reason == null;
        }
    }

    /** Thrown inside the planning to refuse, with the reason. */
    private static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final KeptRows rows;
    private final List<Criterion> always = new ArrayList<>();
    private final List<Criterion> negated = new ArrayList<>();
    /** Per column (normalised header), the values its one_of conditions all allow. */
    private final Map<String, List<String>> oneOf = new LinkedHashMap<>();
    /** Per column (normalised header), the header as the first one_of condition names it. */
    private final Map<String, String> oneOfColumn = new LinkedHashMap<>();

    private CriteriaTerms(KeptRows rows) {
        this.rows = rows;
    }

    /** The plan of {@code conditions} (all must hold) over {@code rows}' kept columns. */
    static Plan of(List<Condition> conditions, KeptRows rows) {
        CriteriaTerms t = new CriteriaTerms(rows);
        try {
            for (Condition c : conditions) {
                t.add(c);
            }
            return t.terms();
        } catch (Refused e) {
            return Plan.refused(e.getMessage());
        }
    }

    private void add(Condition c) throws Refused {
        KeptRows.Column col = rows.column(c.column());
        if (col == null) {
            throw new IllegalArgumentException("source " + rows.source() + " has a condition on \"" + c.column()
                    + "\", a column it did not keep");
        }
        boolean any = c.op() == Op.EMPTY || c.op() == Op.NOT_EMPTY;
        if (!any && c.op().numeric() != col.number()) {
            throw new Refused((c.op().numeric() ? "a number condition on the text column " : "a text condition on the number column ")
                    + col.header());
        }
        switch (c.op()) {
            case IS -> always.add(equal(c.column(), c.texts().get(0)));
            case NOT -> notEqual(c.column(), c.texts().get(0));
            case ONE_OF -> oneOf(c);
            case NOT_ONE_OF -> {
                for (String v : c.texts()) {
                    notEqual(c.column(), v);
                }
            }
            case STARTS_WITH -> always.add(pattern(c, c.texts().get(0), false));
            case NOT_STARTS_WITH -> negated.add(pattern(c, c.texts().get(0), false));
            case CONTAINS -> always.add(pattern(c, c.texts().get(0), true));
            case NOT_CONTAINS -> negated.add(pattern(c, c.texts().get(0), true));
            case EMPTY -> always.add(new Criterion(c.column(), "\"=\""));
            case NOT_EMPTY -> always.add(new Criterion(c.column(), "\"<>\""));
            case GT -> always.add(new Criterion(c.column(), CriterionText.numeric(">", c.number())));
            case GE -> always.add(new Criterion(c.column(), CriterionText.numeric(">=", c.number())));
            case LT -> always.add(new Criterion(c.column(), CriterionText.numeric("<", c.number())));
            case LE -> always.add(new Criterion(c.column(), CriterionText.numeric("<=", c.number())));
        }
    }

    /** Cells equal to {@code v} ignoring case: the pattern {@code "v"} with its wildcards escaped. */
    private static Criterion equal(String column, String v) throws Refused {
        if (v.isEmpty()) {
            return new Criterion(column, "\"=\"");
        }
        String why = CriterionText.notText(v);
        if (why != null) {
            throw new Refused(why);
        }
        if (!CriterionText.startsWithOperator(v)) {
            return criterion(column, CriterionText.escape(v));
        }
        if (CriterionText.plain(v)) {
            return criterion(column, "=" + v);
        }
        throw new Refused("the value \"" + v + "\" begins with an operator and has wildcard or non-ASCII characters");
    }

    /** Cells other than {@code v}: {@code "<>v"} where every engine reads it alike, else the complement of {@link #equal}. */
    private void notEqual(String column, String v) throws Refused {
        if (v.isEmpty()) {
            always.add(new Criterion(column, "\"<>\""));
        } else if (CriterionText.plain(v) && CriterionText.notText(v) == null) {
            always.add(criterion(column, "<>" + v));
        } else {
            negated.add(equal(column, v));
        }
    }

    /** A starts-with ({@code "x*"}) or contains ({@code "*x*"}) pattern. */
    private Criterion pattern(Condition c, String x, boolean contains) throws Refused {
        if (x.isEmpty()) {
            throw new Refused("a " + c.op().word() + " condition with an empty text");
        }
        if (!contains && CriterionText.startsWithOperator(x)) {
            throw new Refused("the value \"" + x + "\" of a " + c.op().word() + " condition begins with an operator");
        }
        KeptRows.Column col = rows.column(c.column());
        for (String cell : rows.texts()[col.index()]) {
            if (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                throw new Refused("cells of " + col.header() + " hold line breaks, which wildcards do not cross in every spreadsheet");
            }
        }
        return criterion(c.column(), (contains ? "*" : "") + CriterionText.escape(x) + "*");
    }

    /** The values of one_of conditions, intersected per column (ignoring case): several on one column must all hold. */
    private void oneOf(Condition c) {
        String key = KeptRows.normalise(c.column());
        List<String> values = new ArrayList<>();
        for (String v : c.texts()) {
            if (values.stream().noneMatch(w -> lower(w).equals(lower(v)))) {
                values.add(v);
            }
        }
        List<String> before = oneOf.get(key);
        // with an earlier one_of on the column: its values, in its order and spelling, that this one allows too
        oneOf.put(key, before == null ? values
                : before.stream().filter(b -> values.stream().anyMatch(v -> lower(v).equals(lower(b)))).toList());
        oneOfColumn.putIfAbsent(key, c.column());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The terms: per one_of value (or once), every subset of the negated criteria, subtracted when odd. */
    private Plan terms() throws Refused {
        if (oneOf.size() > 1) {
            throw new Refused("one_of conditions on two columns (" + String.join(", ", oneOfColumn.values())
                    + ") would need a term for every combination of their values");
        }
        List<Criterion> alternatives = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : oneOf.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new Refused("its one_of conditions on " + oneOfColumn.get(e.getKey()) + " have no value in common");
            }
            for (String v : e.getValue()) {
                alternatives.add(equal(oneOfColumn.get(e.getKey()), v));
            }
        }
        int perAlternative = 1 << Math.min(negated.size(), 30);
        int count = Math.max(1, alternatives.size()) * perAlternative;
        if (negated.size() > 4 || count > MAX_TERMS) {
            throw new Refused("its conditions would need " + (negated.size() > 4 ? "more than " + MAX_TERMS : count)
                    + " terms in one formula");
        }
        if (always.size() + negated.size() + 1 > MAX_CRITERIA) {
            throw new Refused("its conditions are more than one formula's criteria may be");
        }
        List<Term> added = new ArrayList<>();
        List<Term> subtracted = new ArrayList<>();
        for (Criterion alt : alternatives.isEmpty() ? java.util.Collections.<Criterion>singletonList(null) : alternatives) {
            for (int mask = 0; mask < perAlternative; mask++) {
                List<Criterion> criteria = new ArrayList<>(always);
                if (alt != null) {
                    criteria.add(alt);
                }
                for (int n = 0; n < negated.size(); n++) {
                    if ((mask & (1 << n)) != 0) {
                        criteria.add(negated.get(n));
                    }
                }
                (Integer.bitCount(mask) % 2 == 0 ? added : subtracted).add(new Term(Integer.bitCount(mask) % 2 == 1, criteria));
            }
        }
        added.addAll(subtracted);
        return new Plan(added, alternatives.size() > 1, !negated.isEmpty(), null);
    }

    /** A criterion of the literal {@code text}, refused when longer than Excel accepts. */
    private static Criterion criterion(String column, String text) throws Refused {
        if (text.length() > CriterionText.MAX_LENGTH) {
            throw new Refused("a criterion of " + text.length() + " characters, more than the " + CriterionText.MAX_LENGTH
                    + " a spreadsheet accepts");
        }
        return new Criterion(column, CriterionText.literal(text));
    }
}
