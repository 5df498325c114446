package dev.journeydash;

import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.io.AtomicFile;
import dev.journeydash.io.Output;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.Brand;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Period;
import dev.journeydash.model.Progress;
import dev.journeydash.refresh.EditedTargets;
import dev.journeydash.refresh.OldWorkbook;
import dev.journeydash.refresh.Refreshed;
import dev.journeydash.refresh.Revisions;
import dev.journeydash.refresh.TemplateChanges;
import dev.journeydash.refresh.Transplant;
import dev.journeydash.refresh.WorkbookFile;
import dev.journeydash.source.DataSources;
import dev.journeydash.template.AutoJourney;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.xlsx.Provenance;
import dev.journeydash.xlsx.RenderOptions;
import dev.journeydash.xlsx.Stamp;
import dev.journeydash.xlsx.WorkbookLayout;
import dev.journeydash.xlsx.WorkbookWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One refresh: open the old workbook safely, read its stamp, check its layout, read the user's
 * targets, read and check the new data, compute, and write the new workbook in the old one's
 * place (atomically, the old one kept beside it) with the user's comments, cells, sheets and
 * names put back. Nothing is written when anything is refused.
 */
final class Refresher {
    private Refresher() { }

    static Refreshed refresh(Path workbook, Request request, boolean backup, Progress progress)
            throws InputException, OutputException {
        progress.phase("reading " + workbook.getFileName());
        try (WorkbookFile.Opened opened = WorkbookFile.open(workbook)) {
            Stamp stamp = OldWorkbook.stamp(workbook, opened.workbook());
            Provenance made = stamp.provenance();
            Journey madeWith = madeWith(workbook, made, request);
            WorkbookLayout.Names names = names(workbook, stamp, request);
            WorkbookLayout oldLayout = WorkbookLayout.of(madeWith, 1, 0).withNames(names);
            checkSkipped(workbook, opened.skippedSheets(), madeWith, names);
            OldWorkbook old = OldWorkbook.read(workbook, opened.workbook(), madeWith, oldLayout);
            EditedTargets targets = EditedTargets.read(workbook.toString(), opened.workbook().getSheet(oldLayout.targetsSheet()),
                    madeWith, oldLayout.targets(), names);

            // the workbook does not record its brand: the request's (--brand, or the template's brand:), else the default
            Brand brand = Journeydash.brand(request);
            Journey journey = request.template() != null ? TemplateLoader.load(request.template()) : madeWith;
            List<String> changes = request.template() != null ? TemplateChanges.between(madeWith, journey) : List.of();
            journey = targets.applyTo(journey, madeWith);
            progress.phase("reading the new data");
            DataSet data = DataSources.read(journey, request.data(), request.files(), Journeydash.readOptions(request), progress);
            List<String> revisions = Revisions.of(old, madeWith, data, dataFiles(request));
            String all = dev.journeydash.labels.Labels.of(names.language()).get("segment.all");
            if (!old.segment().isEmpty() && !old.segment().equalsIgnoreCase(all)) {
                // the Data sheet showed one segment's numbers: they are not the data's totals to compare with
                revisions = List.of();
                changes = new ArrayList<>(changes);
                changes.add(madeWith.segmentation().label() + " showed " + old.segment() + ": revisions of earlier periods were "
                        + "not checked (the Data sheet held that segment's numbers); the refreshed workbook shows " + all);
            }
            progress.phase("computing KPIs");
            Results results = Calculator.compute(Journeydash.branded(journey, brand, request), data).withBrand(brand);

            Provenance provenance = request.template() != null
                    ? Provenance.ofTemplate(request.template().getFileName().toString(), TemplateLoader.text(request.template()))
                            .withHistory(made.history())
                    : made;
            provenance = provenance.withHistory(revisions.stream().map(r -> "Refresh with " + dataName(request) + ": " + r)
                    .toList());
            int selected = selected(old, stamp, data);
            Request render = request.withRendering(stamp.periodsAhead(), selected).withLanguage(names.language());
            RenderOptions options = Journeydash.withTexts(Journeydash.renderOptions(render, results, provenance), render, results);
            List<String> generated = new ArrayList<>(oldLayout.sheetNames());
            generated.add(oldLayout.rawDataSheet());
            Transplant transplant = new Transplant(old, generated, oldLayout.data(), oldLayout.templateTextCells());

            Path backupFile = backup ? backupOf(workbook) : null;
            if (backupFile != null) {
                try {
                    AtomicFile.write(backupFile, out -> Files.copy(workbook, out));
                } catch (IOException e) {
                    throw new OutputException(backupFile + " (the backup of the workbook)", e);
                }
            }
            Output.file(workbook).write(out -> WorkbookWriter.write(results, options, out, progress, transplant));

            int shown = options.selected();
            return new Refreshed(results.periodCount(), added(old, data), revisions, targets.edits(madeWith), changes,
                    transplant.report(), data.periods().get(shown).label(), backupFile);
        } catch (IOException e) {
            throw InputException.of(workbook.toString(), "cannot read the workbook: %s", e.getMessage());
        }
    }

