package dev.journeydash.xlsx;

import dev.journeydash.model.Condition;
import dev.journeydash.model.Condition.Op;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.journeydash.xlsx.KeptRowsBuilder.compare;
import static dev.journeydash.xlsx.KeptRowsBuilder.empty;
import static dev.journeydash.xlsx.KeptRowsBuilder.is;
import static dev.journeydash.xlsx.KeptRowsBuilder.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conditions to COUNTIFS criteria: the text of each criterion, the terms, and what is refused and why. */
class CriteriaTermsTest {
    /** Status and Note (a cell with a line break) are texts, Total a number. */
    private static final KeptRows ROWS = new KeptRowsBuilder("shop", "Date", Source.RowKind.EVENTS)
            .text("Status").text("Note").number("Total")
            .row("2026-01-05", "paid", "two\nlines", 10.0)
            .build(SourcedSamples.PERIODS);

    private static CriteriaTerms.Plan plan(Condition... conditions) {
        return CriteriaTerms.of(List.of(conditions), ROWS);
    }

    /** The only term's criteria of {@code conditions} as "column expr". */
    private static List<String> criteria(Condition... conditions) {
        return criteria(plan(conditions));
    }

    private static List<String> criteria(CriteriaTerms.Plan p) {
        assertThat(p.reason()).isNull();
        assertThat(p.terms()).hasSize(1);
        return p.terms().get(0).criteria().stream().map(c -> c.column() + " " + c.expr()).toList();
    }

    @Test
    void literalsDoubleQuotesAndJoinControlCharactersAsChar() {
        assertThat(CriterionText.literal("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CriterionText.literal("a\nb")).isEqualTo("\"a\"&CHAR(10)&\"b\"");
        assertThat(CriterionText.literal("\r\n")).isEqualTo("\"\"&CHAR(13)&CHAR(10)");
        assertThat(CriterionText.literal("")).isEqualTo("\"\"");
        assertThat(CriterionText.literal("=1+2&A1")).isEqualTo("\"=1+2&A1\"");
    }

    @Test
    void wildcardsAreEscapedWithATilde() {
        assertThat(CriterionText.escape("a*b?c~d")).isEqualTo("a~*b~?c~~d");
        assertThat(criteria(is("Status", "pa*d?"))).containsExactly("Status \"pa~*d~?\"");
    }

    @Test
    void eachKindOfConditionIsOneCriterion() {
        assertThat(criteria(is("Status", "paid"))).containsExactly("Status \"paid\"");
        assertThat(criteria(texts("Status", Op.NOT, "voided"))).containsExactly("Status \"<>voided\"");
        assertThat(criteria(texts("Status", Op.STARTS_WITH, "part"))).containsExactly("Status \"part*\"");
        assertThat(criteria(texts("Status", Op.CONTAINS, "fund"))).containsExactly("Status \"*fund*\"");
        assertThat(criteria(empty("Status", true))).containsExactly("Status \"=\"");
        assertThat(criteria(empty("Total", false))).containsExactly("Total \"<>\"");
        assertThat(criteria(texts("Status", Op.NOT_ONE_OF, "voided", "pending")))
                .containsExactly("Status \"<>voided\"", "Status \"<>pending\"");
        assertThat(criteria(compare("Total", Op.GT, 0))).containsExactly("Total \">0\"");
        assertThat(criteria(compare("Total", Op.LE, -5))).containsExactly("Total \"<=-5\"");
        assertThat(criteria(compare("Total", Op.GE, 1.5))).containsExactly("Total \">=\"&1.5");
        assertThat(criteria(compare("Total", Op.LT, 1e-7))).containsExactly("Total \"<\"&0.0000001");
    }

    @Test
    void aValueStartingWithAnOperatorIsComparedAfterAnEqualsSign() {
        assertThat(criteria(is("Status", "=x"))).containsExactly("Status \"==x\"");
        assertThat(criteria(is("Status", "<x"))).containsExactly("Status \"=<x\"");
    }

    @Test
    void oneOfGivesATermPerValueCaseFoldedAndIntersectedPerColumn() {
        CriteriaTerms.Plan p = plan(texts("Status", Op.ONE_OF, "paid", "PAID", "refunded"));
        assertThat(p.alternatives()).isTrue();
        assertThat(p.terms()).extracting(t -> t.criteria().get(0).expr()).containsExactly("\"paid\"", "\"refunded\"");
        CriteriaTerms.Plan both = plan(texts("Status", Op.ONE_OF, "paid", "partially_refunded"),
                texts("Status", Op.ONE_OF, "refunded", "PARTIALLY_REFUNDED"));
        assertThat(criteria(both)).containsExactly("Status \"partially_refunded\"");
        assertThat(plan(texts("Status", Op.ONE_OF, "paid"), texts("Status", Op.ONE_OF, "refunded")).reason())
                .contains("no value in common");
        assertThat(plan(texts("Status", Op.ONE_OF, "a", "b"), texts("Note", Op.ONE_OF, "c", "d")).reason())
                .contains("one_of conditions on two columns");
    }

    @Test
    void negatedPatternsAreSubtracted() {
        CriteriaTerms.Plan p = plan(texts("Status", Op.NOT_STARTS_WITH, "test"), texts("Status", Op.NOT, "ünï"));
        assertThat(p.complements()).isTrue();
        // all, minus each, plus both: inclusion and exclusion
        assertThat(p.terms()).extracting(t -> (t.subtract() ? "-" : "+") + t.criteria().stream()
                .map(CriteriaTerms.Criterion::expr).toList()).containsExactly("+[]", "+[\"test*\", \"ünï\"]",
                "-[\"test*\"]", "-[\"ünï\"]");
    }

    @Test
    void whatNoCriterionComputesAlikeEverywhereIsRefusedWithTheReason() {
        assertThat(plan(is("Status", "2025")).reason()).contains("digits");
        assertThat(plan(is("Status", "TRUE")).reason()).contains("truth value");
        assertThat(plan(texts("Status", Op.NOT, "#N/A")).reason()).contains("error");
        assertThat(plan(is("Status", " paid")).reason()).contains("spaces");
        assertThat(plan(is("Status", "=x*")).reason()).contains("begins with an operator");
        assertThat(plan(texts("Status", Op.STARTS_WITH, ">x")).reason()).contains("begins with an operator");
        assertThat(plan(texts("Status", Op.CONTAINS, "")).reason()).contains("empty text");
        assertThat(plan(texts("Note", Op.CONTAINS, "two")).reason()).contains("line breaks");
        assertThat(plan(is("Total", "10")).reason()).contains("text condition on the number column Total");
        assertThat(plan(compare("Status", Op.GT, 1)).reason()).contains("number condition on the text column Status");
        assertThat(plan(is("Status", "x".repeat(256))).reason()).contains("256 characters");
        assertThat(plan(texts("Status", Op.NOT_CONTAINS, "a"), texts("Status", Op.NOT_CONTAINS, "b"),
                texts("Status", Op.NOT_CONTAINS, "c"), texts("Status", Op.NOT_CONTAINS, "d"),
                texts("Status", Op.NOT_CONTAINS, "e")).reason()).contains("terms");
    }

    @Test
    void equalityOnACellWithALineBreakIsACriterion() {
        assertThat(criteria(is("Note", "two\nlines"))).containsExactly("Note \"two\"&CHAR(10)&\"lines\"");
    }

    @Test
    void aConditionOnAColumnThatWasNotKeptIsAnError() {
        assertThatThrownBy(() -> plan(is("Email", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Email\", a column it did not keep");
    }
}
