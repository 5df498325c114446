package dev.journeydash.text;

import java.util.Objects;

/**
 * HTML that journeydash itself made, such as a chart's {@code <svg>} element, passed to an HTML
 * template as a value that is written as it is, not escaped. Never build one from input text
 * (labels, names, a brand's words): those go into the data model as plain strings, which the
 * template escapes. In a text template a markup value is refused.
 *
 * @param html the markup
 */
public record Markup(String html) {
    public Markup {
        Objects.requireNonNull(html, "html");
    }
}
