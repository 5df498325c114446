/**
 * Reading KPI data: {@link dev.journeydash.source.DataSources} turns a journey's data source into
 * a {@link dev.journeydash.model.DataSet} of consecutive periods x measures (and the raw rows), with
 * precise errors. A source layer reads each kind of source into typed rows ({@code source.csv} for
 * files, {@code source.sql} for queries); the source-independent table stage ({@code source.table}) gives the columns
 * their roles and aggregates the rows into periods.
 *
 * <p>May use: source.csv, source.sql, source.table, model, io.
 */
package dev.journeydash.source;
