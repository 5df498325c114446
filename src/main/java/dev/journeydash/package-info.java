/**
 * journeydash: a customer-journey KPI template and KPI data in, a formula-driven Excel dashboard
 * out. {@link dev.journeydash.Journeydash} is the library's front door and
 * {@link dev.journeydash.Request} describes one run; they wire the pipeline together
 * (template and sources to the model, compute, render, write) and print nothing.
 *
 * <p>May use: model, io, template, source, compute, xlsx, refresh, report, text, brand, labels.
 */
package dev.journeydash;
