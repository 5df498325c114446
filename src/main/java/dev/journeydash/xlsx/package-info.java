/**
 * Renders {@link dev.journeydash.compute.Results} as a formula-driven Excel workbook whose
 * formula cells carry their values ({@link dev.journeydash.xlsx.WorkbookWriter}, configured by
 * {@link dev.journeydash.xlsx.RenderOptions}), and defines where everything in it lives
 * ({@link dev.journeydash.xlsx.WorkbookLayout}, the cell contract that a refresh reads back).
 *
 * <p>Depends on {@code dev.journeydash.model} and {@code dev.journeydash.compute} (and Apache
 * POI); never on a report or refresh package, a reader or the command line. It writes to the
 * {@code OutputStream} it is given and prints nothing. A test checks it.
 */
package dev.journeydash.xlsx;
