package dev.journeydash.xlsx;

import dev.journeydash.model.Journey;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The workbook's cell contract: the sheet names and where every generated table lives, defined
 * once for the writers and for whatever reads a generated workbook back (a refresh puts data into
 * the Data table and reads targets from the Targets sheet through it).
 *
 * <p>Built from the journey and the workbook's capacity alone, never from data or results, so
 * that it can be rebuilt for an existing workbook: the journey gives the stages, KPIs and
 * measures, the capacity the number of period rows prepared on every sheet (the data's periods
 * plus the periods ahead), the counts of the input's extra columns and raw text columns
 * where the columns after them depend on them, and, for a journey with sources, the sources
 * whose rows get a raw-data sheet with their kept columns' headers.
 *
 * <p><b>Rows are 1-based</b> (row 1 is the first, as in A1 references) and <b>columns are
 * 0-based</b> (0 is column A, as in Apache POI), throughout this class and its parts. Periods are
 * 0-based indexes, oldest first. Ids that the journey does not have are an
 * {@link IllegalArgumentException}.
 */
public final class WorkbookLayout {
    public static final String DASHBOARD = "Dashboard";
    public static final String TARGETS = "Targets";
    public static final String DATA = "Data";
    public static final String RAW_DATA = "Raw data";
    public static final String ABOUT = "About";

    /**
     * Whether {@code name} is a raw-row sheet journeydash writes: "Raw data", or "Raw &lt;source&gt;"
     * when several sources keep their rows (see {@link SourceSheetNames}).
     */
    public static boolean isRawSheetName(String name) {
        return name.equals(RAW_DATA) || name.startsWith("Raw ");
    }

    private final Journey journey;
    private final int capacity;
    private final int extraColumns;
    private final int rawTextColumns;
    private final List<KeptSource> kept;
    private final TrendWindow window;
    private final Map<String, String> stageSheet = new HashMap<>();
    private final Map<String, Integer> stageIndex = new HashMap<>();
    private final DataLayout data;
    private final TargetsLayout targets;
    private final StageLayout stages;
    private final DashboardLayout dashboard;
    private final RawDataLayout raw;
    private final List<SourceRowsLayout> sourceRows;

    /**
     * A source whose rows are kept on a raw-data sheet of their own.
     *
     * @param name    the source's name
     * @param columns the headers of its kept columns as in the export, in export order
     */
    public record KeptSource(String name, List<String> columns) {
        public KeptSource {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }

        /** The source of {@code rows}, with their columns' headers. */
        public static KeptSource of(KeptRows rows) {
            return new KeptSource(rows.source(), rows.columns().stream().map(KeptRows.Column::header).toList());
        }
    }

    private WorkbookLayout(Journey journey, int capacity, int extraColumns, int rawTextColumns, List<KeptSource> kept,
                           int windowPeriods) {
        this.journey = Objects.requireNonNull(journey, "journey");
        if (capacity < 1) {
            throw new IllegalArgumentException("a workbook prepares at least one period row, not " + capacity);
        }
        if (extraColumns < 0) {
            throw new IllegalArgumentException("extra columns must be 0 or more, not " + extraColumns);
        }
        this.capacity = capacity;
        this.extraColumns = extraColumns;
        this.rawTextColumns = rawTextColumns;
        this.kept = List.copyOf(kept);
        this.window = new TrendWindow(windowPeriods, capacity);
        List<Stage> list = journey.stages();
        for (int s = 0; s < list.size(); s++) {
            stageSheet.put(list.get(s).id(), sheetName(s + 1, list.get(s).name()));
            stageIndex.put(list.get(s).id(), s);
        }
        this.data = new DataLayout(journey, capacity, extraColumns);
        this.targets = new TargetsLayout(journey, capacity);
        this.stages = new StageLayout(this, capacity, window);
        this.dashboard = new DashboardLayout(journey, capacity, window);
        this.raw = rawTextColumns < 0 ? null : new RawDataLayout(journey, rawTextColumns);
        List<String> taken = sheetNamesBefore();
        taken.add(RAW_DATA);
        taken.add(ABOUT);
        this.sourceRows = SourceSheetNames.layouts(kept, taken);
    }

    /**
     * The layout of a workbook without a raw data sheet.
     *
     * @param journey      the journey the workbook shows
     * @param capacity     period rows prepared on the Data, stage and Dashboard sheets (data periods plus periods ahead), &gt;= 1
     * @param extraColumns columns of the input that are not measures, kept in the Data table after the measures
     */
    public static WorkbookLayout of(Journey journey, int capacity, int extraColumns) {
        return new WorkbookLayout(journey, capacity, extraColumns, -1, List.of(), TrendWindow.SPARK_PERIODS);
    }

