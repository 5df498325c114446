/**
 * Brand files: a client's name, logo, colours, fonts, page texts and currency, read from YAML into a
 * {@link dev.journeydash.model.Brand}. {@link dev.journeydash.brand.BrandLoader} is the entry point;
 * the logo is checked by its bytes (type, file size, pixel size from the header) and never decoded.
 * Every problem is a {@link dev.journeydash.model.InputException} with the brand file and line.
 *
 * <p>May use: model, io.
 */
package dev.journeydash.brand;
