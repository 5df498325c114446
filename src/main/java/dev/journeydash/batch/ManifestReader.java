package dev.journeydash.batch;

import dev.journeydash.io.TextFile;
import dev.journeydash.io.YamlNodes;
import dev.journeydash.model.InputException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a batch manifest: YAML ({@code .yaml}, {@code .yml}) or CSV ({@code .csv}, header
 * {@code client,template,data,brand,lang,out}), one client per entry or row. Paths are relative
 * to the manifest's folder; empty fields take their defaults (see {@link ClientRows}). Every
 * problem names the file and the line; a manifest with any problem runs no client.
 */
public final class ManifestReader {
    /** The fields of a client, in the order a CSV manifest's header lists them. */
    public static final List<String> FIELDS = List.of("client", "template", "data", "brand", "lang", "out");
    /** The most clients one manifest lists. */
    public static final int MAX_CLIENTS = 1_000;

    static final TextFile.Kind KIND = new TextFile.Kind("the manifest file does not exist", "cannot read the manifest: %s",
            YamlNodes.MAX_CHARS * 4L, "the file is %,d bytes; a manifest is at most %,d characters", YamlNodes.MAX_CHARS,
            "this is a binary file (it contains NUL bytes), not a manifest");

    private ManifestReader() { }

    /** The manifest at {@code file}; {@link InputException} with every problem found. */
    public static Manifest read(Path file) throws InputException {
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        if (!csv && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw InputException.of(name, "a manifest is YAML (.yaml, .yml) or CSV (.csv) with the header %s",
                    String.join(",", FIELDS));
        }
        String text = TextFile.readUtf8(file, KIND, "the manifest is not UTF-8 text (byte 0x%02X); save it as UTF-8");
        return parse(name, text, csv, folderOf(file));
    }

    /** Parses manifest text; {@code folder} is what relative paths are resolved against (null: as given). */
    public static Manifest parse(String name, String text, boolean csv, Path folder) throws InputException {
        List<ManifestEntry> entries = csv ? CsvManifest.entries(name, text) : YamlManifest.entries(name, text);
        if (entries.isEmpty()) {
            throw InputException.of(name, "the manifest lists no client; give one per %s", csv ? "row under the header"
                    : "entry under clients:");
        }
        if (entries.size() > MAX_CLIENTS) {
            throw InputException.of(name, "the manifest lists %,d clients; one batch runs at most %,d (split it)",
                    entries.size(), MAX_CLIENTS);
        }
        return new Manifest(name, new ClientRows(name, folder).resolve(entries));
    }

    /** The folder the manifest is in, as the user named it (null for the working folder), so that messages name files as given. */
    private static Path folderOf(Path file) {
        return file.getParent();
    }
}