    /**
     * This layout with trend charts over a window of {@code periods} periods (clipped to 1 ..
     * the capacity; {@value TrendWindow#SPARK_PERIODS} when not given): for a workbook generated from
     * {@code n} periods, {@code n}. The window's length sets only how far its blocks reach, so a
     * layout that reads other cells of a workbook does not need it.
     */
    public WorkbookLayout withWindow(int periods) {
        return new WorkbookLayout(journey, capacity, extraColumns, rawTextColumns, kept, periods);
    }

    /** This layout with a raw data sheet whose input rows have {@code textColumns} text (segment) columns. */
    public WorkbookLayout withRawData(int textColumns) {
        if (textColumns < 0) {
            throw new IllegalArgumentException("text columns must be 0 or more, not " + textColumns);
        }
        return new WorkbookLayout(journey, capacity, extraColumns, textColumns, List.of(), window.periods());
    }

    /**
     * This layout with a raw-data sheet for each of {@code kept} (instead of one for the raw rows
     * of a CSV), in that order after the Data sheet: "Raw data" when there is one, "Raw &lt;name&gt;"
     * with several.
     */
    public WorkbookLayout withSourceRows(List<KeptSource> kept) {
        return new WorkbookLayout(journey, capacity, extraColumns, -1, kept, window.periods());
    }

    public Journey journey() {
        return journey;
    }

    /** Period rows prepared on every sheet that has one row per period. */
    public int capacity() {
        return capacity;
    }

    /**
     * The sheets in workbook order: Dashboard, one per stage, Targets, Data, Raw data (when there
     * is one) or the sources' raw-data sheets, About.
     */
    public List<String> sheetNames() {
        List<String> out = sheetNamesBefore();
        if (raw != null) {
            out.add(RAW_DATA);
        }
        sourceRows.forEach(s -> out.add(s.sheetName()));
        out.add(ABOUT);
        return out;
    }

    /** The sheets before the raw-data sheets, and About, which the raw sheets' names must not take. */
    private List<String> sheetNamesBefore() {
        List<String> out = new ArrayList<>();
        out.add(DASHBOARD);
        journey.stages().forEach(st -> out.add(stageSheet(st.id())));
        out.add(TARGETS);
        out.add(DATA);
        return out;
    }

    /**
     * Per stage sheet, the heading cells that hold the template's text ({@link StageLayout#templateTextCells}):
     * a refresh with a new template does not keep the old template's text there for the user's.
     */
    public Map<String, List<org.apache.poi.ss.util.CellAddress>> templateTextCells() {
        Map<String, List<org.apache.poi.ss.util.CellAddress>> out = new HashMap<>();
        journey.stages().forEach(st -> out.put(stageSheet(st.id()), stages.templateTextCells(st.id())));
        return out;
    }

    /** The name of a stage's sheet: its number and name, "1 Awareness". */
    public String stageSheet(String stageId) {
        return Ids.get(stageSheet, stageId, "stage");
    }

    /** 0-based position of the stage in the journey. */
    public int stageIndex(String stageId) {
        return Ids.get(stageIndex, stageId, "stage");
    }

    /** The window of periods the trend charts and sparklines show. */
    public TrendWindow window() {
        return window;
    }

    public DataLayout data() {
        return data;
    }

    public TargetsLayout targets() {
        return targets;
    }

    public StageLayout stages() {
        return stages;
    }

    public DashboardLayout dashboard() {
        return dashboard;
    }

    /** The raw data sheet; empty when the workbook has none (each period came as one input row). */
    public Optional<RawDataLayout> rawData() {
        return Optional.ofNullable(raw);
    }

    /** The raw-data sheets of the sources whose rows are kept, in sheet order; empty when there are none. */
    public List<SourceRowsLayout> sourceRows() {
        return sourceRows;
    }

    /** The raw-data sheet of source {@code name}. */
    public SourceRowsLayout sourceRows(String name) {
        return sourceRows.stream().filter(s -> s.source().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the workbook keeps no rows of a source \"" + name + "\""));
    }

    /** "1 Awareness": number and name, without the characters Excel forbids, at most 31 characters. */
    static String sheetName(int number, String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").strip();
        String s = number + " " + clean;
        return s.length() > 31 ? s.substring(0, 31).strip() : s;
    }
}
