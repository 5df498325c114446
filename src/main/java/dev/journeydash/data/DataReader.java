package dev.journeydash.data;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.InputException.Problem;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Period;
import dev.journeydash.model.Progress;
import dev.journeydash.model.RawRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
    private Progress progress = Progress.NONE;

    private DataReader(String file, Journey journey) {
        this.file = file;
        this.journey = journey;
    }

    /** Rows read before the decimal separator and the date order are decided. */
    static final int DETECTION_ROWS = 10_000;

    /** Reads {@code path}; {@code decimal} forces the decimal separator ('.' or ','), 0 detects it. */
    public static DataSet read(Path path, Journey journey, char decimal) throws InputException {
        return read(path, journey, decimal, Progress.NONE);
    }

    /** As {@link #read(Path, Journey, char)}, reporting rows read to {@code progress}. */
    public static DataSet read(Path path, Journey journey, char decimal, Progress progress) throws InputException {
        String name = path.toString();
        TextDecoder.Encoding encoding;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw InputException.of(name, "the file is %,d bytes; the limit is %,d bytes", size, MAX_BYTES);
            }
            byte[] head = new byte[1 << 16];
            int length;
            try (InputStream in = Files.newInputStream(path)) {
                length = in.readNBytes(head, 0, head.length);
            }
            encoding = TextDecoder.sniff(name, head, length);
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.of(name, "the data file does not exist");
        } catch (IOException e) {
            throw InputException.of(name, "cannot read the data file: %s", e.getMessage());
        }
        try {
            return readWith(path, name, journey, decimal, encoding, progress);
        } catch (MalformedText e) {
            if (encoding.skip() > 0) {
                throw InputException.of(name, "the file starts with a %s byte-order mark but is not valid %s",
                        encoding.charset().name(), encoding.charset().name());
            }
            try {
                return readWith(path, name, journey, decimal, TextDecoder.windows1252(name), progress);
            } catch (MalformedText again) {
                throw InputException.of(name, "the file is not text: neither UTF-8 nor Windows-1252; save it as UTF-8");
            }
        }
    }

    private static DataSet readWith(Path path, String name, Journey journey, char decimal, TextDecoder.Encoding enc,
                                    Progress progress) throws InputException {
        DataReader reader = new DataReader(name, journey);
        reader.progress = progress;
        if (enc.note() != null) {
            reader.notes.add(enc.note());
        }
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(enc.skip());
            Reader text = new InputStreamReader(in, enc.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return reader.parse(new BufferedReader(text, 1 << 16), decimal);
        } catch (IOException e) {
            throw InputException.of(name, "cannot read the data file: %s", e.getMessage());
        }
    }

    /** Reads CSV {@code text}; {@code file} names it in messages. */
    public static DataSet parse(String file, String text, Journey journey, char decimal) throws InputException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return new DataReader(file, journey).parse(new BufferedReader(new StringReader(body)), decimal);
        } catch (MalformedText e) {
            throw new IllegalStateException("a string cannot hold malformed input", e);
        }
    }

    /** Signals that the text is not valid in the charset it is read with. */
    private static final class MalformedText extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedText(Throwable cause) {
            super(cause);
        }
    }

    private DataSet parse(BufferedReader input, char decimal) throws InputException {
        char delimiter = sniffDelimiter(input);
        LineCountingReader counted = new LineCountingReader(input);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<String> header = null;
        int headerLine = 0;
        List<Row> head = new ArrayList<>();
        Sink sink = null;
        int rowCount = 0;
        try (CSVParser parser = CSVParser.parse(counted, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                int line = counted.lineOf(record.getCharacterPosition());
                if (header == null) {
                    String unfit = unfitText(record);
                    if (unfit != null) {
                        throw new InputException(new Problem(file, line, null, unfit));
                    }
                    header = record.toList();
                    headerLine = line;
                    continue;
                }
                if (++rowCount > MAX_ROWS) {
                    throw new InputException(new Problem(file, line, null, "more than " + String.format("%,d", MAX_ROWS)
                            + " data rows; Excel holds at most 1,048,576 rows a sheet: split the file or aggregate it"));
                }
                String unfit = unfitText(record);
                if (unfit != null) {
                    problem(line, null, unfit);
                    continue;
                }
                if (hasExtraCells(record, header.size())) {
                    problem(line, null, "the row has " + record.size() + " cells but the header has " + header.size()
                            + "; if a number contains \"" + delimiter + "\" (e.g. 1" + delimiter + "234), put it in quotes");
                    continue;
                }
                if ((rowCount & 0x3FFF) == 0) {
                    progress.rows(rowCount);
                }
                Row row = new Row(line, record.toList());
                if (sink != null) {
                    sink.accept(row);
                    continue;
                }
                head.add(row);
                if (head.size() == DETECTION_ROWS) {
                    sink = start(header, headerLine, head, decimal);
                    head = null;
                }
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
        if (sink == null) {
            throwIfProblems();
            if (head.isEmpty()) {
                throw new InputException(new Problem(file, headerLine, null, "the file has a header but no data rows"));
            }
            sink = start(header, headerLine, head, decimal);
        }
        throwIfProblems();
        DataSet result = sink.finish();
        throwIfProblems();
        return result;
    }

    /** Decides the layout, decimal separator and date order from the first rows, then feeds them to the sink. */
    private Sink start(List<String> header, int headerLine, List<Row> head, char decimal) throws InputException {
        Header h = Header.of(header, journey);
        char forced = decimal != 0 ? decimal : journey.decimal().separator();
        NumberParser numbers = new NumberParser(forced != 0 ? forced : detectDecimal(head, h.period()));
        detectSlashOrder(head, h.period());
        checkHeader(h, header, headerLine);
        throwIfProblems();
        Sink sink = h.longLayout() ? new LongSink(h, header, numbers) : new WideSink(h, header, numbers);
        for (Row row : head) {
            sink.accept(row);
        }
        return sink;
    }

    /** Takes the data rows one by one, and builds the data set at the end. */
    private interface Sink {
        void accept(Row row);

        DataSet finish() throws InputException;
    }

    /** The delimiter of the first non-blank line, read ahead and then given back. */
    private static char sniffDelimiter(BufferedReader input) {
        try {
            input.mark(1 << 20);
            String line;
            String first = "";
            int read = 0;
            while ((line = input.readLine()) != null && read < (1 << 19)) {
                read += line.length() + 1;
                if (!line.isBlank()) {
                    first = line;
                    break;
                }
            }
            input.reset();
            return TextDecoder.sniffDelimiter(first);
        } catch (IOException e) {
            return ',';
        }
    }

    /** Counts lines as the CSV parser reads, so that a record's character position gives its line. */
    private static final class LineCountingReader extends Reader {
        private final Reader in;
        private long position;
        private long[] newlines = new long[1024];
        private int count;

        LineCountingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(buf, off, len);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new MalformedText(e);
            }
            for (int i = 0; i < n; i++) {
                if (buf[off + i] == '\n') {
                    if (count == newlines.length) {
                        newlines = Arrays.copyOf(newlines, count * 2);
                    }
                    newlines[count++] = position + i;
                }
            }
            if (n > 0) {
                position += n;
            }
            return n;
        }

        /** 1-based line of the character at {@code pos}. */
        int lineOf(long pos) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (newlines[mid] < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo + 1;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
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

    /** Wide layout: rows kept column by column in primitive arrays, so a million rows fit in little memory. */
    private final class WideSink implements Sink {
        private final Header h;
        private final List<String> header;
        private final NumberParser numbers;
        private final int[] measureIndex;
        private final int[] measureColumns;
        private final Map<Integer, Integer> seenDays = new HashMap<>();
        private final Map<String, String> interned = new HashMap<>();
        private int n;
        private int[] days = new int[1024];
        private double[][] values;
        private String[][] texts;

        WideSink(Header h, List<String> header, NumberParser numbers) {
            this.h = h;
            this.header = header;
            this.numbers = numbers;
            List<Measure> measures = journey.measures();
            measureColumns = h.measureColumns().keySet().stream().mapToInt(Integer::intValue).toArray();
            measureIndex = new int[measureColumns.length];
            for (int c = 0; c < measureColumns.length; c++) {
                String id = h.measureColumns().get(measureColumns[c]);
                for (int m = 0; m < measures.size(); m++) {
                    if (measures.get(m).id().equals(id)) {
                        measureIndex[c] = m;
                    }
                }
            }
            values = new double[measures.size()][1024];
            texts = new String[h.extras().size()][1024];
        }

        @Override
        public void accept(Row row) {
            PeriodParser.Parsed p = period(row, h.period(), header);
            if (p == null) {
                return;
            }
            int day = (int) p.date().toEpochDay();
            if (h.extras().isEmpty()) {
                Integer first = seenDays.putIfAbsent(day, row.line());
                if (first != null) {
                    problem(row.line(), header.get(h.period()), "\"" + row.cell(h.period()).strip()
                            + "\" appears again (first on line " + first + "); each period must appear once");
                    return;
                }
            }
            grow();
            days[n] = day;
            for (double[] column : values) {
                column[n] = Double.NaN;
            }
            for (int c = 0; c < measureColumns.length; c++) {
                String raw = row.cell(measureColumns[c]).strip();
                if (raw.isEmpty()) {
                    continue;
                }
                Double v = numbers.parse(raw);
                if (v == null) {
                    problem(row.line(), header.get(measureColumns[c]), notANumber(raw, numbers));
                    continue;
                }
                values[measureIndex[c]][n] = v;
            }
            for (int e = 0; e < texts.length; e++) {
                String raw = row.cell(h.extras().get(e)).strip();
                texts[e][n] = raw.isEmpty() ? null : interned.computeIfAbsent(raw, k -> k);
            }
            n++;
        }

        private void grow() {
            if (n < days.length) {
                return;
            }
            int size = days.length * 2;
            days = Arrays.copyOf(days, size);
            for (int m = 0; m < values.length; m++) {
                values[m] = Arrays.copyOf(values[m], size);
            }
            for (int e = 0; e < texts.length; e++) {
                texts[e] = Arrays.copyOf(texts[e], size);
            }
        }

        @Override
        public DataSet finish() throws InputException {
            throwIfProblems();
            int[] order = sortByDay();
            int[] sortedDays = new int[n];
            for (int i = 0; i < n; i++) {
                sortedDays[i] = days[order[i]];
            }
            days = null;
            List<Period> periods = periods(new Period(LocalDate.ofEpochDay(sortedDays[0]), journey.granularity()),
                    new Period(LocalDate.ofEpochDay(sortedDays[n - 1]), journey.granularity()));
            int[] periodOf = new int[n];
            int[] rowsPerPeriod = new int[periods.size()];
            int p = 0;
            int nextStart = (int) periods.get(0).next().start().toEpochDay();
            for (int i = 0; i < n; i++) {
                while (sortedDays[i] >= nextStart) {
                    p++;
                    nextStart = (int) periods.get(p).next().start().toEpochDay();
                }
                periodOf[i] = p;
                rowsPerPeriod[p]++;
            }
            boolean raw = Arrays.stream(rowsPerPeriod).anyMatch(c -> c > 1);
            List<Measure> measures = journey.measures();
            Map<String, double[]> perPeriod = new LinkedHashMap<>();
            double[][] sortedValues = new double[measures.size()][];
            for (int m = 0; m < measures.size(); m++) {
                double[] sorted = new double[n];
                for (int i = 0; i < n; i++) {
                    sorted[i] = values[m][order[i]];
                }
                values[m] = null;
                sortedValues[m] = sorted;
                perPeriod.put(measures.get(m).id(), aggregate(measures.get(m).aggregation(), sorted, periodOf, periods.size()));
            }
            reportGaps(periods, rowsPerPeriod);
            List<String> extraHeaders = h.extras().stream().map(header::get).toList();
            if (raw) {
                String[][] sortedTexts = new String[texts.length][];
                for (int e = 0; e < texts.length; e++) {
                    sortedTexts[e] = new String[n];
                    for (int i = 0; i < n; i++) {
                        sortedTexts[e][i] = texts[e][order[i]];
                    }
                }
                notes.add(file + ": " + String.format("%,d", n) + " rows summarised into " + periods.size() + " "
                        + journey.granularity().word() + "s; the rows are kept in the Raw data sheet");
                RawRows rows = new RawRows(header.get(h.period()), extraHeaders, sortedDays, periodOf, sortedValues, sortedTexts);
                return new DataSet(file, periods, perPeriod, List.of(), notes, rows);
            }
            List<DataSet.ExtraColumn> extras = new ArrayList<>();
            for (int e = 0; e < texts.length; e++) {
                List<Object> cells = new ArrayList<>(java.util.Collections.nCopies(periods.size(), (Object) null));
                for (int i = 0; i < n; i++) {
                    String t = texts[e][order[i]];
                    if (t != null) {
                        Double v = numbers.parse(t);
                        cells.set(periodOf[i], v != null ? (Object) v : t);
                    }
                }
                extras.add(new DataSet.ExtraColumn(extraHeaders.get(e), cells));
            }
            return new DataSet(file, periods, perPeriod, extras, notes);
        }

        /** Row indexes sorted by date, rows of one date in input order. */
        private int[] sortByDay() {
            boolean sorted = true;
            for (int i = 1; i < n && sorted; i++) {
                sorted = days[i - 1] <= days[i];
            }
            int[] order = new int[n];
            if (sorted) {
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                return order;
            }
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((long) days[i] << 32) | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                order[i] = (int) keys[i];
            }
            return order;
        }
    }

    /**
     * One value per period from row values sorted by date: sum, average, or the last row's value
     * (blank when that row is blank), as the workbook's SUMIFS, AVERAGEIFS and INDEX/MATCH do.
     */
    static double[] aggregate(Measure.Aggregation how, double[] rows, int[] periodOf, int periods) {
        double[] sum = new double[periods];
        int[] count = new int[periods];
        double[] last = new double[periods];
        boolean[] seen = new boolean[periods];
        for (int i = 0; i < rows.length; i++) {
            int p = periodOf[i];
            seen[p] = true;
            last[p] = rows[i];
            if (!Double.isNaN(rows[i])) {
                sum[p] += rows[i];
                count[p]++;
            }
        }
        double[] out = new double[periods];
        for (int p = 0; p < periods; p++) {
            out[p] = switch (how) {
                case SUM -> count[p] == 0 ? Double.NaN : sum[p];
                case AVERAGE -> count[p] == 0 ? Double.NaN : sum[p] / count[p];
                case LAST -> seen[p] ? last[p] : Double.NaN;
            };
        }
        return out;
    }

    /** Consecutive periods from {@code first} to {@code last}, at most {@link #MAX_PERIODS}. */
    private List<Period> periods(Period first, Period last) throws InputException {
        List<Period> periods = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            if (periods.size() >= MAX_PERIODS) {
                throw InputException.of(file, "the data spans more than %,d %ss (%s to %s); check the periods",
                        MAX_PERIODS, journey.granularity().word(), first.label(), last.label());
            }
            periods.add(p);
        }
        return periods;
    }

    private void reportGaps(List<Period> periods, int[] rowsPerPeriod) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (rowsPerPeriod[i] == 0) {
                missing.add(periods.get(i).label());
            }
        }
        if (!missing.isEmpty()) {
            notes.add(file + ": no data for " + (missing.size() <= 6 ? String.join(", ", missing)
                    : missing.size() + " periods (" + missing.get(0) + " ... " + missing.get(missing.size() - 1) + ")")
                    + "; left blank");
        }
    }

    /** Long layout: values grouped by period and measure. */
    private final class LongSink implements Sink {
        private final Header h;
        private final List<String> header;
        private final NumberParser numbers;
        private final Map<String, String> byName = measureNames(journey);
        private final Set<String> present = new LinkedHashSet<>();
        private final TreeMap<Period, Map<String, List<double[]>>> values = new TreeMap<>();
        private final TreeMap<Period, Map<String, Object>> extras = new TreeMap<>();
        private final List<String> extraHeaders = new ArrayList<>();
        private final Map<Object, Integer> seenKeys = new HashMap<>();

        LongSink(Header h, List<String> header, NumberParser numbers) {
            this.h = h;
            this.header = header;
            this.numbers = numbers;
        }

        @Override
        public void accept(Row row) {
            PeriodParser.Parsed p = period(row, h.period(), header);
            String name = row.cell(h.measure()).strip();
            String raw = row.cell(h.value()).strip();
            if (p == null) {
                return;
            }
            if (name.isEmpty()) {
                problem(row.line(), header.get(h.measure()), "the measure name is empty");
                return;
            }
            String normalised = normalise(name);
            String id = byName.get(normalised);
            List<String> key = new ArrayList<>();
            key.add(p.date().toString());
            key.add(id != null ? id : normalised);
            h.segments().forEach(i -> key.add(row.cell(i).strip()));
            Integer first = seenKeys.putIfAbsent(key, row.line());
            if (first != null) {
                problem(row.line(), header.get(h.measure()), "\"" + name + "\" for " + row.cell(h.period()).strip()
                        + " appears again (first on line " + first + ")");
                return;
            }
            if (raw.isEmpty()) {
                return;
            }
            Double v = numbers.parse(raw);
            Period period = new Period(p.date(), journey.granularity());
            if (id == null) {
                if (!extraHeaders.contains(name)) {
                    extraHeaders.add(name);
                }
                extras.computeIfAbsent(period, k -> new LinkedHashMap<>()).merge(name, v != null ? (Object) v : raw,
                        (a, b) -> a instanceof Double x && b instanceof Double y ? (Object) (x + y) : b);
                values.computeIfAbsent(period, k -> new LinkedHashMap<>());
                return;
            }
            if (v == null) {
                problem(row.line(), header.get(h.value()), notANumber(raw, numbers));
                return;
            }
            present.add(id);
            values.computeIfAbsent(period, k -> new LinkedHashMap<>())
                    .computeIfAbsent(id, k -> new ArrayList<>()).add(new double[] {v, p.date().toEpochDay()});
        }

        @Override
        public DataSet finish() throws InputException {
            for (String m : neededMeasures()) {
                if (!present.contains(m)) {
                    problem(0, null, "no rows for measure \"" + m + "\", which the KPIs or funnel need; the measures found are: "
                            + String.join(", ", present) + (extraHeaders.isEmpty() ? ""
                            : "; names that are not measures of the template: " + String.join(", ", extraHeaders)));
                }
            }
            throwIfProblems();
            List<Period> periods = periods(values.firstKey(), values.lastKey());
            int[] rowsPerPeriod = new int[periods.size()];
            for (int i = 0; i < periods.size(); i++) {
                rowsPerPeriod[i] = values.containsKey(periods.get(i)) ? 1 : 0;
            }
            reportGaps(periods, rowsPerPeriod);
            Map<String, double[]> measures = new LinkedHashMap<>();
            for (Measure m : journey.measures()) {
                double[] out = new double[periods.size()];
                Arrays.fill(out, Double.NaN);
                for (int i = 0; i < periods.size(); i++) {
                    Map<String, List<double[]>> byMeasure = values.get(periods.get(i));
                    List<double[]> vs = byMeasure == null ? null : byMeasure.get(m.id());
                    if (vs != null && !vs.isEmpty()) {
                        out[i] = combine(m.aggregation(), vs);
                    }
                }
                measures.put(m.id(), out);
            }
            List<DataSet.ExtraColumn> extraColumns = new ArrayList<>();
            for (String name : extraHeaders) {
                List<Object> cells = new ArrayList<>();
                for (Period p : periods) {
                    Map<String, Object> e = extras.get(p);
                    cells.add(e == null ? null : e.get(name));
                }
                extraColumns.add(new DataSet.ExtraColumn(name, cells));
            }
            return new DataSet(file, periods, measures, extraColumns, notes);
        }
    }

    private PeriodParser.Parsed period(Row row, int column, List<String> header) {
        String raw = row.cell(column).strip();
        String col = header.get(column).isBlank() ? "#" + (column + 1) : header.get(column);
        if (raw.isEmpty()) {
            problem(row.line(), col, "the period is empty; expected " + PeriodParser.EXPECTED);
            return null;
        }
        PeriodParser.Parsed p = periodCache.get(raw);
        if (p == null) {
            p = PeriodParser.parse(raw, detectedOrder);
            if (p != null && periodCache.size() < 100_000) {
                periodCache.put(raw, p);
            }
        }
        if (p == null) {
            DateOrder proves = PeriodParser.evidence(raw);
            if (proves != null && proves != detectedOrder && journey.dateOrder() != DateOrder.DETECT) {
                problem(row.line(), col, "\"" + raw + "\" is not a " + journey.dateOrder().word() + " date, the order "
                        + "declared with --date-order or \"date_order:\" in the template; expected "
                        + (detectedOrder == DateOrder.DAY_FIRST ? "dd/mm/yyyy, e.g. 31/01/2025"
                        : "mm/dd/yyyy, e.g. 01/31/2025"));
                return null;
            }
            problem(row.line(), col, InputException.quoted(raw) + " is not a period; expected " + PeriodParser.EXPECTED);
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

    private DateOrder detectedOrder = DateOrder.DAY_FIRST;
    /** Parsed period cells: segment and daily data repeat each date many times. */
    private final Map<String, PeriodParser.Parsed> periodCache = new HashMap<>();

    /**
     * Decides the order of day and month in nn/nn/yyyy dates: as the template or --date-order
     * declares it; else from a date that proves it (31/01/2025, 01/31/2025); else, when every
     * date fits both, from the number that never changes (01/02/2025, 01/03/2025 are firsts of
     * months, day-first), and day-first otherwise. A guess is reported as a note.
     */
    private void detectSlashOrder(List<Row> rows, int periodColumn) {
        if (journey.dateOrder() != DateOrder.DETECT) {
            detectedOrder = journey.dateOrder();
            return;
        }
        Row day = null;
        Row month = null;
        Row ambiguous = null;
        Set<Integer> firsts = new HashSet<>();
        Set<Integer> seconds = new HashSet<>();
        for (Row r : rows) {
            int[] numbers = PeriodParser.slashNumbers(r.cell(periodColumn));
            DateOrder o = PeriodParser.evidence(numbers);
            if (o == DateOrder.DAY_FIRST && day == null) {
                day = r;
            } else if (o == DateOrder.MONTH_FIRST && month == null) {
                month = r;
            }
            if (numbers != null) {
                firsts.add(numbers[0]);
                seconds.add(numbers[1]);
                if (ambiguous == null && numbers[0] != numbers[1] && numbers[0] <= 12 && numbers[1] <= 12) {
                    ambiguous = r;
                }
            }
        }
        if (day != null && month != null) {
            problem(0, null, "the dates mix day-first (" + day.cell(periodColumn).strip() + " on line " + day.line()
                    + ") and month-first (" + month.cell(periodColumn).strip() + " on line " + month.line()
                    + ") order; use one order, or ISO dates (2025-01-31)");
        }
        if (day != null || month != null || ambiguous == null) {
            detectedOrder = month != null ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
            return;
        }
        String why;
        if (seconds.size() == 1 && firsts.size() > 1) {
            detectedOrder = DateOrder.MONTH_FIRST;
            why = ", since the second number is always " + seconds.iterator().next() + " as a day of the month would be";
        } else if (firsts.size() == 1 && seconds.size() > 1) {
            detectedOrder = DateOrder.DAY_FIRST;
            why = ", since the first number is always " + firsts.iterator().next() + " as a day of the month would be";
        } else {
            detectedOrder = DateOrder.DAY_FIRST;
            why = "";
        }
        String example = ambiguous.cell(periodColumn).strip();
        PeriodParser.Parsed read = PeriodParser.parse(example, detectedOrder);
        notes.add(file + ": dates such as \"" + example + "\" (line " + ambiguous.line() + ") fit day-first and month-first "
                + "alike; read as " + detectedOrder.word() + " (" + read.date().format(LONG_DATE) + ")" + why
                + ". Set --date-order, --locale or \"date_order:\" in the template if that is wrong");
    }

    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    private char detectDecimal(List<Row> rows, int periodColumn) {
        int commaLine = 0;
        int pointLine = 0;
        Row ambiguous = null;
        String ambiguousCell = null;
        for (Row r : rows) {
            for (int i = 0; i < r.cells().size() && (commaLine == 0 || pointLine == 0); i++) {
                char e = i == periodColumn ? 0 : NumberParser.evidence(r.cell(i));
                if (e == ',' && commaLine == 0) {
                    commaLine = r.line();
                } else if (e == '.' && pointLine == 0) {
                    pointLine = r.line();
                } else if (e == 0 && ambiguous == null && i != periodColumn
                        && AMBIGUOUS_NUMBER.matcher(r.cell(i).strip()).matches()) {
                    ambiguous = r;
                    ambiguousCell = r.cell(i).strip();
                }
            }
        }
        if (commaLine == 0 && pointLine == 0 && ambiguous != null) {
            notes.add(file + ": numbers such as \"" + ambiguousCell + "\" (line " + ambiguous.line() + ") fit a decimal point "
                    + "and a thousands separator alike; read with a decimal point. Set --decimal, --locale or \"decimal:\" in the "
                    + "template if that is wrong");
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

    /** Values of one measure in one period (long layout): sum, average or the latest. */
    private static double combine(Measure.Aggregation how, List<double[]> values) {
        switch (how) {
            case LAST: {
                double[] best = values.get(0);
                for (double[] v : values) {
                    if (v[1] >= best[1]) {
                        best = v;
                    }
                }
                return best[0];
            }
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
            m.columns().forEach(c -> byName.put(normalise(c), m.id()));
        }
        for (Measure m : journey.measures()) {
            byName.put(normalise(m.id()), m.id());
        }
        return byName;
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
    /** One to three digits, a point or comma, three digits: 1.500 or 1,500, a decimal or a thousands separator. */
    private static final Pattern AMBIGUOUS_NUMBER = Pattern.compile("-?\\d{1,3}[.,]\\d{3}");

    /** Lower case, spaces and punctuation folded to single underscores. */
    static String normalise(String header) {
        String s = NOT_LETTER_OR_DIGIT.matcher(header.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        return EDGE_UNDERSCORES.matcher(s).replaceAll("");
    }

    private static String notANumber(String raw, NumberParser numbers) {
        return InputException.quoted(raw) + " is not a number (expected e.g. 1234" + numbers.decimal() + "5, 12"
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

    /**
     * Why a workbook cannot hold a cell of the record, or null: a control character XML has no
     * place for, or more characters than an Excel cell holds.
     */
    private static String unfitText(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            String s = record.get(i);
            if (s.length() > 32_767) {
                return String.format("cell %d has %,d characters; an Excel cell holds at most 32,767", i + 1, s.length());
            }
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                    return String.format("cell %d contains the control character U+%04X, which a workbook cannot hold", i + 1, (int) c);
                }
            }
        }
        return null;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String s : record) {
            if (!s.isBlank()) {
                return false;
            }
        }
        return true;
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
