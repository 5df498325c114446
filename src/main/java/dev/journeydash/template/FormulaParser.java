package dev.journeydash.template;

import dev.journeydash.model.Expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses KPI formulas: numbers, ids, {@code + - * /}, comparisons, parentheses and the
 * functions min, max, abs, round, if and prev. Ids are not resolved here.
 */
final class FormulaParser {

    /** Function name to {min, max} argument count; max -1 means unbounded. */
    private static final Map<String, int[]> FUNCTIONS = Map.of(
            "MIN", new int[] {1, -1},
            "MAX", new int[] {1, -1},
            "ABS", new int[] {1, 1},
            "ROUND", new int[] {2, 2},
            "IF", new int[] {3, 3},
            "PREV", new int[] {1, 1});

    static final String KNOWN_FUNCTIONS = "abs, if, max, min, prev, round";

    private final String text;
    private int pos;

    private FormulaParser(String text) {
        this.text = text;
    }

    /** Parses {@code text}; throws with a message that starts "at character N: " (1-based). */
    static Expr parse(String text) throws FormulaSyntaxException {
        FormulaParser p = new FormulaParser(text);
        p.skipSpace();
        if (p.pos == text.length()) {
            throw new FormulaSyntaxException("at character 1: the formula is empty");
        }
        Expr e = p.comparison();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected \"" + text.charAt(p.pos) + "\"");
        }
        return e;
    }

    private Expr comparison() throws FormulaSyntaxException {
        Expr left = additive();
        skipSpace();
        for (String op : new String[] {"<>", "<=", ">=", "=", "<", ">"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                Expr right = additive();
                return new Expr.Binary(op, left, right);
            }
        }
        return left;
    }

    private Expr additive() throws FormulaSyntaxException {
        Expr left = term();
        while (true) {
            skipSpace();
            if (peek('+') || peek('-')) {
                String op = String.valueOf(text.charAt(pos++));
                left = new Expr.Binary(op, left, term());
            } else {
                return left;
            }
        }
    }

    private Expr term() throws FormulaSyntaxException {
        Expr left = unary();
        while (true) {
            skipSpace();
            if (peek('*') || peek('/')) {
                String op = String.valueOf(text.charAt(pos++));
                left = new Expr.Binary(op, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expr unary() throws FormulaSyntaxException {
        skipSpace();
        if (peek('-')) {
            pos++;
            return new Expr.Neg(unary());
        }
        if (peek('+')) {
            pos++;
            return unary();
        }
        return primary();
    }

    private Expr primary() throws FormulaSyntaxException {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the formula ends too early");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Expr inner = comparison();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            skipSpace();
            if (peek('(')) {
                return call(name, start);
            }
            return new Expr.Ref(name);
        }
        throw error("unexpected \"" + c + "\"");
    }

    private Expr number() throws FormulaSyntaxException {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (peek('+') || peek('-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String literal = text.substring(start, pos);
        double value;
        try {
            value = Double.parseDouble(literal);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("\"" + literal + "\" is not a number");
        }
        if (Double.isInfinite(value)) {
            // neither the calculator nor Excel (whose largest number is about 1.8e308) can use it
            pos = start;
            throw error("\"" + literal + "\" is too large a number");
        }
        return new Expr.Num(value);
    }

    private Expr call(String name, int start) throws FormulaSyntaxException {
        String upper = name.toUpperCase(Locale.ROOT);
        int[] arity = FUNCTIONS.get(upper);
        if (arity == null) {
            pos = start;
            throw error("unknown function \"" + name + "\"; known functions: " + KNOWN_FUNCTIONS);
        }
        pos++; // '('
        List<Expr> args = new ArrayList<>();
        skipSpace();
        if (!peek(')')) {
            args.add(comparison());
            skipSpace();
            while (peek(',')) {
                pos++;
                args.add(comparison());
                skipSpace();
            }
        }
        expect(')');
        if (args.size() < arity[0] || (arity[1] >= 0 && args.size() > arity[1])) {
            String wanted = arity[1] < 0 ? "at least " + arity[0] : String.valueOf(arity[0]);
            pos = start;
            throw error(name.toLowerCase(Locale.ROOT) + "() takes " + wanted + " argument"
                    + (arity[0] == 1 ? "" : "s") + ", not " + args.size());
        }
        return upper.equals("PREV") ? new Expr.Prev(args.get(0)) : new Expr.Call(upper, args);
    }

    private void expect(char c) throws FormulaSyntaxException {
        skipSpace();
        if (!peek(c)) {
            throw error(pos < text.length() ? "expected \"" + c + "\" but found \"" + text.charAt(pos) + "\""
                    : "expected \"" + c + "\" but the formula ends");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private FormulaSyntaxException error(String message) {
        return new FormulaSyntaxException("at character " + (pos + 1) + ": " + message);
    }

    /** A malformed formula; the message says what and where. */
    static final class FormulaSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        FormulaSyntaxException(String message) {
            super(message);
        }
    }
}
