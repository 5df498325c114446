/**
 * Charts for the HTML report and slides, drawn by JFreeChart (headless) over plain data: a
 * {@link dev.journeydash.report.chart.ChartSpec} in, SVG text (JFreeSVG) or PNG bytes out from
 * {@link dev.journeydash.report.chart.ChartRenderer}. Line charts over periods, vertical bars,
 * horizontal funnels and sparklines, in the brand's colours, with the same bytes for the same spec.
 *
 * <p>May use: nothing else of journeydash.
 */
package dev.journeydash.report.chart;
