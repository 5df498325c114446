/**
 * CSV files as a source of KPI data: decoding (through {@link dev.journeydash.io.TextFile}),
 * the delimiter, blank rows and record checks, the line of every record, the dialect (decimal
 * separator and date order, declared or detected), numbers as exports write them and period
 * cells. Every row becomes a typed {@link dev.journeydash.source.table.Row} for the table stage,
 * which builds the data set. {@link dev.journeydash.source.csv.CsvSource} is the entry.
 *
 * Commons CSV parses the records.
 *
 * <p>May use: source.table, model, io.
 */
package dev.journeydash.source.csv;
