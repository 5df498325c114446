package dev.journeydash.xlsx;

import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Condition;
import dev.journeydash.model.Condition.Op;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Period;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceMeasure.How;
import dev.journeydash.model.Sourcing;
import dev.journeydash.template.TemplateLoader;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.journeydash.xlsx.KeptRowsBuilder.compare;
import static dev.journeydash.xlsx.KeptRowsBuilder.empty;
import static dev.journeydash.xlsx.KeptRowsBuilder.is;
import static dev.journeydash.xlsx.KeptRowsBuilder.texts;

/**
 * A source whose cells and conditions are hostile: quotes, operators, wildcards, ampersands,
 * line breaks, formula and DDE payloads, non-ASCII case. Each measure sums Amount (powers of
 * two, so each sum names its rows) where one condition holds; the values are worked out by hand.
 */
public final class HostileSources {
    public static final List<Period> PERIODS = List.of(SourcedSamples.month(1), SourcedSamples.month(2));
    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"click\")";
    static final String DDE = "@cmd|' /C calc'!A";
    static final String LINES = "line one\nline two";

    private HostileSources() { }

    /** The measures, each with its condition and its sums in January and February. */
    record Case(String id, Condition condition, double jan, double feb) { }

    static final List<Case> CASES = List.of(
            new Case("quoted", is("Note", "say \"hi\""), 1, 0),
            new Case("hyperlink", is("Note", HYPERLINK), 2, 0),
            new Case("ampersand", texts("Tag", Op.CONTAINS, "a&b"), 1 + 16, 0),
            new Case("star_first", texts("Tag", Op.STARTS_WITH, "*"), 2, 32),
            new Case("question", is("Note", "what?"), 4, 0),
            new Case("not_quote", texts("Note", Op.NOT, "x\"y"), 1 + 2 + 4 + 8 + 16, 64 + 128 + 256 + 512 + 1024),
            new Case("two_lines", is("Note", LINES), 8, 0),
            new Case("no_tilde", texts("Tag", Op.NOT_CONTAINS, "~"), 1 + 2 + 8 + 16, 32 + 64 + 256 + 512 + 1024),
            new Case("plus", is("Note", "+SUM(x)"), 0, 64),
            new Case("dde_or_minus", texts("Note", Op.ONE_OF, DDE, "-x"), 0, 128 + 256),
            new Case("unicode", is("Note", "ünïcode"), 16, 1024),
            new Case("not_unicode", texts("Note", Op.NOT, "ünïcode"), 1 + 2 + 4 + 8, 32 + 64 + 128 + 256 + 512),
            new Case("digits", is("Note", "2025"), 0, 0),
            new Case("across_lines", texts("Note", Op.CONTAINS, "one"), 8, 0),
            new Case("blank_note", empty("Note", true), 0, 0),
            new Case("over_1_5", compare("Amount", Op.GT, 1.5), 2 + 4 + 8 + 16, 32 + 64 + 128 + 256 + 512 + 1024));

    /** The rows: Note (line breaks in one cell), Tag (none), Amount. */
    static KeptRowsBuilder rows() {
        KeptRowsBuilder b = new KeptRowsBuilder("notes", "Date", Source.RowKind.EVENTS).text("Note").text("Tag").number("Amount")
                .row("2026-01-03", "say \"hi\"", "a&b c", 1.0)
                .row("2026-01-04", HYPERLINK, "*star", 2.0)
                .row("2026-01-05", "what?", "~tilde", 4.0)
                .row("2026-01-06", LINES, "plain", 8.0)
                .row("2026-01-07", "ÜNÏCODE", "a&b", 16.0)
                .row("2026-02-01", "x\"y", "*", 32.0)
                .row("2026-02-02", "+SUM(x)", "what", 64.0)
                .row("2026-02-03", DDE, "~", 128.0)
                .row("2026-02-04", "-x", "x*y", 256.0)
                .row("2026-02-05", "whatX", "-", 512.0)
                .row("2026-02-06", "ünïcode", null, 1024.0);
        CASES.forEach(c -> b.measure(c.id(), How.SUM, "Amount", c.condition()));
        return b;
    }

    /** The hostile source over January and February 2026 (both complete). */
    public static Results results() {
        KeptRowsBuilder rows = rows();
        StringBuilder yaml = new StringBuilder("name: Hostile criteria\nperiod: month\nmeasures:\n");
        CASES.forEach(c -> yaml.append("  ").append(c.id()).append(": { label: ").append(c.id()).append(" }\n"));
        yaml.append("stages:\n  - id: only\n    name: Only\n    kpis:\n");
        yaml.append("      - { id: share, formula: quoted / over_1_5, format: percent, better: higher, target: 0.5 }\n");
        yaml.append("      - { id: unicode_share, formula: unicode / not_quote, format: percent, better: higher, target: 0.5 }\n");
        Journey journey;
        try {
            journey = TemplateLoader.parse("hostile.yaml", yaml.toString()).withSources(List.of(rows.source("notes.csv", null)));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Map<String, double[]> measures = new LinkedHashMap<>();
        CASES.forEach(c -> measures.put(c.id(), new double[] {c.jan(), c.feb()}));
        var kept = rows.build(PERIODS);
        Sourcing sourcing = new Sourcing(List.of(new Sourcing.Summary("notes", "notes.csv", null, 11, 11,
                LocalDate.of(2026, 1, 3), LocalDate.of(2026, 2, 6), SourcedSamples.howTexts(kept), Map.of())),
                List.of(kept), Map.of());
        DataSet data = new DataSet("notes.csv", PERIODS, measures, List.of(), List.of(), null, sourcing);
        return Calculator.compute(journey, data);
    }
}
