package dev.journeydash.brand;

import dev.journeydash.io.TextFile;
import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes;
import dev.journeydash.model.Brand;
import dev.journeydash.model.InputException;

import java.nio.file.Path;

/**
 * Reads a brand file (YAML, see docs/brand.md). Every field is optional and takes the default of
 * {@link Brand#DEFAULT}; unknown keys, colours not written {@code #RRGGBB}, and a logo that is not a
 * PNG or JPEG within the limits of {@link LogoReader} are problems, reported together with the file
 * and line.
 */
public final class BrandLoader {
    /** A brand file is small: at most this many characters. */
    static final int MAX_CHARS = 64 * 1024;

    private static final TextFile.Kind KIND = new TextFile.Kind("the brand file does not exist",
            "cannot read the brand file: %s", MAX_CHARS * 4L,
            "the file is %,d bytes; a brand file is at most %,d characters", MAX_CHARS,
            "this is a binary file (it contains NUL bytes), not a YAML brand file");

    private BrandLoader() { }

    /** Loads the brand at {@code path}; its logo is resolved against its folder; errors name the file as given. */
    public static Brand load(Path path) throws InputException {
        String text = TextFile.readUtf8(path, KIND, "the brand file is not UTF-8 text (byte 0x%02X); save it as UTF-8");
        Path folder = path.toAbsolutePath().getParent();
        return parse(path.toString(), text, folder);
    }

    /**
     * Parses brand text; {@code file} names it in messages; {@code folder} (not null) is where its logo is
     * looked for and what {@link Brand#folder()} holds.
     */
    public static Brand parse(String file, String text, Path folder) throws InputException {
        if (text.length() > MAX_CHARS) {
            throw InputException.of(file, "the brand file is %,d characters long; the limit is %,d", text.length(), MAX_CHARS);
        }
        java.util.Objects.requireNonNull(folder, "folder");
        YamlFields fields = new YamlFields(file, BrandReader.TEXT_LIMIT);
        Brand brand = new BrandReader(fields, folder).brand(YamlNodes.parse(file, text, "brand file"));
        fields.throwIfAny();
        return brand;
    }
}
