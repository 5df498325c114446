package dev.journeydash.source.table;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;

/**
 * The table stage: takes an input's typed rows one by one and builds its {@link DataSet}. A
 * source gives the columns their roles with {@link ColumnRoles#of}, {@link #start}s a table,
 * {@link #add}s every row whose period it could read, and calls {@link #finish}. Problems go to
 * the source's {@link Report}; {@code finish} throws them all.
 */
public sealed interface Table permits WideTable, LongTable {
    /**
     * Checks the header (every column named, no name twice, a column for every measure the journey
     * needs) and starts the table for the layout of {@code roles}.
     *
     * @param headerLine the header's 1-based line in the input, for messages
     * @throws InputException with every problem in {@code report} so far, the header's included
     */
    static Table start(ColumnRoles roles, Journey journey, int headerLine, Report report) throws InputException {
        HeaderChecks.check(roles, journey, headerLine, report);
        report.throwIfProblems();
        return roles.longLayout() ? new LongTable(roles, journey, report) : new WideTable(roles, journey, report);
    }

    /** Takes one row; what is wrong with it goes to the report. */
    void add(Row row);

    /**
     * The data: consecutive periods from the first row's to the last's, each measure aggregated
     * per period over all rows, gaps left blank (and noted), the raw rows and the segments kept.
     *
     * @throws InputException with every problem in the report, or when the data spans more than 5,000 periods
     */
    DataSet finish() throws InputException;
}
