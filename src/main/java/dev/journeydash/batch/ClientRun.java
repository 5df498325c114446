package dev.journeydash.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One client of a manifest, its paths resolved against the manifest's folder.
 *
 * @param client   the client's name: the workbook shows it, messages name the client by it
 * @param line     the manifest line the client is on (1-based)
 * @param template the journey template; null for a data file whose header names its preset
 * @param data     the data file (of a template without sources, or of its only source); null for none
 * @param sources  source name to the file that replaces the one the template names; empty for none
 * @param brand    the brand file; null for the template's (or none)
 * @param lang     the language code; null for the brand's, else English
 * @param out      the workbook to write
 * @param params   the client's values of the SQL sources' parameters (over the template's; {@code :client} is its
 *                 name unless given here), bound as prepared-statement values
 */
public record ClientRun(String client, int line, Path template, Path data, Map<String, Path> sources, Path brand, String lang,
                        Path out, Map<String, String> params) {
    public ClientRun {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(out, "out");
        sources = Map.copyOf(sources);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** A client without parameters of its own. */
    public ClientRun(String client, int line, Path template, Path data, Map<String, Path> sources, Path brand, String lang,
                     Path out) {
        this(client, line, template, data, sources, brand, lang, out, Map.of());
    }

    /** The file beside the workbook with the same name and {@code extension} (".html", ".json"). */
    public Path beside(String extension) {
        String name = out.getFileName().toString();
        return out.resolveSibling(name.substring(0, name.length() - ".xlsx".length()) + extension);
    }
}
