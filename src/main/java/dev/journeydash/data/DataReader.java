package dev.journeydash.data;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Expr;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.InputException.Problem;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads KPI data from a CSV file, wide ({@code period, measure1, measure2, ...}) or long
 * ({@code period, measure, value}, optionally with segment columns), into a {@link DataSet}
 * of consecutive periods at the journey's granularity.
 */
public final class DataReader {
    /** Largest data file accepted, in bytes. */
    public static final long MAX_BYTES = 1L << 30;
    /** Most data rows accepted (Excel's sheet limit less the header). */
    public static final int MAX_ROWS = 1_048_575;
    /** Most periods accepted after aggregation. */
    public static final int MAX_PERIODS = 5_000;

    private static final Set<String> PERIOD_HEADERS = Set.of("period", "date", "month", "week", "quarter", "day",
            "year_month", "yearmonth", "time", "periode", "datum", "fecha", "mois", "monat");

    private final String file;
    private final Journey journey;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int[] lineStarts;

    private DataReader(String file, Journey journey) {
        this.file = file;
        this.journey = journey;
    }

    /** Reads {@code path}; {@code decimal} forces the decimal separator ('.' or ','), 0 detects it. */
    public static DataSet read(Path path, Journey journey, char decimal) throws InputException {
        String name = path.toString();
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw InputException.of(name, "the file is %,d bytes; the limit is %,d bytes", size, MAX_BYTES);
            }
            bytes = Files.readAllBytes(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.of(name, "the data file does not exist");
        } catch (IOException e) {
            throw InputException.of(name, "cannot read the data file: %s", e.getMessage());
        }
        TextDecoder.Decoded text = TextDecoder.decode(name, bytes);
        DataReader reader = new DataReader(name, journey);
        if (text.note() != null) {
            reader.notes.add(text.note());
        }
        return reader.parse(text.text(), decimal);
    }

    /** Reads CSV {@code text}; {@code file} names it in messages. */
    public static DataSet parse(String file, String text, Journey journey, char decimal) throws InputException {
        return new DataReader(file, journey).parse(text.startsWith("\uFEFF") ? text.substring(1) : text, decimal);
    }

    private DataSet parse(String text, char decimal) throws InputException {
        indexLines(text);
        char delimiter = TextDecoder.sniffDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        int headerLine = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                int line = lineOf(record.getCharacterPosition());
                if (header == null) {
                    header = record.toList();
                    headerLine = line;
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new InputException(new Problem(file, line, null, "more than " + String.format("%,d", MAX_ROWS)
                            + " data rows; Excel holds at most 1,048,576 rows a sheet: split the file or aggregate it"));
                }
                if (hasExtraCells(record, header.size())) {
                    problem(line, null, "the row has " + record.size() + " cells but the header has " + header.size()
                            + "; if a number contains \"" + delimiter + "\" (e.g. 1" + delimiter + "234), put it in quotes");
                    continue;
                }
                rows.add(new Row(line, record.toList()));
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException e) {
            throw unreadable(e);
        } catch (IllegalStateException e) {
            throw InputException.of(file, "not a readable CSV file: %s", e.getMessage());
        }
        if (header == null) {
            throw InputException.of(file, "the file is empty: expected a header row such as period,%s",
                    String.join(",", journey.measures().stream().map(Measure::id).limit(3).toList()));
        }
        throwIfProblems();
        if (rows.isEmpty()) {
            throw new InputException(new Problem(file, headerLine, null, "the file has a header but no data rows"));
        }
        Header h = Header.of(header, journey);
        NumberParser numbers = new NumberParser(decimal != 0 ? decimal : detectDecimal(rows, h.period()));
        PeriodParser.SlashOrder order = detectSlashOrder(rows, h.period());
        checkHeader(h, header, headerLine);
        throwIfProblems();
        Table table = h.longLayout() ? readLong(h, header, rows, numbers, order) : readWide(h, header, rows, numbers, order);
        throwIfProblems();
        return assemble(table);
    }

    // ---- header --------------------------------------------------------------------------------

    /** Column roles: the period column, measure columns (wide) or measure/value columns (long). */
    private record Header(int period, Map<Integer, String> measureColumns, List<Integer> extras, int measure, int value,
                          List<Integer> segments) {
        boolean longLayout() {
            return measure >= 0;
        }

        static Header of(List<String> header, Journey journey) {
            int period = -1;
            int measure = -1;
            int value = -1;
            for (int i = 0; i < header.size(); i++) {
                String n = normalise(header.get(i));
                if (period < 0 && PERIOD_HEADERS.contains(n)) {
                    period = i;
                } else if (n.equals("measure") || n.equals("metric") || n.equals("kpi_measure")) {
                    measure = i;
                } else if (n.equals("value") || n.equals("amount")) {
                    value = i;
                }
            }
            if (period < 0) {
                period = 0;
            }
            Map<String, String> byName = measureNames(journey);
            Map<Integer, String> measureColumns = new LinkedHashMap<>();
            List<Integer> extras = new ArrayList<>();
            List<Integer> segments = new ArrayList<>();
            boolean isLong = measure >= 0 && value >= 0;
            for (int i = 0; i < header.size(); i++) {
                if (i == period || (isLong && (i == measure || i == value))) {
                    continue;
                }
                String id = isLong ? null : byName.get(normalise(header.get(i)));
                if (id != null && !measureColumns.containsValue(id)) {
                    measureColumns.put(i, id);
                } else if (isLong) {
                    segments.add(i);
                } else {
                    extras.add(i);
                }
            }
            return new Header(period, measureColumns, extras, isLong ? measure : -1, isLong ? value : -1, segments);
        }
    }

    private void checkHeader(Header h, List<String> header, int line) {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String n = normalise(header.get(i));
            if (n.isEmpty() && i != h.period()) {
                problem(line, "#" + (i + 1), "the column has no header; name it after a measure");
            } else if (!seen.add(n) && !n.isEmpty()) {
                problem(line, header.get(i), "the header \"" + header.get(i) + "\" appears twice");
            }
        }
        if (!h.longLayout()) {
            Set<String> needed = neededMeasures();
            Set<String> present = new LinkedHashSet<>(h.measureColumns().values());
            for (String m : needed) {
                if (!present.contains(m)) {
                    problem(line, null, "no column for measure \"" + m + "\", which the KPIs or funnel need; the header has: "
                            + String.join(", ", header) + " (a column may be named by the measure id or its label)");
                }
            }
        }
    }

    /** Measures that some KPI formula or the funnel reads. */
    private Set<String> neededMeasures() {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> measureIds = new LinkedHashSet<>();
        journey.measures().forEach(m -> measureIds.add(m.id()));
        journey.kpis().forEach(k -> k.formula().forEachRef((id, lag) -> {
            if (measureIds.contains(id)) {
                ids.add(id);
            }
        }));
        journey.funnel().forEach(f -> ids.add(f.measure()));
        return ids;
    }

    // ---- rows ----------------------------------------------------------------------------------

    private record Row(int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /** Input values grouped by period: measure id to the (line, value) pairs of that period. */
    private static final class Table {
        final TreeMap<Period, Map<String, List<double[]>>> values = new TreeMap<>();
        final TreeMap<Period, Map<String, Object>> extras = new TreeMap<>();
        final List<String> extraHeaders = new ArrayList<>();
        final Map<Object, Integer> seenKeys = new HashMap<>();
    }

    private Table readWide(Header h, List<String> header, List<Row> rows, NumberParser numbers, PeriodParser.SlashOrder order) {
        Table t = new Table();
        h.extras().forEach(i -> t.extraHeaders.add(header.get(i)));
        for (Row row : rows) {
            PeriodParser.Parsed p = period(row, h.period(), header);
            if (p == null) {
                continue;
            }
            Period period = new Period(p.date(), journey.granularity());
            Integer first = t.seenKeys.putIfAbsent(p.date(), row.line());
            if (first != null) {
                problem(row.line(), header.get(h.period()), "\"" + row.cell(h.period()).strip()
                        + "\" appears again (first on line " + first + "); each period must appear once");
                continue;
            }
            Map<String, List<double[]>> byMeasure = t.values.computeIfAbsent(period, k -> new LinkedHashMap<>());
            for (Map.Entry<Integer, String> c : h.measureColumns().entrySet()) {
                String raw = row.cell(c.getKey()).strip();
                if (raw.isEmpty()) {
                    continue;
                }
                Double v = numbers.parse(raw);
                if (v == null) {
                    problem(row.line(), header.get(c.getKey()), notANumber(raw, numbers));
                    continue;
                }
                byMeasure.computeIfAbsent(c.getValue(), k -> new ArrayList<>()).add(new double[] {v, p.date().toEpochDay()});
            }
            Map<String, Object> extra = t.extras.computeIfAbsent(period, k -> new LinkedHashMap<>());
            for (int i : h.extras()) {
                String raw = row.cell(i).strip();
                if (!raw.isEmpty()) {
                    Double v = numbers.parse(raw);
                    extra.merge(header.get(i), v != null ? (Object) v : raw,
                            (a, b) -> a instanceof Double x && b instanceof Double y ? (Object) (x + y) : b);
                }
            }
        }
        return t;
    }

    private Table readLong(Header h, List<String> header, List<Row> rows, NumberParser numbers, PeriodParser.SlashOrder order) {
        Table t = new Table();
        Map<String, String> byName = measureNames(journey);
        Set<String> present = new LinkedHashSet<>();
        for (Row row : rows) {
            PeriodParser.Parsed p = period(row, h.period(), header);
            String name = row.cell(h.measure()).strip();
            String raw = row.cell(h.value()).strip();
            if (p == null) {
                continue;
            }
            if (name.isEmpty()) {
                problem(row.line(), header.get(h.measure()), "the measure name is empty");
                continue;
            }
            String id = byName.get(normalise(name));
            List<String> key = new ArrayList<>();
            key.add(p.date().toString());
            key.add(id != null ? id : normalise(name));
            h.segments().forEach(i -> key.add(row.cell(i).strip()));
            Integer first = t.seenKeys.putIfAbsent(key, row.line());
            if (first != null) {
                problem(row.line(), header.get(h.measure()), "\"" + name + "\" for " + row.cell(h.period()).strip()
                        + " appears again (first on line " + first + ")");
                continue;
            }
            if (raw.isEmpty()) {
                continue;
            }
            Double v = numbers.parse(raw);
            Period period = new Period(p.date(), journey.granularity());
            if (id == null) {
                if (!t.extraHeaders.contains(name)) {
                    t.extraHeaders.add(name);
                }
                t.extras.computeIfAbsent(period, k -> new LinkedHashMap<>()).merge(name, v != null ? (Object) v : raw,
                        (a, b) -> a instanceof Double x && b instanceof Double y ? (Object) (x + y) : b);
                t.values.computeIfAbsent(period, k -> new LinkedHashMap<>());
                continue;
            }
            if (v == null) {
                problem(row.line(), header.get(h.value()), notANumber(raw, numbers));
                continue;
            }
            present.add(id);
            t.values.computeIfAbsent(period, k -> new LinkedHashMap<>())
                    .computeIfAbsent(id, k -> new ArrayList<>()).add(new double[] {v, p.date().toEpochDay()});
        }
        for (String m : neededMeasures()) {
            if (!present.contains(m)) {
                problem(0, null, "no rows for measure \"" + m + "\", which the KPIs or funnel need; the measures found are: "
                        + String.join(", ", present) + (t.extraHeaders.isEmpty() ? ""
                        : "; names that are not measures of the template: " + String.join(", ", t.extraHeaders)));
            }
        }
        return t;
    }

    private PeriodParser.Parsed period(Row row, int column, List<String> header) {
        String raw = row.cell(column).strip();
        String col = header.get(column).isBlank() ? "#" + (column + 1) : header.get(column);
        if (raw.isEmpty()) {
            problem(row.line(), col, "the period is empty; expected " + PeriodParser.EXPECTED);
            return null;
        }
        PeriodParser.Parsed p = PeriodParser.parse(raw, detectedOrder);
        if (p == null) {
            problem(row.line(), col, "\"" + raw + "\" is not a period; expected " + PeriodParser.EXPECTED);
            return null;
        }
        if (p.granularity() == Granularity.WEEK && journey.granularity().compareTo(Granularity.WEEK) > 0) {
            problem(row.line(), col, "\"" + raw + "\" is a week, but the template counts by " + journey.granularity().word()
                    + " and a week can span two " + journey.granularity().word() + "s; give one row per "
                    + journey.granularity().word() + " or per day");
            return null;
        }
        if (p.granularity().compareTo(journey.granularity()) > 0) {
            problem(row.line(), col, "\"" + raw + "\" is a " + p.granularity().word() + ", but the template counts by "
                    + journey.granularity().word() + "; give one row per " + journey.granularity().word() + " or finer");
            return null;
        }
        return p;
    }

    private PeriodParser.SlashOrder detectedOrder = PeriodParser.SlashOrder.DAY_FIRST;

    private PeriodParser.SlashOrder detectSlashOrder(List<Row> rows, int periodColumn) {
        Row day = null;
        Row month = null;
        for (Row r : rows) {
            PeriodParser.SlashOrder o = PeriodParser.evidence(r.cell(periodColumn));
            if (o == PeriodParser.SlashOrder.DAY_FIRST && day == null) {
                day = r;
            } else if (o == PeriodParser.SlashOrder.MONTH_FIRST && month == null) {
                month = r;
            }
        }
        if (day != null && month != null) {
            problem(0, null, "the dates mix day-first (" + day.cell(periodColumn).strip() + " on line " + day.line()
                    + ") and month-first (" + month.cell(periodColumn).strip() + " on line " + month.line()
                    + ") order; use one order, or ISO dates (2025-01-31)");
        }
        detectedOrder = month != null ? PeriodParser.SlashOrder.MONTH_FIRST : PeriodParser.SlashOrder.DAY_FIRST;
        return detectedOrder;
    }

    private char detectDecimal(List<Row> rows, int periodColumn) {
        int commaLine = 0;
        int pointLine = 0;
        for (Row r : rows) {
            for (int i = 0; i < r.cells().size() && (commaLine == 0 || pointLine == 0); i++) {
                char e = i == periodColumn ? 0 : NumberParser.evidence(r.cell(i));
                if (e == ',' && commaLine == 0) {
                    commaLine = r.line();
                } else if (e == '.' && pointLine == 0) {
                    pointLine = r.line();
                }
            }
        }
        if (commaLine > 0 && pointLine > 0) {
            problem(0, null, "numbers use a decimal comma (line " + commaLine + ") and a decimal point (line " + pointLine
                    + "); use one, or set the separator with --decimal");
            return '.';
        }
        if (commaLine > 0) {
            notes.add(file + ": numbers read with a decimal comma (as on line " + commaLine + ")");
            return ',';
        }
        return '.';
    }

    // ---- assembly ------------------------------------------------------------------------------

    private DataSet assemble(Table t) throws InputException {
        Period first = t.values.firstKey();
        Period last = t.values.lastKey();
        List<Period> periods = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            if (periods.size() >= MAX_PERIODS) {
                throw InputException.of(file, "the data spans more than %,d %ss (%s to %s); check the periods",
                        MAX_PERIODS, journey.granularity().word(), first.label(), last.label());
            }
            periods.add(p);
            if (!t.values.containsKey(p)) {
                missing.add(p.label());
            }
        }
        if (!missing.isEmpty()) {
            notes.add(file + ": no data for " + (missing.size() <= 6 ? String.join(", ", missing)
                    : missing.size() + " periods (" + missing.get(0) + " ... " + missing.get(missing.size() - 1) + ")")
                    + "; left blank");
        }
        Map<String, double[]> measures = new LinkedHashMap<>();
        for (Measure m : journey.measures()) {
            double[] values = new double[periods.size()];
            Arrays.fill(values, Double.NaN);
            for (int i = 0; i < periods.size(); i++) {
                Map<String, List<double[]>> byMeasure = t.values.get(periods.get(i));
                List<double[]> vs = byMeasure == null ? null : byMeasure.get(m.id());
                if (vs != null && !vs.isEmpty()) {
                    values[i] = aggregate(m.aggregation(), vs);
                }
            }
            measures.put(m.id(), values);
        }
        List<DataSet.ExtraColumn> extras = new ArrayList<>();
        for (String name : t.extraHeaders) {
            List<Object> values = new ArrayList<>();
            for (Period p : periods) {
                Map<String, Object> e = t.extras.get(p);
                values.add(e == null ? null : e.get(name));
            }
            extras.add(new DataSet.ExtraColumn(name, values));
        }
        return new DataSet(file, periods, measures, extras, notes);
    }

    private static double aggregate(Measure.Aggregation how, List<double[]> values) {
        switch (how) {
            case LAST:
                return values.stream().max((a, b) -> Double.compare(a[1], b[1])).orElseThrow()[0];
            case AVERAGE:
                return values.stream().mapToDouble(v -> v[0]).sum() / values.size();
            default:
                double sum = 0;
                for (double[] v : values) {
                    sum += v[0];
                }
                return sum;
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Map<String, String> measureNames(Journey journey) {
        Map<String, String> byName = new HashMap<>();
        for (Measure m : journey.measures()) {
            byName.putIfAbsent(normalise(m.label()), m.id());
        }
        for (Measure m : journey.measures()) {
            byName.put(normalise(m.id()), m.id());
        }
        return byName;
    }

    /** Lower case, spaces and punctuation folded to single underscores. */
    static String normalise(String header) {
        String s = header.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }

    private static String notANumber(String raw, NumberParser numbers) {
        return "\"" + raw + "\" is not a number (expected e.g. 1234" + numbers.decimal() + "5, 12"
                + numbers.decimal() + "5% or (1234) with a decimal " + (numbers.decimal() == '.' ? "point" : "comma") + ")";
    }

    private static boolean hasExtraCells(CSVRecord record, int columns) {
        for (int i = columns; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A CSV syntax error; an unclosed quote is named by the line where the quoted cell starts. */
    private InputException unreadable(Throwable e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished").matcher(message);
        if (m.find()) {
            return new InputException(new Problem(file, Integer.parseInt(m.group(1)), null,
                    "a quoted cell starts on this line but its closing quote (\") is missing"));
        }
        return InputException.of(file, "not a readable CSV file: %s", message);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String s : record) {
            if (!s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void indexLines(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    private int lineOf(long charPosition) {
        int idx = Arrays.binarySearch(lineStarts, (int) charPosition);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    private void problem(int line, String column, String message) {
        if (problems.size() < InputException.MAX_PROBLEMS) {
            problems.add(new Problem(file, line, column, message));
        }
    }

    private void throwIfProblems() throws InputException {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

}
