/**
 * Refreshing a workbook journeydash made: opening it safely ({@link dev.journeydash.refresh.WorkbookFile}:
 * size, zip and XML limits, encrypted and foreign files refused), reading what the user changed
 * or added ({@link dev.journeydash.refresh.OldWorkbook}: targets, the selected period, comments,
 * free cells, extra sheets, names, the data it held), checking the new data against it
 * ({@link dev.journeydash.refresh.Revisions}), and putting the user's things back into the
 * freshly generated workbook ({@link dev.journeydash.refresh.Transplant}). Computing and writing
 * stay with the root's {@code Journeydash.refresh}.
 *
 * <p>May use: model, io, template, xlsx.
 */
package dev.journeydash.refresh;
