package dev.journeydash.refresh;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One workbook of the refresh corpus: the e-commerce sample after a user's edits, saved last by
 * {@code savedBy} ("POI", "LibreOffice" or "Gnumeric").
 *
 * @param name          the case, unique in the corpus: the kind of edit and the application, "target-changed-libreoffice"
 * @param expectations  what must hold in {@code file} and, unless {@code mustBeRefused}, in its refreshed copy;
 *                      every application keeps them all on save (see {@link RefreshCorpus})
 * @param mustBeRefused the user moved the generated layout: a refresh must refuse the file and leave it untouched
 */
public record EditedWorkbook(String name, String savedBy, Path file, List<Expectation> expectations, boolean mustBeRefused) {
    public EditedWorkbook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(file, "file");
        expectations = List.copyOf(expectations);
    }

    /** The failures of every expectation in {@code wb}, each prefixed with this case's name. */
    public List<String> check(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (Expectation e : expectations) {
            e.check(wb).forEach(f -> out.add(name + ": " + f));
        }
        return out;
    }

    /** The failures of every expectation in the workbook {@code xlsx} (this case's file, or its refreshed copy). */
    public List<String> check(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return check(wb);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
