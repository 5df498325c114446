/**
 * Text from Freemarker templates that consultants supply: workbook titles, subtitles, footers,
 * notes, insight sentences and the HTML report, rendered in a sandbox over plain data.
 * {@link dev.journeydash.text.Snippets} is the entry point; every problem is a
 * {@link dev.journeydash.model.InputException} with the template's file, line and column.
 *
 * <p>May use: model.
 */
package dev.journeydash.text;
