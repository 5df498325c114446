package dev.journeydash.xlsx;

import dev.journeydash.model.Expr;
import dev.journeydash.model.Kpi;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** Translates a KPI formula into an Excel formula for one period: a row of a stage sheet, or a block of the segment calculation. */
final class ExcelFormula {
    /** Where the value of a measure or a KPI in a period (0-based) is. */
    interface Cells {
        String ref(String id, int period);
    }

    private final Cells cells;

    /** For the stage sheets: measures on the Data sheet, KPIs on their stage sheets. */
    ExcelFormula(WorkbookLayout layout) {
        this((id, period) -> layout.data().hasMeasure(id) ? layout.data().measureCell(id, period)
                : layout.stages().valueCell(id, period));
    }

    ExcelFormula(Cells cells) {
        this.cells = cells;
    }

    /**
     * The KPI cell's formula for period {@code period} (0-based): blank unless every value it
     * reads is a number, and blank on a division error. Periods before the first are out of
     * range, which makes the KPI blank as in the calculator.
     */
    String kpiCell(Kpi kpi, int period) {
        Set<String> refs = new LinkedHashSet<>();
        boolean[] outOfRange = {false};
        kpi.formula().forEachRef((id, lag) -> {
            if (period - lag < 0) {
                outOfRange[0] = true;
            } else {
                refs.add(ref(id, period - lag));
            }
        });
        if (outOfRange[0]) {
            return "\"\"";
        }
        String expr = render(kpi.formula(), period);
        if (refs.isEmpty()) {
            return "IFERROR(" + expr + ",\"\")";
        }
        return "IF(COUNT(" + String.join(",", refs) + ")<" + refs.size() + ",\"\",IFERROR(" + expr + ",\"\"))";
    }

    private String ref(String id, int period) {
        return cells.ref(id, period);
    }

    private String render(Expr e, int period) {
        if (e instanceof Expr.Num n) {
            return number(n.value());
        }
        if (e instanceof Expr.Ref r) {
            return ref(r.id(), period);
        }
        if (e instanceof Expr.Prev p) {
            return render(p.arg(), period - 1);
        }
        if (e instanceof Expr.Neg n) {
            return "-" + wrap(n.arg(), period);
        }
        if (e instanceof Expr.Binary b) {
            return wrap(b.left(), period) + b.op() + wrap(b.right(), period);
        }
        Expr.Call c = (Expr.Call) e;
        StringBuilder sb = new StringBuilder(c.name()).append('(');
        for (int i = 0; i < c.args().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(render(c.args().get(i), period));
        }
        return sb.append(')').toString();
    }

    /** Binary and negated operands in parentheses, so Excel's precedence never differs from the template's. */
    private String wrap(Expr e, int period) {
        String s = render(e, period);
        return e instanceof Expr.Binary || e instanceof Expr.Neg ? "(" + s + ")" : s;
    }

    static String number(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        String s = d.toPlainString();
        return s.length() > 20 ? Double.toString(v).replace("E", "E+").replace("E+-", "E-") : s;
    }

    /** {@code text} as a formula's string literal: in quotes, its quotes doubled. */
    static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
