/**
 * Journey template files to a {@link dev.journeydash.model.Journey}: the YAML mapped to the model,
 * KPI formulas parsed, references and cycles checked, every problem reported with file, line,
 * stage and KPI. {@link dev.journeydash.template.TemplateLoader} is the entry point.
 *
 * <p>May use: model, io.
 */
package dev.journeydash.template;
