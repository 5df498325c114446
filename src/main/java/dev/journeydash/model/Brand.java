package dev.journeydash.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client's brand: name, logo, colours, fonts, page texts and currency. Colours are six-digit
 * hex RGB strings without '#'. {@link #theme()} gives the colours the renderers use.
 *
 * @param client           client name for the Dashboard title and About; empty for the template's
 * @param logo             the logo, checked; null for none
 * @param primary          banner, titles, headers
 * @param accent           stage rows, chart series
 * @param background       the page background (theme slot lt1)
 * @param good             on-track status fill
 * @param warn             at-risk status fill
 * @param bad              off-track status fill
 * @param headingFont      font of titles and the banner (the theme's major font)
 * @param bodyFont         font of every other cell (the theme's minor font)
 * @param header           text in the middle of every printed page's header; empty for none
 * @param footer           text in the middle of every printed page's footer; empty for none
 * @param currency         currency symbol; null for the template's
 * @param currencyPosition where the symbol stands
 * @param language         the brand's {@code lang:} as written; null for none
 * @param folder           the brand file's folder (logo, text snippets); null for the built-in brand
 */
public record Brand(String client, Logo logo, String primary, String accent, String background, String good, String warn,
                    String bad, String headingFont, String bodyFont, String header, String footer, String currency,
                    CurrencyPosition currencyPosition, String language, Path folder) {
    private static final Pattern HEX = Pattern.compile("[0-9A-F]{6}");

    /** Where a currency symbol stands: {@code $1,234} or {@code 1.234 €}. */
    public enum CurrencyPosition { BEFORE, AFTER }

    /** The built-in brand: the colours and fonts of {@link Theme#DEFAULT}, no logo, no page texts. */
    public static final Brand DEFAULT = new Brand("", null, Theme.DEFAULT.primary(), Theme.DEFAULT.accent(),
            Theme.DEFAULT.background(), Theme.DEFAULT.good(), Theme.DEFAULT.warn(), Theme.DEFAULT.bad(),
            Theme.DEFAULT.headingFont(), Theme.DEFAULT.font(), "", "", null, CurrencyPosition.BEFORE, null, null);

    public Brand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(headingFont, "headingFont");
        Objects.requireNonNull(bodyFont, "bodyFont");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(currencyPosition, "currencyPosition");
        for (String c : new String[] {primary, accent, background, good, warn, bad}) {
            if (c == null || !HEX.matcher(c).matches()) {
                throw new IllegalArgumentException("colour must be six upper-case hex digits, not " + c);
            }
        }
    }

    /** The colours and fonts the workbook and the report are drawn in. */
    public Theme theme() {
        return Theme.of(bodyFont, headingFont, primary, accent, background, good, warn, bad);
    }
}
