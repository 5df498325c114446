package dev.journeydash.compute;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.FunnelStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The journey's funnel in one period. Ratios are NaN (blank) where a volume is blank, the
 * volume divided by is zero or the ratio overflows, as the workbook's {@code IFERROR} leaves them.
 *
 * @param steps       one per funnel step of the journey, widest first
 * @param largestDrop 0-based index of the step at the end of the largest drop-off (the first one
 *                    on ties, as the workbook's {@code MATCH(MAX(..),..,0)} finds it); -1 when no
 *                    step has a drop-off
 */
public record Funnel(List<Step> steps, int largestDrop) {
    public Funnel {
        steps = List.copyOf(steps);
        if (largestDrop < -1 || largestDrop >= steps.size() || largestDrop == 0) {
            throw new IllegalArgumentException("largest drop-off at step " + largestDrop + " of " + steps.size());
        }
    }

    /**
     * One step of the funnel.
     *
     * @param step       the template's step (measure and label)
     * @param volume     the measure's value; NaN when blank
     * @param conversion volume / the previous step's volume; NaN for the first step
     * @param dropOff    1 - conversion; NaN where the conversion is
     * @param ofFirst    volume / the first step's volume
     */
    public record Step(FunnelStep step, double volume, double conversion, double dropOff, double ofFirst) {
        public Step {
            Objects.requireNonNull(step, "step");
        }
    }

    /** Whether some step has a drop-off, so that {@link #largestDrop()} names one. */
    public boolean hasLargestDrop() {
        return largestDrop > 0;
    }

    /** The funnel of period {@code period} (0-based) in {@code data}. */
    static Funnel of(List<FunnelStep> template, DataSet data, int period) {
        int n = template.size();
        double[] v = new double[n];
        List<Step> steps = new ArrayList<>(n);
        int worst = -1;
        for (int s = 0; s < n; s++) {
            FunnelStep f = template.get(s);
            v[s] = data.value(f.measure(), period);
            double conversion = s > 0 ? ratio(v[s], v[s - 1]) : Double.NaN;
            double drop = Double.isNaN(conversion) ? Double.NaN : 1 - conversion;
            steps.add(new Step(f, v[s], conversion, drop, ratio(v[s], v[0])));
            if (!Double.isNaN(drop) && (worst < 0 || drop > steps.get(worst).dropOff())) {
                worst = s;
            }
        }
        return new Funnel(steps, worst);
    }

    /** a / b; NaN when either is blank, b is 0 or the quotient overflows (Excel's #NUM!, which IFERROR blanks). */
    private static double ratio(double a, double b) {
        double q = !Double.isNaN(a) && !Double.isNaN(b) && b != 0 ? a / b : Double.NaN;
        return Double.isFinite(q) ? q : Double.NaN;
    }
}
