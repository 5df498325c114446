package dev.journeydash.compute;

import dev.journeydash.model.Expr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Evaluates a KPI formula for one period, with Excel's arithmetic; NaN means blank or error. */
public final class Evaluator {
    /** Looks up a measure or KPI by id in a 0-based period; NaN when missing or out of range. */
    interface Lookup {
        double get(String id, int period);
    }

    private Evaluator() { }

    /**
     * The formula's value in {@code period}: NaN when any value it reads is blank (the workbook's
     * COUNT guard) or when it divides by zero (the workbook's IFERROR).
     */
    static double evaluate(Expr formula, int period, Lookup lookup) {
        boolean[] missing = {false};
        formula.forEachRef((id, lag) -> {
            if (period - lag < 0 || Double.isNaN(lookup.get(id, period - lag))) {
                missing[0] = true;
            }
        });
        if (missing[0]) {
            return Double.NaN;
        }
        double v = eval(formula, period, lookup);
        return Double.isFinite(v) ? v : Double.NaN;
    }

    private static double eval(Expr e, int period, Lookup lookup) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Ref r) {
            return lookup.get(r.id(), period);
        }
        if (e instanceof Expr.Prev p) {
            return eval(p.arg(), period - 1, lookup);
        }
        if (e instanceof Expr.Neg n) {
            return -eval(n.arg(), period, lookup);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b.op(), eval(b.left(), period, lookup), eval(b.right(), period, lookup));
        }
        return call((Expr.Call) e, period, lookup);
    }

    private static double binary(String op, double l, double r) {
        return switch (op) {
            case "+" -> l + r;
            case "-" -> l - r;
            case "*" -> l * r;
            case "/" -> r == 0 ? Double.NaN : l / r;
            case "=" -> bool(l == r);
            case "<>" -> bool(l != r);
            case "<" -> bool(l < r);
            case ">" -> bool(l > r);
            case "<=" -> bool(l <= r);
            case ">=" -> bool(l >= r);
            default -> throw new IllegalStateException("operator " + op);
        };
    }

    private static double call(Expr.Call c, int period, Lookup lookup) {
        switch (c.name()) {
            case "IF": {
                double cond = eval(c.args().get(0), period, lookup);
                if (Double.isNaN(cond)) {
                    return Double.NaN;
                }
                return eval(c.args().get(cond != 0 ? 1 : 2), period, lookup);
            }
            case "ABS":
                return Math.abs(eval(c.args().get(0), period, lookup));
            case "ROUND":
                return round(eval(c.args().get(0), period, lookup), eval(c.args().get(1), period, lookup));
            case "MIN":
            case "MAX": {
                double acc = c.name().equals("MIN") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                for (Expr a : c.args()) {
                    double v = eval(a, period, lookup);
                    if (Double.isNaN(v)) {
                        return Double.NaN;
                    }
                    acc = c.name().equals("MIN") ? Math.min(acc, v) : Math.max(acc, v);
                }
                return acc;
            }
            default:
                throw new IllegalStateException("function " + c.name());
        }
    }

    private static double bool(boolean b) {
        return b ? 1 : 0;
    }

    /** Excel's ROUND: half away from zero, on the shortest decimal form of the double; NaN for NaN or infinite x. */
    public static double round(double x, double digits) {
        if (Double.isNaN(x) || Double.isNaN(digits) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (digits > 340) {
            return x; // finer than any double: nothing to round
        }
        if (digits < -340) {
            return 0; // coarser than any double
        }
        return new BigDecimal(Double.toString(x)).setScale((int) digits, RoundingMode.HALF_UP).doubleValue();
    }

}
