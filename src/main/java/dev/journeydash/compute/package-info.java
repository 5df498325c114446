/**
 * Computes, once and in Java, every number the renderers show: KPI values, scores and
 * statuses, stage and journey scores, the funnel and the friction points of every period
 * ({@link dev.journeydash.compute.Calculator#compute} gives {@link dev.journeydash.compute.Results}).
 * The workbook's cached values and the report read the same {@code Results}.
 *
 * <p>Never sees a reader, a renderer or the command line.
 *
 * <p>May use: model.
 */
package dev.journeydash.compute;
