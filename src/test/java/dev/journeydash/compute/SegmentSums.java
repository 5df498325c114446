package dev.journeydash.compute;

import dev.journeydash.model.Measure;

/** The check that "All" is the sum over the segment groups, shared by the segment tests and the fuzzer. */
public final class SegmentSums {
    private SegmentSums() { }

    /**
     * Where a summed measure of {@code all} is not the sum of its groups' (within 1e-9 relative),
     * as "orders in period 3: All 12.0, groups 11.0"; null when every summed measure of every period is.
     * A period where no group has a value must be blank (or 0) in All.
     */
    public static String mismatch(Results all) {
        for (Measure m : all.journey().measures()) {
            if (m.aggregation() != Measure.Aggregation.SUM) {
                continue;
            }
            for (int p = 0; p < all.periodCount(); p++) {
                double sum = 0;
                boolean any = false;
                for (Results g : all.segments().results()) {
                    double v = g.data().value(m.id(), p);
                    if (!Double.isNaN(v)) {
                        sum += v;
                        any = true;
                    }
                }
                double whole = all.data().value(m.id(), p);
                boolean equal = !any ? Double.isNaN(whole) || whole == 0
                        : Math.abs(whole - sum) <= 1e-9 * Math.max(1, Math.abs(sum));
                if (!equal) {
                    return m.id() + " in period " + p + ": All " + whole + ", groups " + (any ? sum : Double.NaN);
                }
            }
        }
        return null;
    }
}
