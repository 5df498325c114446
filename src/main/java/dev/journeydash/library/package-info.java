/**
 * The template library: the built-in journeys with their sample data (packaged from
 * {@code templates/} and {@code sample-data/}), listed by {@link dev.journeydash.library.TemplateLibrary}, and
 * {@link dev.journeydash.library.ClientFolder}, which starts a client's folder from one of them (the template,
 * a brand file, the sample data and a README) so that {@code generate} works in it at once.
 *
 * <p>May use: model, io, template, brand.
 */
package dev.journeydash.library;
