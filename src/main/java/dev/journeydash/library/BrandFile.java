package dev.journeydash.library;

import dev.journeydash.model.Brand;

/**
 * The brand file init writes: the client's name and journeydash's default colours and fonts,
 * each written out (colours as {@code "#RRGGBB"}) so that a consultant changes them in place.
 */
final class BrandFile {
    private BrandFile() { }

    /** A brand file for {@code client} with the default brand's colours and fonts. */
    static String defaults(String client) {
        Brand d = Brand.DEFAULT;
        return """
                # %1$s's brand (journeydash docs/brand.md). Generate with it:
                #   journeydash generate --template TEMPLATE --data data.csv --brand brand.yaml
                client: %2$s
                # logo: logo.png             # PNG or JPEG beside this file, at most 2 MB and 4,000 px a side
                colours:                     # "#RRGGBB", in quotes (an unquoted # starts a YAML comment)
                  primary: "#%3$s"
                  accent: "#%4$s"
                  background: "#%5$s"
                  good: "#%6$s"              # status fills: on track, at risk, off track
                  warn: "#%7$s"              # (colour-blind safe: blue, orange, vermillion)
                  bad: "#%8$s"
                fonts:
                  heading: %9$s
                  body: %10$s
                # header: %1$s - confidential     # page header of every printed sheet
                # footer: Prepared for the monthly review
                # currency: "€"
                # currency_position: after        # before (the default) or after the number
                # lang: id                        # en, id, de, fr, es, pt-BR
                """.formatted(client, quoted(client), d.primary(), d.accent(), d.background(), d.good(), d.warn(), d.bad(),
                d.headingFont(), d.bodyFont());
    }

    /** {@code text} as a YAML double-quoted scalar. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
