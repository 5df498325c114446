package dev.journeydash.refresh;

import java.nio.file.Path;
import java.util.List;

/**
 * What a refresh did, for the command's summary.
 *
 * @param periods         the periods the refreshed workbook has
 * @param added           periods the new data added
 * @param revisions       values the new data restated, one line each ("Nov 2025 Revenue: 83,412.50 → 84,010.00")
 * @param editedTargets   the KPIs whose targets, bands, directions or weights the user had edited, kept
 * @param templateChanges how a new template differs from the one the workbook was made with; empty without one
 * @param kept            the comments, cells, sheets and names put back
 * @param selected        the period the dashboard shows, as its label
 * @param backup          the previous file, kept beside the workbook; null when none was written
 */
public record Refreshed(int periods, List<String> added, List<String> revisions, List<String> editedTargets,
                        List<String> templateChanges, Transplant.Report kept, String selected, Path backup) {
    public Refreshed {
        added = List.copyOf(added);
        revisions = List.copyOf(revisions);
        editedTargets = List.copyOf(editedTargets);
        templateChanges = List.copyOf(templateChanges);
    }
}
