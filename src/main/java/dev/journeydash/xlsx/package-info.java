/**
 * Renders {@link dev.journeydash.compute.Results} as a formula-driven Excel workbook whose
 * formula cells carry their values ({@link dev.journeydash.xlsx.WorkbookWriter}, configured by
 * {@link dev.journeydash.xlsx.RenderOptions}), and defines where everything in it lives
 * ({@link dev.journeydash.xlsx.WorkbookLayout}, the cell contract that a refresh reads back).
 * It writes to the {@code OutputStream} it is given and prints nothing.
 *
 * <p>Never sees a report or refresh package, a reader or the command line.
 *
 * <p>May use: model, compute, labels.
 */
package dev.journeydash.xlsx;
