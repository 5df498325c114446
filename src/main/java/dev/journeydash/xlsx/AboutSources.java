package dev.journeydash.xlsx;

import dev.journeydash.labels.Labels;

import dev.journeydash.model.Condition;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceMeasure;
import dev.journeydash.model.Sourcing;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The About sheet's "Data sources" section, for a journey with sources: per source its name,
 * file, preset, rows read and counted and dates; per measure how it is computed and whether the
 * workbook writes it as a formula over a raw-data sheet or as a value; the measures written as
 * values instead of formulas, with why; for a SQL source, its database and query.
 */
final class AboutSources {
    /** The query lines About shows, and the characters of each. */
    private static final int MAX_QUERY_LINES = 200;
    private static final int MAX_QUERY_LINE = 1000;

    private final SheetWriter w;
    private final RenderContext ctx;
    private final XSSFCellStyle text;
    private final XSSFCellStyle header;
    private final XSSFCellStyle bold;

    AboutSources(SheetWriter w, RenderContext ctx) {
        this.w = w;
        this.ctx = ctx;
        this.text = ctx.styles().get(Styles.Role.TEXT);
        this.header = ctx.styles().get(Styles.Role.HEADER);
        this.bold = ctx.styles().get(Styles.Role.BOLD_VALUE);
    }

    /** The section from row {@code row}; returns the row after it. */
    int write(int row) {
        List<Sourcing.Summary> sources = ctx.results().data().sourcing().sources();
        w.text(row++, 0, ctx.word("sources.title"), bold);
        headers(row, ctx.word("head.source"), ctx.word("head.file"), ctx.word("head.preset"), ctx.word("head.rowsRead"),
                ctx.word("head.counted"));
        w.text(row++, 5, ctx.word("head.dates"), ctx.styles().get(Styles.Role.HEADER_LEFT));
        XSSFCellStyle count = ctx.styles().get(Styles.Role.CENTER, "#,##0");
        for (Sourcing.Summary s : sources) {
            w.text(row, 0, s.name(), text);
            w.text(row, 1, AboutSheet.fileName(s.file()), text);
            w.text(row, 2, s.preset() == null ? "" : s.preset(), text);
            w.number(row, 3, s.rows(), count);
            w.number(row, 4, s.counted(), count);
            w.text(row++, 5, dates(s.first(), s.last()), text);
        }
        for (Sourcing.Summary s : sources) {
            row = query(row, s);
        }
        row = measures(row + 1, sources);
        return values(row + 1, sources);
    }

    /**
     * A SQL source's database and query, a line per row, and the names of the parameters bound into
     * it; never their values or any credential (a template holds none).
     */
    private int query(int row, Sourcing.Summary s) {
        if (s.query() == null) {
            return row;
        }
        w.text(++row, 0, ctx.word("sources.query", s.name(), s.query().database()), bold);
        row++;
        String[] lines = s.query().text().split("\\R", -1);
        for (int i = 0; i < Math.min(lines.length, MAX_QUERY_LINES); i++) {
            String line = lines[i].stripTrailing();
            w.text(row++, 0, line.length() > MAX_QUERY_LINE ? line.substring(0, MAX_QUERY_LINE) + "\u2026" : line, text);
        }
        if (lines.length > MAX_QUERY_LINES) {
            w.text(row++, 0, "\u2026", text);
        }
        if (!s.query().params().isEmpty()) {
            w.text(row++, 0, ctx.word("sources.params", String.join(", ", s.query().params().stream().map(p -> ":" + p).toList())),
                    text);
        }
        return row;
    }

    private void headers(int row, String... names) {
        for (int c = 0; c < names.length; c++) {
            w.text(row, c, names[c], header);
        }
    }

    /** Each source's measures: how computed, and how the workbook writes it. */
    private int measures(int row, List<Sourcing.Summary> sources) {
        w.text(row++, 0, ctx.word("sources.measures"), bold);
        headers(row, ctx.word("head.measure"), ctx.word("head.source"), ctx.word("head.inWorkbook"));
        // the last column's texts are long: its header runs over the columns they run into
        XSSFCellStyle left = ctx.styles().get(Styles.Role.HEADER_LEFT);
        w.text(row, 3, ctx.word("head.howComputed"), left);
        w.blank(row, 4, left);
        w.blank(row++, 5, left);
        for (Sourcing.Summary s : sources) {
            for (Map.Entry<String, String> m : s.measures().entrySet()) {
                w.text(row, 0, m.getKey(), text);
                w.text(row, 1, s.name(), text);
                w.text(row, 2, written(m.getKey()), text);
                w.text(row++, 3, m.getValue() + where(s.name(), m.getKey()), text);
            }
        }
        return row;
    }

    /** The measures written as values instead of formulas: those the workbook decided, then the readers' others. */
    private int values(int row, List<Sourcing.Summary> sources) {
        Map<String, String> values = new LinkedHashMap<>(ctx.sourced().values());
        // the workbook decides for the kept sources' measures; the readers' word stands for the others
        sources.forEach(s -> s.values().forEach((id, why) -> {
            if (ctx.sourced().get(id) == null) {
                values.putIfAbsent(id, why);
            }
        }));
        if (values.isEmpty()) {
            return row;
        }
        w.text(row++, 0, ctx.word("sources.values"), bold);
        for (Map.Entry<String, String> e : values.entrySet()) {
            w.text(row++, 0, e.getKey() + ": " + e.getValue() + ".", text);
        }
        return row;
    }

    private String written(String measure) {
        SourcedMeasures.Entry e = ctx.sourced().get(measure);
        if (e == null) {
            return ctx.word("sources.valuePerPeriod");
        }
        return e.formula() != null ? ctx.word("sources.formulaOver", ctx.layout().sourceRows(e.rows().source()).sheetName())
                : ctx.word("sources.value");
    }

    /** ", where Financial Status is paid and Total > 0": the source's filter and the measure's own conditions. */
    private String where(String source, String measure) {
        List<Condition> conditions = new ArrayList<>();
        KeptRows kept = ctx.results().data().sourcing().kept().stream().filter(k -> k.source().equals(source)).findFirst()
                .orElse(null);
        if (kept != null) {
            conditions.addAll(kept.filter());
            kept.measures().stream().filter(m -> m.measure().equals(measure)).forEach(m -> conditions.addAll(m.where()));
        } else {
            for (Source s : ctx.journey().sources()) {
                if (s.name().equals(source)) {
                    conditions.addAll(s.filter());
                    s.measures().stream().filter(m -> m.measure().equals(measure)).map(SourceMeasure::where)
                            .forEach(conditions::addAll);
                }
            }
        }
        return conditions.isEmpty() ? "" : ctx.word("sources.where", conditions.stream().map(c -> describe(c, ctx.labels()))
                .collect(Collectors.joining(" " + ctx.word("sources.and") + " ")));
    }

    /** "Financial Status is one of paid, refunded", "Total > 0". */
    static String describe(Condition c, Labels labels) {
        String values = String.join(", ", c.texts());
        return switch (c.op()) {
            case IS, NOT, ONE_OF, NOT_ONE_OF, STARTS_WITH, NOT_STARTS_WITH, CONTAINS, NOT_CONTAINS, EMPTY, NOT_EMPTY ->
                    labels.format("condition." + c.op().name().toLowerCase(java.util.Locale.ROOT), c.column(), values);
            default -> c.column() + " " + c.op().word() + " " + ExcelFormula.number(c.number());
        };
    }

    private String dates(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return ctx.word("sources.undated");
        }
        return first.equals(last) ? first.toString() : ctx.word("sources.dates", first.toString(), last.toString());
    }
}