    /**
     * The sheet names of the workbook's language as its stamp records it (English for a stamp
     * from before languages); refuses a request for another language: the sheets journeydash made
     * and the user's cells on them are found by name, so a workbook keeps its language.
     */
    private static WorkbookLayout.Names names(Path workbook, Stamp stamp, Request request) throws InputException {
        WorkbookLayout.Names names;
        try {
            names = WorkbookLayout.Names.of(stamp.language());
        } catch (IllegalArgumentException e) {
            throw InputException.of(workbook.toString(), "its stamp names the language \"%s\", which this journeydash does not "
                    + "know; refresh it with the version that made it", stamp.language());
        }
        if (request.language() != null && !request.language().equals(names.language())) {
            throw InputException.of(workbook.toString(), "the workbook's words are in \"%s\", not \"%s\": refresh keeps a "
                    + "workbook's language (drop --lang), or generate a new workbook with --lang %s", names.language(),
                    request.language(), request.language());
        }
        return names;
    }

    /**
     * Refuses when the safe opener left out a large sheet that is not one of the journey's raw-row
     * sheets ("Raw data", or "Raw &lt;source&gt;"): a user's own sheet named "Raw ..." would be lost.
     */
    private static void checkSkipped(Path workbook, List<String> skipped, Journey journey, WorkbookLayout.Names names)
            throws InputException {
        for (String sheet : skipped) {
            String s = sheet.toLowerCase(java.util.Locale.ROOT);
            boolean ours = sheet.equals(names.rawData()) || journey.sources().stream()
                    .map(src -> (names.rawPrefix() + src.name()).toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(n -> n.startsWith(s) || s.startsWith(n));
            if (!ours) {
                throw InputException.of(workbook.toString(), "the sheet \"%s\" is too large to carry through a refresh and is "
                        + "not a raw-data sheet journeydash made; rename it (journeydash keeps only its own sheets named "
                        + "\"Raw ...\" out of memory), or move it to another workbook", sheet);
            }
        }
    }

    /** The journey the workbook was made from: its kept template, or its preset's built-in journey for the new data. */
    private static Journey madeWith(Path workbook, Provenance made, Request request) throws InputException {
        if (!made.templateText().isEmpty()) {
            String name = workbook.resolveSibling(made.templateFile().isEmpty() ? "template.yaml" : made.templateFile()).toString();
            return TemplateLoader.parse(name, made.templateText());
        }
        if (made.preset().isEmpty() || request.data() == null) {
            throw InputException.of(workbook.toString(), "the workbook keeps no template%s; give the template with --template",
                    made.preset().isEmpty() ? "" : " (it was made from a " + made.preset() + " export: give the export with --data)");
        }
        return AutoJourney.of(made.preset(), request.data()).journey();
    }

    /**
     * The period to show: the rule's (latest or latest complete) when the workbook showed the one
     * journeydash chose; the user's pick when they chose another one that the data still has.
     */
    private static int selected(OldWorkbook old, Stamp stamp, DataSet data) {
        LocalDate shown = old.selected();
        if (shown == null || (stamp.chosen() && shown.equals(stamp.selected()))) {
            return -1;
        }
        for (int i = 0; i < data.periods().size(); i++) {
            if (data.periods().get(i).start().equals(shown)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> added(OldWorkbook old, DataSet data) {
        Set<LocalDate> had = new HashSet<>(old.periods());
        return data.periods().stream().filter(p -> !had.contains(p.start())).map(Period::label).toList();
    }

    /** The new data's files as given, for messages. */
    private static String dataFiles(Request request) {
        if (request.data() == null && request.files().isEmpty()) {
            return "the sources";
        }
        if (request.data() != null) {
            return request.data().toString();
        }
        return String.join(", ", request.files().values().stream().map(Path::toString).toList());
    }

    /** The new data's file names, for the About sheet's history. */
    private static String dataName(Request request) {
        if (request.data() == null && request.files().isEmpty()) {
            return "the template's sources";
        }
        if (request.data() != null) {
            return request.data().getFileName().toString();
        }
        return String.join(", ", request.files().values().stream().map(p -> p.getFileName().toString()).toList());
    }

    /** {@code dashboard.xlsx} to {@code dashboard.previous.xlsx}, beside it. */
    static Path backupOf(Path workbook) {
        String name = workbook.getFileName().toString();
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? name.length() - 5 : name.length();
        return workbook.resolveSibling(name.substring(0, dot) + ".previous.xlsx");
    }
}
