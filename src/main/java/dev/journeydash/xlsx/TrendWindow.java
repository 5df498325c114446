package dev.journeydash.xlsx;

/**
 * The periods the trend charts and the sparklines show: a window of consecutive periods of the
 * Data sheet that ends at the selected period. The charts read fixed blocks of cells (on the
 * Dashboard's calculation detail and on each stage sheet, outside the print areas) whose cells
 * are {@code INDEX} formulas of the selected index, so a period pasted under the Data table, or
 * another pick in the selector, reaches every chart in every engine without a command and
 * without dynamic names.
 *
 * <p><b>Length.</b> The charts' window has {@link #periods()} periods: the periods the workbook
 * was generated with, so that a fresh workbook shows its whole history as before and then rolls
 * forward one period per pasted period; at least {@value #MIN_PERIODS} (a year of months), so that
 * a short history leaves room on the right that pasted periods fill rather than pushing the
 * oldest out; at most the capacity, the rows the window can read. The sparklines show the last
 * {@link #sparkPeriods()} ({@value #MIN_PERIODS}, or the capacity when that is smaller).
 *
 * <p><b>Start.</b> A window of {@code L} periods starts at the 1-based index
 * {@code MAX(1, MIN(selected - L + 1, count - L + 1))}: it ends at the selected period when
 * {@code L} periods or more lead up to it; otherwise it starts at the first period and runs on
 * past the selection, so that no category is empty while the data has {@code L} periods. Only a
 * history shorter than the window leaves empty positions at its end: their period is
 * {@code ""} (no label), their values {@code #N/A}, which every engine draws as a gap (a
 * formula's {@code ""} is drawn as zero by Excel and LibreOffice). Indexes are 1-based as in
 * {@code INDEX}; positions in the window 0-based.
 */
public final class TrendWindow {
    /** The shortest window of the charts and the sparklines' length, when the capacity allows. */
    public static final int MIN_PERIODS = 12;

    private final int periods;
    private final int sparkPeriods;

    TrendWindow(int requested, int capacity) {
        int min = Math.min(MIN_PERIODS, capacity);
        this.periods = Math.max(min, Math.min(requested, capacity));
        this.sparkPeriods = min;
    }

    /** Periods the trend charts show. */
    public int periods() {
        return periods;
    }

    /** Periods each KPI card's sparkline shows. */
    public int sparkPeriods() {
        return sparkPeriods;
    }

    /**
     * The 1-based index of the first period of a window of {@code length} periods, as the
     * window's start formula computes it.
     *
     * @param selected the selected period's 1-based index
     * @param count    the number of periods on the Data sheet
     */
    public static int start(int selected, int count, int length) {
        return Math.max(1, Math.min(selected - length + 1, count - length + 1));
    }

    /** The start formula of a window of {@code length} periods, from the selected-index and period-count cells. */
    static String startFormula(String selectedCell, String countCell, int length) {
        return "MAX(1,MIN(" + selectedCell + "-" + (length - 1) + "," + countCell + "-" + (length - 1) + "))";
    }

    /** A window cell of a period: {@code INDEX(range, start+k)} when a number, else {@code ""}. */
    static String periodFormula(String range, String startCell, int position) {
        String i = "INDEX(" + range + "," + startCell + "+" + position + ")";
        return "IFERROR(IF(ISNUMBER(" + i + ")," + i + ",\"\"),\"\")";
    }

    /** A window cell of a value: {@code INDEX(range, start+k)} when a number, else {@code NA()}, a gap in a chart. */
    static String valueFormula(String range, String startCell, int position) {
        String i = "INDEX(" + range + "," + startCell + "+" + position + ")";
        return "IF(ISNUMBER(" + i + ")," + i + ",NA())";
    }
}
