package dev.journeydash.xlsx;

import java.util.Locale;
import java.util.Set;

/**
 * The criteria of COUNTIFS, SUMIFS and their kin as formula text. A value from a template is
 * data: it becomes a string literal (quotes doubled, control characters as {@code CHAR(n)}), its
 * wildcard characters {@code ~ * ?} escaped with {@code ~}, so that nothing of it turns into
 * formula syntax or a pattern.
 *
 * <p>Patterns are written without an operator ({@code "paid"}, {@code "pa*"}): Gnumeric matches
 * wildcards and ignores the case of every letter only there ({@code "=pa*"} is a literal to it
 * and {@code "=x"} folds ASCII letters alone). Values a spreadsheet's criteria would read as
 * something else than text (numbers, dates, truth values, errors: Gnumeric reads the text cells
 * as numbers or dates too) cannot be compared for equality and are refused here.
 */
final class CriterionText {
    /** The longest criterion Excel accepts. */
    static final int MAX_LENGTH = 255;

    /** Words that some spreadsheet in some language reads as TRUE or FALSE in a criterion. */
    private static final Set<String> TRUTH_WORDS = Set.of("true", "false", "wahr", "falsch", "vrai", "faux", "verdadero",
            "falso", "vero", "verdadeiro", "waar", "onwaar", "benar", "salah", "sant", "falskt", "prawda", "fałsz");
    private static final Set<String> ERRORS = Set.of("#null!", "#div/0!", "#value!", "#ref!", "#name?", "#num!", "#n/a",
            "#getting_data", "#spill!", "#calc!");

    private CriterionText() { }

    /** {@code s} as a formula expression: a string literal, control characters joined in as {@code CHAR(n)}. */
    static String literal(String s) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 32 || c == 127) {
                if (!run.isEmpty() || out.isEmpty()) {
                    out.append(out.isEmpty() ? "" : "&").append('"').append(run).append('"');
                    run.setLength(0);
                }
                out.append("&CHAR(").append((int) c).append(')');
            } else {
                run.append(c == '"' ? "\"\"" : String.valueOf(c));
            }
        }
        if (!run.isEmpty() || out.isEmpty()) {
            out.append(out.isEmpty() ? "" : "&").append('"').append(run).append('"');
        }
        return out.toString();
    }

    /** {@code x} with {@code ~}, {@code *} and {@code ?} escaped by {@code ~}: matched as written in a pattern. */
    static String escape(String x) {
        return x.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    }

    /** Whether {@code x} is ASCII without wildcard characters: every engine compares it alike after {@code <>}. */
    static boolean plain(String x) {
        return x.chars().allMatch(c -> c < 128 && c != '~' && c != '*' && c != '?');
    }

    /** Whether a criterion beginning with {@code x} would begin with an operator. */
    static boolean startsWithOperator(String x) {
        return !x.isEmpty() && "=<>".indexOf(x.charAt(0)) >= 0;
    }

    /**
     * Why {@code value} cannot be compared as text in a criterion, or null when it can: a value a
     * spreadsheet reads as a number, a date, a time, a truth value or an error (any digit makes
     * it suspect), or one with spaces around it, which the cells never have.
     */
    static String notText(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.codePoints().anyMatch(Character::isDigit)) {
            return "the value \"" + value + "\" has digits, which a spreadsheet's criteria may read as a number or a date";
        }
        if (TRUTH_WORDS.contains(lower)) {
            return "the value \"" + value + "\" is read as a truth value by a spreadsheet's criteria";
        }
        if (ERRORS.contains(lower)) {
            return "the value \"" + value + "\" is read as an error by a spreadsheet's criteria";
        }
        if (!value.equals(value.strip())) {
            return "the value \"" + value + "\" has spaces around it";
        }
        return null;
    }

    /** A numeric criterion: {@code ">100"}, or {@code ">"&1.5} so that the decimal separator is the reader's own. */
    static String numeric(String op, double n) {
        if (!Double.isFinite(n)) {
            throw new IllegalArgumentException("a numeric condition needs a finite number, not " + n);
        }
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return "\"" + op + (long) n + "\"";
        }
        return "\"" + op + "\"&" + ExcelFormula.number(n);
    }
}
