package dev.journeydash.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a workbook's journey came from, recorded in its {@link Stamp}: the template (its file
 * name as given and its whole text), or the preset of a template-less run; and the revisions
 * that earlier refreshes found in the data, oldest first, which the About sheet lists.
 *
 * @param templateFile the template's file name as given (messages only); empty for a preset run
 * @param templateText the template's text; empty for a preset run
 * @param preset       the preset of a template-less run; empty otherwise
 * @param history      revisions found by earlier refreshes, one line each
 */
public record Provenance(String templateFile, String templateText, String preset, List<String> history) {
    public Provenance {
        Objects.requireNonNull(templateFile, "templateFile");
        Objects.requireNonNull(templateText, "templateText");
        Objects.requireNonNull(preset, "preset");
        history = List.copyOf(history);
    }

    /** A template run's provenance. */
    public static Provenance ofTemplate(String file, String text) {
        return new Provenance(file, text, "", List.of());
    }

    /** A template-less run's provenance. */
    public static Provenance ofPreset(String preset) {
        return new Provenance("", "", preset, List.of());
    }

    /** This provenance with {@code lines} added to its history. */
    public Provenance withHistory(List<String> lines) {
        List<String> all = new ArrayList<>(history);
        all.addAll(lines);
        return new Provenance(templateFile, templateText, preset, all);
    }
}
