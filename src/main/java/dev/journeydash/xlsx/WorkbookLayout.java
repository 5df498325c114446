package dev.journeydash.xlsx;

import dev.journeydash.labels.Labels;
import dev.journeydash.model.Direction;

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
     * The names of the sheets journeydash writes, and the words of the Targets sheet's Better
     * column, in the workbook's language (the stage sheets are named by the template's stage names).
     *
     * @param language  the language code ("en", "id")
     * @param dashboard "Dashboard"
     * @param targets   "Targets"
     * @param data      "Data"
     * @param rawData   "Raw data": the one raw-row sheet
     * @param rawPrefix "Raw ": before a source's name when several sources keep their rows
     * @param about     "About"
     * @param higher    "higher", the Better word of {@link Direction#HIGHER}
     * @param lower     "lower"
     * @param period    "Period": the header of the Data and stage tables' period column
     */
    public record Names(String language, String dashboard, String targets, String data, String rawData, String rawPrefix,
                        String about, String higher, String lower, String period) {
        /** The English names. */
        public static final Names ENGLISH = of(Labels.english());

        public Names {
            for (String n : new String[] {language, dashboard, targets, data, rawData, rawPrefix, about, higher, lower, period}) {
                Objects.requireNonNull(n, "name");
            }
        }

        /** The names in the language of {@code labels}. */
        public static Names of(Labels labels) {
            return new Names(labels.code(), labels.get("sheet.dashboard"), labels.get("sheet.targets"), labels.get("sheet.data"),
                    labels.get("sheet.rawData"), labels.get("sheet.rawPrefix") + " ", labels.get("sheet.about"),
                    labels.get("direction.higher"), labels.get("direction.lower"), labels.get("head.period"));
        }

        /**
         * The names of language {@code code}, as a workbook's stamp records it.
         *
         * @throws IllegalArgumentException for a language journeydash does not know
         */
        public static Names of(String code) {
            return of(Labels.of(code));
        }

        /**
         * Whether {@code name} is a raw-row sheet journeydash writes: "Raw data", or "Raw &lt;source&gt;"
         * when several sources keep their rows (see {@link SourceSheetNames}).
         */
        public boolean isRawSheet(String name) {
            return name.equals(rawData) || name.startsWith(rawPrefix);
        }

        /** The direction a Better cell's word names, in this language or in English (any case); null for neither. */
        public Direction direction(String word) {
            String w = word.strip();
            for (Direction d : Direction.values()) {
                String own = d == Direction.HIGHER ? higher : lower;
                if (w.equalsIgnoreCase(own) || w.equalsIgnoreCase(d.word())) {
                    return d;
                }
            }
            return null;
        }
    }

    /** Whether {@code name} is a raw-row sheet journeydash writes, in any language (see {@link Names#isRawSheet}). */
    public static boolean isRawSheetName(String name) {
        return Labels.SUPPORTED.stream().anyMatch(code -> Names.of(code).isRawSheet(name));
    }

    private final Journey journey;
    private final Names names;
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
                           int windowPeriods, Names names) {
        this.journey = Objects.requireNonNull(journey, "journey");
        this.names = Objects.requireNonNull(names, "names");
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
        this.data = new DataLayout(journey, capacity, extraColumns, names.data());
        this.targets = new TargetsLayout(journey, capacity, names.targets());
        this.stages = new StageLayout(this, capacity, window);
        this.dashboard = new DashboardLayout(journey, capacity, window, names.dashboard());
        this.raw = rawTextColumns < 0 ? null : new RawDataLayout(journey, rawTextColumns);
        List<String> taken = sheetNamesBefore();
        taken.add(names.rawData());
        taken.add(names.about());
        this.sourceRows = SourceSheetNames.layouts(kept, taken, names);
    }

    /**
     * The layout of a workbook without a raw data sheet.
     *
     * @param journey      the journey the workbook shows
     * @param capacity     period rows prepared on the Data, stage and Dashboard sheets (data periods plus periods ahead), &gt;= 1
     * @param extraColumns columns of the input that are not measures, kept in the Data table after the measures
     */
    public static WorkbookLayout of(Journey journey, int capacity, int extraColumns) {
        return new WorkbookLayout(journey, capacity, extraColumns, -1, List.of(), TrendWindow.SPARK_PERIODS, Names.ENGLISH);
    }

    /**
     * This layout with trend charts over a window of {@code periods} periods (clipped to 1 ..
     * the capacity; {@value TrendWindow#SPARK_PERIODS} when not given): for a workbook generated from
     * {@code n} periods, {@code n}. The window's length sets only how far its blocks reach, so a
     * layout that reads other cells of a workbook does not need it.
     */
    public WorkbookLayout withWindow(int periods) {
        return new WorkbookLayout(journey, capacity, extraColumns, rawTextColumns, kept, periods, names);
    }

    /** This layout with a raw data sheet whose input rows have {@code textColumns} text (segment) columns. */
    public WorkbookLayout withRawData(int textColumns) {
        if (textColumns < 0) {
            throw new IllegalArgumentException("text columns must be 0 or more, not " + textColumns);
        }
        return new WorkbookLayout(journey, capacity, extraColumns, textColumns, List.of(), window.periods(), names);
    }

    /**
     * This layout with a raw-data sheet for each of {@code kept} (instead of one for the raw rows
     * of a CSV), in that order after the Data sheet: "Raw data" when there is one, "Raw &lt;name&gt;"
     * with several.
     */
    public WorkbookLayout withSourceRows(List<KeptSource> kept) {
        return new WorkbookLayout(journey, capacity, extraColumns, -1, kept, window.periods(), names);
    }

    /** This layout with the sheets named {@code n} (the default {@link Names#ENGLISH}). */
    public WorkbookLayout withNames(Names n) {
        return new WorkbookLayout(journey, capacity, extraColumns, rawTextColumns, kept, window.periods(), n);
    }

    /** The names of the sheets journeydash writes. */
    public Names names() {
        return names;
    }

    public String dashboardSheet() {
        return names.dashboard();
    }

    public String targetsSheet() {
        return names.targets();
    }

    public String dataSheet() {
        return names.data();
    }

    /** The one raw-row sheet's name ("Raw data"). */
    public String rawDataSheet() {
        return names.rawData();
    }

    public String aboutSheet() {
        return names.about();
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
            out.add(names.rawData());
        }
        sourceRows.forEach(s -> out.add(s.sheetName()));
        out.add(names.about());
        return out;
    }

    /** The sheets before the raw-data sheets, and About, which the raw sheets' names must not take. */
    private List<String> sheetNamesBefore() {
        List<String> out = new ArrayList<>();
        out.add(names.dashboard());
        journey.stages().forEach(st -> out.add(stageSheet(st.id())));
        out.add(names.targets());
        out.add(names.data());
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
