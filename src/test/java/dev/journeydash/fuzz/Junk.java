package dev.journeydash.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;

/** Values that real exports, typos and attackers put where a number, a period or a name belongs. */
final class Junk {
    private Junk() { }

    static final List<String> NUMBERS = List.of("", " ", "0", "-0", "00", "-1", "0.0", "1e308", "1e309", "-1e309",
            "1E-400", "4.9E-324", "1.7976931348623157E308", "NaN", "nan", "-NaN", "Infinity", "-Infinity", "inf", "∞",
            "1,234", "1.234", "1.234,56", "1,234.56", "1 234", "1\u00a0234", "1\u202f234", "1'234.5", "(12)", "(-12)",
            "-(12)", "12-", "--12", "+12", "+-12", "12%", "%", "(%)", "$", "$12", "$-12", "-$12", "12€", "€ 1.234,56",
            "USD 12", "12 EUR", "USD", "ABC", "0x1F", "1_000", "١٢٣", "１２", "12.5.6", ".5", "5.", ",5", "5,", "9".repeat(18),
            "9".repeat(19), "-" + "9".repeat(18), "9".repeat(400), "1e", "e5", "1e+", "-", "(", ")", "()", "\"12\"", "12\"",
            "\u22125", "1/2", "#N/A", "#DIV/0!", "=1+1", "null", "TRUE", "12 %", "( 12 )", "12e3", "12E-3", "1.2e3.4",
            "0.000000000000000000000000000001", "99999999999999999999999999999999999999.5");

    static final List<String> PERIODS = List.of("", "2024-13", "2024-00", "0000-01", "9999-12", "2024-1", "2024/01",
            "2024-01-32", "2024-02-30", "2023-02-29", "2024-02-29", "31/12/2024", "12/31/2024", "13/13/2024",
            "00/00/0000", "31.02.2024", "1.1.2024", "Jan 2024", "jan 24", "Sept 2024", "Foo 2024", "2024 Jan",
            "2024-jan", "May. 2024", "2024-Q1", "Q4 2024", "Q5 2024", "q1-2024", "2024-W01", "2024-W53", "2020-W53",
            "2024-W00", "2024W99", "2024w5", "2024-01-01T00:00:00", "2024-01-01 25:61", "2024-01-01T", "1900-01",
            "1899-12-31", "0001-01-01", "  2024-01  ", "9999-12-31", "1970-01", "2024", "24-01", "Q1 ２０２４",
            "２０２４-01", "2024-01-01Z", "-2024-01", "+2024-01", "2024-01-01\u0000", "99999-01", "2024-001");

    static final List<String> HEADERS = List.of("", " ", "period", "Period", "PERIOD", "date", "Datum", "month", "week",
            "visitors", "Unique visitors", "unique-visitors", "UNIQUE  VISITORS", "measure", "metric", "value", "amount",
            "orders", "Orders", "revenue", "=HYPERLINK(\"http://x\",\"click\")", "\"", "é", "\uFEFFperiod", "#", "1",
            "visitors ", "_", "__visitors__", "segment", "channel", "period", "orders", "x".repeat(300));

    static final List<String> SPECIAL = List.of("\"", "\"\"", ",", ";", "\t", "|", "\n", "\r", "\r\n", "\u0000",
            "\uFEFF", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u2028", "\u0085", "\\", "'", "=", "\u00a0", "\u202f", "\u001a",
            "\u00ff", "\uFFFD", "\uFFFF", "𝟘", "\"\n\"", ",,,,,", "\n\n\n");

    /** Characters CSV parsers care about, and digits and letters to make periods and numbers of. */
    static final String CSV_ALPHABET = "0123456789-./,;\t|\"\n\r %$€()eE+QWjan \u00a0\uFEFF\u0000'#=_";

    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(NUMBERS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(PERIODS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(SPECIAL)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(HEADERS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(20)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars(CSV_ALPHABET.toCharArray()).ofMaxLength(30)));
    }

    static String pick(List<String> pool, int index) {
        return pool.get(Math.floorMod(index, pool.size()));
    }
}
