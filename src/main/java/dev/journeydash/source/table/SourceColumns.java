package dev.journeydash.source.table;

import dev.journeydash.model.Condition;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceMeasure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a source reads (those its filter and measures name, the date column apart), each a
 * number column (aggregated as a number, or compared with {@code >}...) or a text column, in the
 * order the source names them. A column used both ways is a problem.
 */
public final class SourceColumns {
    private final List<KeptRows.Column> columns;
    private final Map<String, KeptRows.Column> byKey;

    private SourceColumns(List<KeptRows.Column> columns) {
        this.columns = List.copyOf(columns);
        this.byKey = new LinkedHashMap<>();
        columns.forEach(c -> byKey.put(KeptRows.normalise(c.header()), c));
    }

    /** The columns of {@code source}; problems (a column used as a number and as text) go to {@code report}. */
    public static SourceColumns of(Source source, Report report) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Boolean> number = new LinkedHashMap<>();
        Map<String, Boolean> text = new LinkedHashMap<>();
        for (Condition c : source.filter()) {
            use(c.column(), c.op(), headers, number, text);
        }
        for (SourceMeasure m : source.measures()) {
            if (m.column() != null) {
                use(m.column(), m.how().numeric(), headers, number, text);
            }
            for (Condition c : m.where()) {
                use(c.column(), c.op(), headers, number, text);
            }
        }
        List<KeptRows.Column> out = new ArrayList<>();
        int numbers = 0;
        int texts = 0;
        for (Map.Entry<String, String> e : headers.entrySet()) {
            boolean n = number.getOrDefault(e.getKey(), false);
            if (n && text.getOrDefault(e.getKey(), false)) {
                report.problem(0, e.getValue(), "the column is summed or compared as a number and compared as text too; "
                        + "compare it with numbers (\">\", \">=\", \"<\", \"<=\") or use another column");
            }
            out.add(new KeptRows.Column(e.getValue(), n, n ? numbers++ : texts++));
        }
        return new SourceColumns(out);
    }

    private static void use(String header, boolean numeric, Map<String, String> headers, Map<String, Boolean> number,
                            Map<String, Boolean> text) {
        String key = KeptRows.normalise(header);
        headers.putIfAbsent(key, header);
        (numeric ? number : text).put(key, true);
    }

    private static void use(String header, Condition.Op op, Map<String, String> headers, Map<String, Boolean> number,
                            Map<String, Boolean> text) {
        if (op.numeric() || op.textual()) {
            use(header, op.numeric(), headers, number, text);
        } else {
            headers.putIfAbsent(KeptRows.normalise(header), header);
        }
    }

    /** The columns in the order the source names them. */
    public List<KeptRows.Column> list() {
        return columns;
    }

    /** The column named {@code header} (matched as headers are), or null. */
    public KeptRows.Column get(String header) {
        return byKey.get(KeptRows.normalise(header));
    }

    public int numbers() {
        return (int) columns.stream().filter(KeptRows.Column::number).count();
    }

    public int texts() {
        return columns.size() - numbers();
    }
}
