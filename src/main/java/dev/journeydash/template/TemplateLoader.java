package dev.journeydash.template;

import dev.journeydash.io.TextFile;
import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;

import java.nio.file.Path;

/**
 * Reads and validates a journey template (YAML). All problems found are reported together,
 * each naming the file, the line, the stage and KPI concerned, and what was valid.
 */
public final class TemplateLoader {
    /** Longest label, name or description accepted. */
    static final int TEXT_LIMIT = 500;
    /** Longest measure label or column name: they head Data-table columns, which Excel caps at 255 characters. */
    static final int HEADER_LIMIT = 255;

    private static final TextFile.Kind KIND = new TextFile.Kind("the template file does not exist",
            "cannot read the template: %s", YamlNodes.MAX_CHARS * 4L,
            "the file is %,d bytes; a template is at most %,d characters", YamlNodes.MAX_CHARS,
            "this is a binary file (it contains NUL bytes), not a YAML template");

    private TemplateLoader() { }

    /** Loads the template at {@code path}; errors name the file as given. */
    public static Journey load(Path path) throws InputException {
        return parse(path.toString(), text(path));
    }

    /** The text of the template at {@code path}, checked as {@link #load} checks it (size, UTF-8, not binary). */
    public static String text(Path path) throws InputException {
        return TextFile.readUtf8(path, KIND, "the template is not UTF-8 text (byte 0x%02X); save it as UTF-8");
    }

    /** Parses template text; {@code file} is used in messages only. */
    public static Journey parse(String file, String text) throws InputException {
        YamlFields fields = new YamlFields(file, TEXT_LIMIT);
        Path folder = folderOf(file);
        Journey journey = new JourneyReader(fields, folder).journey(YamlNodes.parse(file, text, "template"));
        fields.throwIfAny();
        return journey;
    }

    /**
     * The brand file the template at {@code path} names ({@code brand: brand.yaml}), resolved against the
     * template's folder; null when it names none. The template is read again (it is small): the journey
     * itself knows nothing of brands.
     */
    public static Path brandOf(Path path) throws InputException {
        String file = path.toString();
        YamlFields fields = new YamlFields(file, TEXT_LIMIT);
        if (!(YamlNodes.parse(file, text(path), "template") instanceof YamlNodes.Map2 map)
                || !map.entries().containsKey("brand")) {
            return null;
        }
        String name = fields.text(map, "brand", null, "");
        fields.throwIfAny();
        Path folder = folderOf(file);
        try {
            return folder == null ? Path.of(name) : folder.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(new InputException.Problem(file, YamlFields.lineOf(map, "brand"), null,
                    "\"brand\" must be the path of a brand file, not " + InputException.quoted(name)));
        }
    }

    /** The folder of the template file named {@code file}, against which source files are resolved; null for none. */
    private static Path folderOf(String file) {
        try {
            return Path.of(file).getParent();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
