package dev.journeydash.library;

/** The brand file init writes: the client's name and the default colours and fonts, each written out to edit. */
final class BrandFile {
    private BrandFile() { }

    /** A brand file for {@code client} with journeydash's default brand. */
    static String defaults(String client) {
        return """
                # %s's brand: see journeydash's docs/brand.md. Colours are #RRGGBB.
                client: %s
                """.formatted(client, quoted(client));
    }

    /** {@code text} as a YAML double-quoted scalar. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
