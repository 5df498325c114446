/**
 * The table stage of reading data, the same for every kind of source: named columns and typed
 * rows in, a {@link dev.journeydash.model.DataSet} of consecutive periods x measures (and the raw
 * rows) out. It gives the columns their roles ({@link dev.journeydash.source.table.ColumnRoles}: the
 * period column, measure columns by id, label or {@code columns:} alias, the long layout's
 * measure and value columns, text and segment columns), checks the header and the measures the
 * journey needs, finds duplicate periods, aggregates rows into periods with each measure's one
 * aggregation, fills and reports gaps, and keeps the raw rows (with their segment columns). Sources
 * ({@code source.csv}, later SQL) turn their rows into {@link dev.journeydash.source.table.Row}s
 * first: parsing text into numbers and dates is theirs. Problems go to a
 * {@link dev.journeydash.source.table.Report} and are thrown together.
 *
 * <p>May use: model.
 */
package dev.journeydash.source.table;
