package dev.journeydash.xlsx;

/**
 * The periods the trend charts and the sparklines show: a window of consecutive periods of the
 * Data sheet that ends at the selected period. The charts read fixed blocks of cells (on the
 * Dashboard's calculation detail and on each stage sheet, outside the print areas) whose cells
 * are {@code INDEX} formulas of the selected index, so a period pasted under the Data table, or
 * another pick in the selector, reaches every chart in every engine without a command and
 * without dynamic names (LibreOffice drops a print area or chart range given by a formula).
 *
 * <p><b>Length.</b> The charts' window has {@link #periods()} periods: the periods the workbook
 * was generated with (at most the capacity, the rows the window can read), so that a fresh
 * workbook shows its whole history as before and then rolls forward one period per pasted
 * period. Not more: a position without a period would be an empty category at the right whose
 * {@code #N/A} LibreOffice (7.4) draws as a zero, as it draws a formula's {@code ""} (Excel
 * leaves a gap for {@code #N/A}, draws {@code ""} as zero). The sparklines show the last
 * {@link #sparkPeriods()}: {@value #SPARK_PERIODS}, or the charts' length when that is smaller.
 *
 * <p><b>Start.</b> A window of {@code L} periods starts at the 1-based index
 * {@code MAX(first, MIN(selected - L + 1, count - L + 1))}: it ends at the selected period when
 * enough periods lead up to it; otherwise it starts at {@code first} and runs on past the
 * selection, so that no position is empty. {@code first} is 1, or, for a series whose first
 * periods have no value (a KPI of {@code prev()}, a source that starts later), its first period
 * with a value, the window being that much shorter: the chart starts where the series does, as
 * it did before windows. A gap in the middle of a series stays {@code #N/A}. Indexes are
 * 1-based as in {@code INDEX}; positions in the window 0-based.
 */
public final class TrendWindow {
    /** The sparklines' length, when the charts' window is as long. */
    public static final int SPARK_PERIODS = 12;

    private final int periods;
    private final int sparkPeriods;

    TrendWindow(int requested, int capacity) {
        this.periods = Math.max(1, Math.min(requested, capacity));
        this.sparkPeriods = Math.min(SPARK_PERIODS, periods);
    }

    /** Periods the trend charts show, at most: a series whose first periods have no value shows fewer. */
    public int periods() {
        return periods;
    }

    /** Periods each KPI card's sparkline shows, at most. */
    public int sparkPeriods() {
        return sparkPeriods;
    }

    /**
     * The 1-based index of the first period of a window of {@code length} periods, as the
     * window's start formula computes it.
     *
     * @param selected the selected period's 1-based index
     * @param count    the number of periods on the Data sheet
     * @param first    the earliest index the window may start at, 1-based
     */
    public static int start(int selected, int count, int length, int first) {
        return Math.max(first, Math.min(selected - length + 1, count - length + 1));
    }

    /** The start formula of a window of {@code length} periods from {@code first}, from the selected-index and period-count cells. */
    static String startFormula(String selectedCell, String countCell, int length, int first) {
        return "MAX(" + first + ",MIN(" + selectedCell + "-" + (length - 1) + "," + countCell + "-" + (length - 1) + "))";
    }

    /** A window cell of a period: {@code INDEX(range, start+k)} when a number, else {@code ""}. */
    static String periodFormula(String range, String startCell, int position) {
        String i = "INDEX(" + range + "," + startCell + "+" + position + ")";
        return "IFERROR(IF(ISNUMBER(" + i + ")," + i + ",\"\"),\"\")";
    }

    /** A window cell of a value: {@code INDEX(range, start+k)} when a number, else {@code NA()}, a gap in Excel's charts. */
    static String valueFormula(String range, String startCell, int position) {
        String i = "INDEX(" + range + "," + startCell + "+" + position + ")";
        return "IF(ISNUMBER(" + i + ")," + i + ",NA())";
    }
}
