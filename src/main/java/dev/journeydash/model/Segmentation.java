package dev.journeydash.model;

import java.util.Objects;

/**
 * The segment dimension a template names ({@code segments:}): a text column of the data (channel,
 * region, plan) by whose values every KPI, score and status is also computed. The workbook gets a
 * second selector (All, then the values by volume) and a comparison table.
 *
 * @param column the data's column, matched without regard to case and surrounding spaces
 * @param label  the dimension's name as the workbook shows it ("Channel"); the column's when the template gives none
 * @param top    most values shown one by one, largest first by {@code by}; the rest are grouped as "Other"
 * @param by     the measure whose total over all periods ranks the values (the template's, else the funnel's
 *               first summed step, else the first summed measure)
 * @param line   the template line of {@code segments:}, for messages
 */
public record Segmentation(String column, String label, int top, String by, int line) {
    /** Most values {@link #top} may show. */
    public static final int MAX_TOP = 30;
    /** The default of {@link #top}. */
    public static final int DEFAULT_TOP = 12;
    /** Most distinct values a segment column may have: more is an id or a comment column, not a segment. */
    public static final int MAX_VALUES = 1_000;

    /** No segments. */
    public static final Segmentation NONE = new Segmentation("", "", 0, null, 0);

    public Segmentation {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
        if (!column.isEmpty() && (top < 1 || top > MAX_TOP)) {
            throw new IllegalArgumentException("top must be 1.." + MAX_TOP + ", not " + top);
        }
    }

    /** Whether the template names a segment dimension. */
    public boolean active() {
        return !column.isEmpty();
    }

    /** The index of this dimension's column among {@code headers} (a data's text columns); -1 when absent or inactive. */
    public int indexIn(java.util.List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            if (matches(headers.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code header} (a data column's header) is this dimension's column. */
    public boolean matches(String header) {
        return active() && header != null && header.strip().equalsIgnoreCase(column.strip());
    }
}
