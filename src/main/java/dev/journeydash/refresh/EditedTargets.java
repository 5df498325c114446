package dev.journeydash.refresh;

import dev.journeydash.model.Direction;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;
import dev.journeydash.xlsx.TargetsLayout;
import dev.journeydash.xlsx.TargetsLayout.Column;
import dev.journeydash.xlsx.TargetsLayout.StageColumn;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The targets, amber bands, directions and weights on a workbook's Targets sheet, which the user
 * may have edited: a refresh scores the new data with them. Applied to a journey, a KPI or stage
 * takes the workbook's setting where it differs from the one the workbook was made with (the
 * user's edit), and the journey's own otherwise, so that with a changed template the template's
 * new targets win wherever the user did not edit.
 */
public final class EditedTargets {
    /** One KPI's settings as the sheet holds them. */
    record Settings(Direction direction, double target, double amber, double weight) {
        static Settings of(Kpi k) {
            return new Settings(k.direction(), k.target(), k.amber(), k.weight());
        }
    }

    private final Map<String, Settings> kpis;
    private final Map<String, Double> stageWeights;

    private EditedTargets(Map<String, Settings> kpis, Map<String, Double> stageWeights) {
        this.kpis = kpis;
        this.stageWeights = stageWeights;
    }

    /** Reads the Targets sheet of a workbook made from {@code journey}; refuses a setting that is not valid. */
    public static EditedTargets read(String file, XSSFSheet sheet, Journey journey) throws InputException {
        TargetsLayout t = WorkbookLayout.of(journey, 1, 0).targets();
        Map<String, Settings> kpis = new HashMap<>();
        Map<String, Double> stages = new HashMap<>();
        List<InputException.Problem> problems = new ArrayList<>();
        for (Stage st : journey.stages()) {
            for (Kpi k : st.kpis()) {
                int row = t.kpiRow(k.id());
                Direction d = direction(OldWorkbook.cell(sheet, row, Column.DIRECTION.index()));
                double target = OldWorkbook.number(OldWorkbook.cell(sheet, row, Column.TARGET.index()));
                double amber = OldWorkbook.number(OldWorkbook.cell(sheet, row, Column.AMBER.index()));
                double weight = OldWorkbook.number(OldWorkbook.cell(sheet, row, Column.WEIGHT.index()));
                check(problems, file, row, Column.DIRECTION.index(), d != null, sheet, "\"higher\" or \"lower\"");
                check(problems, file, row, Column.TARGET.index(), target > 0 && Double.isFinite(target), sheet, "a target above 0");
                check(problems, file, row, Column.AMBER.index(), amber > 0 && amber < 1, sheet, "an amber score between 0 and 1 "
                        + "(0 % and 100 %)");
                check(problems, file, row, Column.WEIGHT.index(), weight > 0 && Double.isFinite(weight), sheet, "a weight above 0");
                kpis.put(k.id(), new Settings(d, target, amber, weight));
            }
            int row = t.stageRow(st.id());
            double w = OldWorkbook.number(OldWorkbook.cell(sheet, row, StageColumn.WEIGHT.index()));
            check(problems, file, row, StageColumn.WEIGHT.index(), w > 0 && Double.isFinite(w), sheet, "a stage weight above 0");
            stages.put(st.id(), w);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new EditedTargets(kpis, stages);
    }

    private static void check(List<InputException.Problem> problems, String file, int row, int col, boolean ok, XSSFSheet sheet,
                              String expected) {
        if (!ok) {
            String found = OldWorkbook.text(OldWorkbook.cell(sheet, row, col));
            problems.add(new InputException.Problem(file, 0, null, WorkbookLayout.TARGETS + "!" + OldWorkbook.ref(row, col) + ": found "
                    + (found.isEmpty() ? "an empty cell" : "\"" + found + "\"") + "; expected " + expected
                    + " (fix it on the Targets sheet and refresh again)"));
        }
    }

    private static Direction direction(Cell c) {
        String word = OldWorkbook.text(c).trim().toLowerCase(Locale.ROOT);
        for (Direction d : Direction.values()) {
            if (d.word().equals(word)) {
                return d;
            }
        }
        return null;
    }

    /**
     * {@code journey} with the settings the user edited: where the sheet differs from {@code madeWith}
     * (the journey the workbook was made from), the sheet's value; elsewhere {@code journey}'s.
     */
    public Journey applyTo(Journey journey, Journey madeWith) {
        Map<String, Kpi> before = new HashMap<>();
        Map<String, Stage> stagesBefore = new HashMap<>();
        for (Stage st : madeWith.stages()) {
            stagesBefore.put(st.id(), st);
            st.kpis().forEach(k -> before.put(k.id(), k));
        }
        List<Stage> stages = new ArrayList<>();
        for (Stage st : journey.stages()) {
            List<Kpi> out = new ArrayList<>();
            for (Kpi k : st.kpis()) {
                Settings sheet = kpis.get(k.id());
                Kpi old = before.get(k.id());
                if (sheet == null || old == null) {
                    out.add(k);
                    continue;
                }
                Settings made = Settings.of(old);
                Direction d = sheet.direction() != made.direction() ? sheet.direction() : k.direction();
                double target = sheet.target() != made.target() ? sheet.target() : k.target();
                double amber = sheet.amber() != made.amber() ? sheet.amber() : k.amber();
                double weight = sheet.weight() != made.weight() ? sheet.weight() : k.weight();
                out.add(new Kpi(k.id(), k.label(), k.description(), k.formulaText(), k.formula(), k.format(), k.unit(), d, target,
                        amber, weight));
            }
            Double w = stageWeights.get(st.id());
            Stage old = stagesBefore.get(st.id());
            double weight = w != null && old != null && w != old.weight() ? w : st.weight();
            stages.add(new Stage(st.id(), st.name(), st.description(), st.touchpoints(), weight, out));
        }
        return journey.withStages(stages);
    }

    /** The KPIs whose settings on the sheet differ from {@code madeWith}'s, as "label: what" lines. */
    public List<String> edits(Journey madeWith) {
        List<String> out = new ArrayList<>();
        for (Stage st : madeWith.stages()) {
            for (Kpi k : st.kpis()) {
                Settings s = kpis.get(k.id());
                if (s != null && !s.equals(Settings.of(k))) {
                    out.add(k.label());
                }
            }
        }
        return out;
    }
}
