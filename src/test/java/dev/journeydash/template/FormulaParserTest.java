package dev.journeydash.template;

import dev.journeydash.model.Expr;
import dev.journeydash.model.Expr.Binary;
import dev.journeydash.model.Expr.Call;
import dev.journeydash.model.Expr.Neg;
import dev.journeydash.model.Expr.Num;
import dev.journeydash.model.Expr.Prev;
import dev.journeydash.model.Expr.Ref;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormulaParserTest {

    private static Expr parse(String text) throws FormulaParser.FormulaSyntaxException {
        return FormulaParser.parse(text);
    }

    private static Num num(double v) {
        return new Num(v);
    }

    private static Ref ref(String id) {
        return new Ref(id);
    }

    @Test
    void multiplicationBindsTighterThanAddition() throws Exception {
        assertThat(parse("1+2*3")).isEqualTo(new Binary("+", num(1), new Binary("*", num(2), num(3))));
        assertThat(parse("(1+2)*3")).isEqualTo(new Binary("*", new Binary("+", num(1), num(2)), num(3)));
    }

    @Test
    void operatorsOfEqualPrecedenceGroupLeftToRight() throws Exception {
        assertThat(parse("8 - 3 - 2")).isEqualTo(new Binary("-", new Binary("-", num(8), num(3)), num(2)));
        assertThat(parse("8 / 4 / 2")).isEqualTo(new Binary("/", new Binary("/", num(8), num(4)), num(2)));
        assertThat(parse("1 - orders / visitors"))
                .isEqualTo(new Binary("-", num(1), new Binary("/", ref("orders"), ref("visitors"))));
    }

    @Test
    void unaryMinusAppliesToTheNextOperandOnly() throws Exception {
        assertThat(parse("-a * b")).isEqualTo(new Binary("*", new Neg(ref("a")), ref("b")));
        assertThat(parse("2 * -3")).isEqualTo(new Binary("*", num(2), new Neg(num(3))));
        assertThat(parse("-(a + b)")).isEqualTo(new Neg(new Binary("+", ref("a"), ref("b"))));
        assertThat(parse("--a")).isEqualTo(new Neg(new Neg(ref("a"))));
        assertThat(parse("+a")).isEqualTo(ref("a"));
    }

    @Test
    void comparisonsBindLooserThanArithmeticInsideIf() throws Exception {
        assertThat(parse("if(a + 1 >= b * 2, 1, 0)")).isEqualTo(new Call("IF", List.of(
                new Binary(">=", new Binary("+", ref("a"), num(1)), new Binary("*", ref("b"), num(2))), num(1), num(0))));
    }

    @ParameterizedTest
    @CsvSource({"a = b, =", "a <> b, <>", "a < b, <", "a > b, >", "a <= b, <=", "a >= b, >="})
    void everyComparisonOperatorIsRead(String text, String op) throws Exception {
        Expr e = parse(text);

        assertThat(e).isEqualTo(new Binary(op, ref("a"), ref("b")));
        assertThat(((Binary) e).isComparison()).isTrue();
    }

    @Test
    void prevNestsAndCountsHowManyPeriodsBack() throws Exception {
        Expr e = parse("a - prev(prev(a) + b)");
        List<String> refs = new ArrayList<>();
        e.forEachRef((id, lag) -> refs.add(id + "@" + lag));

        assertThat(e).isEqualTo(new Binary("-", ref("a"), new Prev(new Binary("+", new Prev(ref("a")), ref("b")))));
        assertThat(refs).containsExactly("a@0", "a@2", "b@1");
    }

    @Test
    void functionNamesAreCaseInsensitive() throws Exception {
        assertThat(parse("MIN(a, b)")).isEqualTo(new Call("MIN", List.of(ref("a"), ref("b"))));
        assertThat(parse("Max(a, b, 3)")).isEqualTo(new Call("MAX", List.of(ref("a"), ref("b"), num(3))));
        assertThat(parse("ROUND(a, 2)")).isEqualTo(new Call("ROUND", List.of(ref("a"), num(2))));
        assertThat(parse("aBs(a)")).isEqualTo(new Call("ABS", List.of(ref("a"))));
        assertThat(parse("IF(a > 0, a, 0)")).isEqualTo(parse("if(a > 0, a, 0)"));
        assertThat(parse("Prev(a)")).isEqualTo(new Prev(ref("a")));
    }

    @Test
    void idsKeepTheirCase() throws Exception {
        assertThat(parse("Orders")).isEqualTo(ref("Orders"));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.5", ".5, 0.5", "100, 100", "1e3, 1000", "1.5E-2, 0.015", "45000, 45000",
        "1.7976931348623157e308, 1.7976931348623157e308", "1e-400, 0"})
    void numbers(String text, double value) throws Exception {
        assertThat(parse(text)).isEqualTo(num(value));
    }

    @Test
    void spacesAnywhereBetweenTokensAreIgnored() throws Exception {
        assertThat(parse("  min ( a ,b )  *  2 ")).isEqualTo(parse("min(a,b)*2"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|at character 1: the formula is empty",
        "'   '|at character 1: the formula is empty",
        "a +|at character 4: the formula ends too early",
        "a b|at character 3: unexpected \"b\"",
        "a $ b|at character 3: unexpected \"$\"",
        "(a|at character 3: expected \")\" but the formula ends",
        "a)|at character 2: unexpected \")\"",
        "min(a b)|at character 7: expected \")\" but found \"b\"",
        "1.2.3|at character 1: \"1.2.3\" is not a number",
        "sqrt(a)|at character 1: unknown function \"sqrt\"; known functions: abs, if, max, min, prev, round",
        "min()|at character 1: min() takes at least 1 argument, not 0",
        "abs(a, b)|at character 1: abs() takes 1 argument, not 2",
        "round(a)|at character 1: round() takes 2 arguments, not 1",
        "IF(a, b)|at character 1: if() takes 3 arguments, not 2",
        "prev()|at character 1: prev() takes 1 argument, not 0",
        "a < b < c|at character 7: unexpected \"<\"",
        // found by the fuzzer: an infinite literal loaded, then crashed the renderer (BigDecimal of Infinity)
        "a * 1e999|at character 5: \"1e999\" is too large a number",
        "-1e309|at character 2: \"1e309\" is too large a number",
    })
    void malformedFormulasSayWhatAndWhere(String text, String message) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(FormulaParser.FormulaSyntaxException.class)
                .hasMessage(message);
    }
}
