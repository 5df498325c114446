/**
 * What people without Excel read: the one-file HTML summary (a journey map, KPI cards, the funnel,
 * the friction points and trend charts, rendered from a Freemarker template in the text sandbox),
 * its charts as PNG files for slides, and the computed model as JSON. Everything comes from
 * {@link dev.journeydash.compute.Results}, the same values the workbook caches; this package never
 * sees the workbook writer. {@link dev.journeydash.report.HtmlReport} and
 * {@link dev.journeydash.report.JsonExport} are the entries.
 *
 * <p>May use: model, compute, text, labels, report.chart.
 */
package dev.journeydash.report;
