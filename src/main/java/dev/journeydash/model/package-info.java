/**
 * The immutable records every stage of the pipeline shares: the journey (stages, KPIs, measures,
 * funnel), periods, the data set, read options, and the one input-error type with file, line,
 * column and value. No behaviour beyond validation in constructors and small derivations.
 *
 * <p>May use: nothing else of journeydash.
 */
package dev.journeydash.model;
