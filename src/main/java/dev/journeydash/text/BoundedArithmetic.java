package dev.journeydash.text;

import freemarker.core.ArithmeticEngine;

import java.math.BigDecimal;

/**
 * Freemarker's exact decimal arithmetic with a bound on magnitude: a result of 10^100 or more is an
 * error. Without it a template that squares a number in a loop spends minutes in one
 * multiplication of million-digit numbers, which no interruption can stop.
 */
final class BoundedArithmetic extends ArithmeticEngine.BigDecimalEngine {
    static final BoundedArithmetic INSTANCE = new BoundedArithmetic();
    /** Digits before the decimal point of the largest result allowed. */
    static final int MAX_DIGITS = 100;

    private BoundedArithmetic() { }

    @Override
    public Number add(Number first, Number second) {
        return bounded(super.add(first, second));
    }

    @Override
    public Number subtract(Number first, Number second) {
        return bounded(super.subtract(first, second));
    }

    @Override
    public Number multiply(Number first, Number second) {
        return bounded(super.multiply(first, second));
    }

    @Override
    public Number divide(Number first, Number second) {
        return bounded(super.divide(first, second));
    }

    /** Text to a number (?number and number literals); a number with an exponent too large is not a number here. */
    @Override
    public Number toNumber(String s) {
        Number n = super.toNumber(s);
        if (n instanceof BigDecimal d && tooLarge(d)) {
            throw new NumberFormatException("\"" + s + "\" is too large a number (10^" + MAX_DIGITS + " or more)");
        }
        return n;
    }

    private static Number bounded(Number n) {
        if (n instanceof BigDecimal d && tooLarge(d)) {
            throw new TooLargeNumber();
        }
        return n;
    }

    private static boolean tooLarge(BigDecimal d) {
        return d.signum() != 0 && d.precision() - d.scale() > MAX_DIGITS;
    }

    /** Unchecked, as the engine's methods declare nothing; Freemarker wraps it in an error with the location. */
    static final class TooLargeNumber extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeNumber() {
            super("a calculation gave a number of 10^" + MAX_DIGITS + " or more, too large for a journeydash template");
        }
    }
}
