package dev.journeydash;

import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;

import java.nio.file.Path;

/**
 * The hand-checked fixture for targets per period: {@code src/test/resources/budget/}. Six months
 * (Jan to Jun 2025) of 1,000 visitors with 19, 20, 21, 24, 22, 25 orders and revenue 950, 1100,
 * 1050, 1080, 1100, 1250.
 *
 * <pre>
 * KPI (weight)             target              Jan      Feb    Mar      Apr      May      Jun
 * conversion (2)  higher   0.02, 0.025 from Apr 0.019    0.020  0.021    0.024    0.022    0.025
 *   score                                       .95      1      1 (1.05) .96      .88      1
 * order_value (1) higher   50                   50       55     50       45       50       50
 *   score                                       1        1      1        .9       1        1
 * Buy (weight 2) = (2 conv + aov) / 3           2.9/3    1      1        2.82/3   2.76/3   1
 * cost_per_order  lower    50, 45 from May      52.63    50     47.62    41.67    45.45    40
 *   score = target / value                      .95      1      1        1        .99      1
 * Keep (weight 1) = cost_per_order's score
 * journey = (2 Buy + Keep) / 3                  2.88333/3 1     1        2.88/3   2.83/3   1
 * </pre>
 *
 * Jan: 0.019 / 0.02 = 0.95; 50 / (1000 / 19) = 0.95; Buy (1.9 + 1) / 3 = 0.966667; journey
 * (1.933333 + 0.95) / 3 = 0.961111. Apr: 0.024 / 0.025 = 0.96, 45 / 50 = 0.9; Buy (1.92 + 0.9) / 3
 * = 0.94; journey (1.88 + 1) / 3 = 0.96. May: 0.022 / 0.025 = 0.88; 45 / (1000 / 22) = 0.99; Buy
 * (1.76 + 1) / 3 = 0.92; journey (1.84 + 0.99) / 3 = 0.943333. With the single targets only
 * (no changes), conversion and cost per order score 1 from April on (0.024 / 0.02 and 50 / 45.45
 * are over 1), so Buy April = (2 + 0.9) / 3 = 0.966667, journey April = (1.933333 + 1) / 3 =
 * 0.977778, journey May = 1; January to March are the same as with the changes: a later change
 * leaves them alone.
 * The template's third change (conversion 0.03 from Aug 2025) lies in the periods prepared ahead.
 */
public final class BudgetFixture {
    public static final Path TEMPLATE = Path.of("src/test/resources/budget/budget.yaml");
    public static final Path DATA = Path.of("src/test/resources/budget/budget.csv");
    /** Order value 55 from Jun 2025. */
    public static final Path TARGETS = Path.of("src/test/resources/budget/budget-targets.csv");

    /** Journey score per month, Jan to Jun 2025, with the template's target changes. */
    public static final double[] JOURNEY = {2.8833333333333333 / 3, 1, 1, 0.96, 2.83 / 3, 1};
    /** Buy's score per month. */
    public static final double[] BUY = {2.9 / 3, 1, 1, 0.94, 0.92, 1};
    /** Conversion's score per month. */
    public static final double[] CONVERSION = {0.95, 1, 1, 0.96, 0.88, 1};
    /** Cost per order's score per month. */
    public static final double[] COST_PER_ORDER = {0.95, 1, 1, 1, 0.99, 1};
    /** Conversion's target in force per prepared month, Jan to Sep 2025 (three periods ahead). */
    public static final double[] CONVERSION_TARGET = {0.02, 0.02, 0.02, 0.025, 0.025, 0.025, 0.025, 0.03, 0.03};

    private BudgetFixture() { }

    /** The fixture's results: the template's target changes, and with {@code withCsv} the targets file's too. */
    public static Results results(boolean withCsv) {
        Request.Builder b = Request.builder().template(TEMPLATE).data(DATA).periodsAhead(3);
        if (withCsv) {
            b.targets(TARGETS);
        }
        try {
            return Journeydash.compute(b.build());
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The request of the fixture's workbook: three periods prepared ahead, the last month selected. */
    public static Request request() {
        return Request.builder().template(TEMPLATE).data(DATA).periodsAhead(3).build();
    }
}
