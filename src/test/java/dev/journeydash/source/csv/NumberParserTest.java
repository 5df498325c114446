package dev.journeydash.source.csv;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain numbers (digits, an optional minus and decimal separator) read to the very double
 * {@link Double#parseDouble} gives for the same digits with a decimal point, in both dialects.
 */
class NumberParserTest {
    /** The double Java reads from {@code digits}, written with {@code decimal} as the separator. */
    private static double expected(String digits, char decimal) {
        return Double.parseDouble(decimal == ',' ? digits.replace(',', '.') : digits);
    }

    private static void assertSameBits(String cell, char decimal) {
        double want = expected(cell, decimal);
        if (cell.indexOf(decimal) < 0 && want == 0 && cell.length() <= 18) {
            // an integer of zeros reads as 0, signed or not (as it always has); 0 == -0.0 in the sums
            want = 0.0;
        }
        Double got = new NumberParser(decimal).parse(cell);
        assertThat(got).as(cell).isNotNull();
        assertThat(Double.doubleToRawLongBits(got)).as(cell + " read as " + got + ", Java reads " + want)
                .isEqualTo(Double.doubleToRawLongBits(want));
    }

    @Property(tries = 20_000)
    void plainDecimalsReadAsJavaReadsThem(@ForAll("plainNumbers") String cell) {
        assertSameBits(cell, '.');
    }

    @Property(tries = 20_000)
    void plainDecimalCommasReadAsJavaReadsThem(@ForAll("plainNumbers") String cell) {
        assertSameBits(cell.replace('.', ','), ',');
    }

    /**
     * Digits around the edges of the fast path: up to 20 digits in all (past 2^53 and past 18
     * characters), up to 20 after the separator, leading zeros, long runs of 9s and 0s.
     */
    @Provide
    Arbitrary<String> plainNumbers() {
        Arbitrary<String> digits = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars('0', '9').ofMinLength(1).ofMaxLength(20),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.longs().between((1L << 53) - 1000, (1L << 53) + 1000).map(String::valueOf));
        Arbitrary<Integer> point = Arbitraries.integers().between(-1, 20);
        return Combinators.combine(Arbitraries.of("", "-"), digits, point).as((sign, d, at) -> {
            if (at < 0 || at >= d.length()) {
                return sign + d;
            }
            // the separator after digit 'at': at least one digit on each side
            return sign + d.substring(0, at + 1) + (at + 1 < d.length() ? "." + d.substring(at + 1) : "");
        });
    }

    @ParameterizedTest(name = "{0} with a decimal ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "0.1|.", "0,1|,", "1234.5|.", "1234,5|,", "-12.25|.", "-0.0|.", "-0,0|,", "0.30000000000000004|.",
        "9007199254740.993|.", "9007199254740.992|.", "900719925474099.3|.", "1.7976931348623157|.",
        "0.0000000000000000000001|.", "123456789012345678|.", "12345678901234567.8|.", "4.35|.", "1438.40|.",
        "44.6|.", "2.675|.", "1.005|."
    })
    void examplesReadAsJavaReadsThem(String cell, char decimal) {
        assertSameBits(cell, decimal);
    }

    @ParameterizedTest(name = "{0} proves ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "1234,5|,", "1.234,5|,", "1234.5|.", "1,234.5|.", "1e5|.", "2.5E-3|.", "1.234|0", "1234|0", "12%|0",
        "(1234)|0", "$1 234|0", "EUR 12|0", "abc|0"
    })
    void evidenceOfTheDecimalSeparator(String cell, String proves) {
        assertThat(NumberParser.evidence(cell)).isEqualTo(proves.equals("0") ? (char) 0 : proves.charAt(0));
    }
}
