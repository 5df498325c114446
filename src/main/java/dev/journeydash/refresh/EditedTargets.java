package dev.journeydash.refresh;

import dev.journeydash.model.Direction;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Period;
import dev.journeydash.model.Stage;
import dev.journeydash.model.TargetChange;
import dev.journeydash.xlsx.TargetsLayout;
import dev.journeydash.xlsx.TargetsLayout.Column;
import dev.journeydash.xlsx.TargetsLayout.StageColumn;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings on a workbook's Targets sheet, which the user may have edited: per KPI its
 * direction, amber score and weight, per stage its weight, and the targets per period (a value
 * where a target starts, the cell above repeated elsewhere). A refresh scores the new data with
 * them. Applied to a journey, a KPI or stage takes the sheet's settings where they differ from the
 * ones the workbook was made with (the user's edit), and the journey's own otherwise, so that with
 * a changed template the template's new settings win wherever the user did not edit.
 */
public final class EditedTargets {
    /** One KPI's settings as the sheet holds them; targets by period start, the first period's included. */
    record Settings(Direction direction, double amber, double weight, TreeMap<LocalDate, Double> targets) { }

    private final Map<String, Settings> kpis;
    private final Map<String, Double> stageWeights;
    private final List<LocalDate> periods;

    private EditedTargets(Map<String, Settings> kpis, Map<String, Double> stageWeights, List<LocalDate> periods) {
        this.kpis = kpis;
        this.stageWeights = stageWeights;
        this.periods = periods;
    }

    /** Reads the Targets sheet of a workbook made from {@code journey}, laid out as {@code t}; refuses a setting that is not valid. */
    public static EditedTargets read(String file, XSSFSheet sheet, Journey journey, TargetsLayout t, WorkbookLayout.Names names)
            throws InputException {
        List<InputException.Problem> problems = new ArrayList<>();
        List<LocalDate> periods = new ArrayList<>();
        for (int row = t.periodRow(0); ; row++) {
            Cell c = OldWorkbook.cell(sheet, row, t.periodColumn());
            if (!OldWorkbook.date(c)) {
                break;
            }
            periods.add(DateUtil.getLocalDateTime(c.getNumericCellValue()).toLocalDate());
        }
        if (periods.isEmpty()) {
            problems.add(problem(file, sheet, t.periodRow(0), t.periodColumn(), "the first period of the targets per period"));
        }
        Map<String, Settings> kpis = new HashMap<>();
        Map<String, Double> stages = new HashMap<>();
        for (Stage st : journey.stages()) {
            for (Kpi k : st.kpis()) {
                int row = t.kpiRow(k.id());
                Direction d = names.direction(OldWorkbook.text(OldWorkbook.cell(sheet, row, Column.DIRECTION.index())));
                double amber = OldWorkbook.number(OldWorkbook.cell(sheet, row, Column.AMBER.index()));
                double weight = OldWorkbook.number(OldWorkbook.cell(sheet, row, Column.WEIGHT.index()));
                check(problems, file, sheet, row, Column.DIRECTION.index(), d != null, names.higher().equals("higher")
                        ? "\"higher\" or \"lower\"" : "\"" + names.higher() + "\" or \"" + names.lower() + "\" (or higher, lower)");
                check(problems, file, sheet, row, Column.AMBER.index(), amber > 0 && amber < 1,
                        "an amber score between 0 and 1 (0 % and 100 %)");
                check(problems, file, sheet, row, Column.WEIGHT.index(), weight > 0 && Double.isFinite(weight), "a weight above 0");
                kpis.put(k.id(), new Settings(d, amber, weight, targets(file, sheet, t, k, periods, problems)));
            }
            int row = t.stageRow(st.id());
            double w = OldWorkbook.number(OldWorkbook.cell(sheet, row, StageColumn.WEIGHT.index()));
            check(problems, file, sheet, row, StageColumn.WEIGHT.index(), w > 0 && Double.isFinite(w), "a stage weight above 0");
            stages.put(st.id(), w);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new EditedTargets(kpis, stages, periods);
    }

    /**
     * A KPI's column of targets per period: the first row, and every row that is not the formula
     * repeating the row above, is a target from that period on.
     */
    private static TreeMap<LocalDate, Double> targets(String file, XSSFSheet sheet, TargetsLayout t, Kpi k, List<LocalDate> periods,
                                                      List<InputException.Problem> problems) {
        TreeMap<LocalDate, Double> out = new TreeMap<>();
        int col = t.targetColumn(k.id());
        double previous = Double.NaN;
        for (int i = 0; i < periods.size(); i++) {
            int row = t.periodRow(i);
            Cell c = OldWorkbook.cell(sheet, row, col);
            boolean carried = i > 0 && c != null && c.getCellType() == CellType.FORMULA
                    && c.getCellFormula().replace("$", "").equals(CellReference.convertNumToColString(col) + (row - 1));
            if (carried) {
                continue;
            }
            double v = OldWorkbook.number(c);
            if (!(v > 0) || Double.isInfinite(v)) {
                problems.add(problem(file, sheet, row, col, "a target above 0 for " + k.label()));
                continue;
            }
            if (v != previous) {
                out.put(periods.get(i), v);
            }
            previous = v;
        }
        return out;
    }

    private static void check(List<InputException.Problem> problems, String file, XSSFSheet sheet, int row, int col, boolean ok,
                              String expected) {
        if (!ok) {
            problems.add(problem(file, sheet, row, col, expected));
        }
    }

    private static InputException.Problem problem(String file, XSSFSheet sheet, int row, int col, String expected) {
        String found = OldWorkbook.text(OldWorkbook.cell(sheet, row, col));
        return new InputException.Problem(file, 0, null, sheet.getSheetName() + "!" + OldWorkbook.ref(row, col) + ": found "
                + (found.isEmpty() ? "an empty cell" : "\"" + found + "\"") + "; expected " + expected
                + " (fix it on the Targets sheet and refresh again)");
    }

    /** The targets {@code k} gives in the sheet's periods, as the sheet would show them: by period start, when they change. */
    private TreeMap<LocalDate, Double> view(Kpi k, Granularity g) {
        TreeMap<LocalDate, Double> out = new TreeMap<>();
        double previous = Double.NaN;
        for (LocalDate p : periods) {
            double v = k.target(new Period(p, g));
            if (v != previous) {
                out.put(p, v);
            }
            previous = v;
        }
        return out;
    }

    /**
     * {@code journey} with the settings the user edited: where the sheet differs from
     * {@code madeWith} (the journey the workbook was made from), the sheet's; elsewhere
     * {@code journey}'s. Targets edited on the sheet replace the journey's within the sheet's
     * periods; the journey's changes after them stay.
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
                out.add(sheet == null || old == null ? k : apply(k, old, sheet, madeWith.granularity(), journey.granularity()));
            }
            Double w = stageWeights.get(st.id());
            Stage old = stagesBefore.get(st.id());
            double weight = w != null && old != null && w != old.weight() ? w : st.weight();
            stages.add(st.withWeightAndKpis(weight, out));
        }
        return journey.withStages(stages);
    }

    private Kpi apply(Kpi k, Kpi old, Settings sheet, Granularity made, Granularity g) {
        Direction d = sheet.direction() != old.direction() ? sheet.direction() : k.direction();
        double amber = sheet.amber() != old.amber() ? sheet.amber() : k.amber();
        double weight = sheet.weight() != old.weight() ? sheet.weight() : k.weight();
        double target = k.target();
        List<TargetChange> changes = k.changes();
        if (!sheet.targets().equals(view(old, made)) && !sheet.targets().isEmpty()) {
            LocalDate last = periods.get(periods.size() - 1);
            target = sheet.targets().firstEntry().getValue();
            changes = new ArrayList<>();
            for (var e : sheet.targets().entrySet()) {
                if (!e.getKey().equals(periods.get(0))) {
                    changes.add(new TargetChange(new Period(e.getKey(), g), e.getValue()));
                }
            }
            for (TargetChange c : k.changes()) {
                if (c.from().start().isAfter(last)) {
                    changes.add(c);
                }
            }
        }
        return new Kpi(k.id(), k.label(), k.description(), k.formulaText(), k.formula(), k.format(), k.unit(), d, target, amber,
                weight, changes);
    }

    /** The KPIs whose settings or targets on the sheet differ from {@code madeWith}'s, by label. */
    public List<String> edits(Journey madeWith) {
        List<String> out = new ArrayList<>();
        for (Stage st : madeWith.stages()) {
            for (Kpi k : st.kpis()) {
                Settings s = kpis.get(k.id());
                if (s != null && (s.direction() != k.direction() || s.amber() != k.amber() || s.weight() != k.weight()
                        || !s.targets().equals(view(k, madeWith.granularity())))) {
                    out.add(k.label());
                }
            }
        }
        return out;
    }
}
