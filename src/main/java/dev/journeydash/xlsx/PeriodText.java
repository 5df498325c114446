package dev.journeydash.xlsx;

import dev.journeydash.labels.Labels;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Granularity;

/**
 * Texts that quote the Data sheet's periods, as formulas of its period column, so that they
 * follow a period pasted under the table: the period's label as {@code Period.label()} writes it
 * (built from {@code YEAR}, {@code MONTH} and {@code DAY}, not {@code TEXT}, whose format codes
 * depend on the reader's language), the data's range, and a warning when periods on the Data
 * sheet are text, which every formula leaves out.
 */
final class PeriodText {
    private PeriodText() { }

    /** The label of the period whose first day is the date serial {@code x} (an expression): "Jan 2026", "2026-Q1". */
    static String label(String x, Granularity g, Labels labels) {
        return switch (g) {
            case DAY -> "YEAR(" + x + ")&\"-\"&RIGHT(\"0\"&MONTH(" + x + "),2)&\"-\"&RIGHT(\"0\"&DAY(" + x + "),2)";
            case WEEK -> {
                // the ISO week's year and number are those of its Thursday
                String th = "(" + x + "-WEEKDAY(" + x + ",2)+4)";
                yield "YEAR(" + th + ")&\"-W\"&RIGHT(\"0\"&(INT((" + th + "-DATE(YEAR(" + th + "),1,1))/7)+1),2)";
            }
            case MONTH -> "CHOOSE(MONTH(" + x + ")," + months(labels) + ")&\" \"&YEAR(" + x + ")";
            case QUARTER -> "YEAR(" + x + ")&\"-Q\"&INT((MONTH(" + x + ")+2)/3)";
        };
    }

    /**
     * "Data Jan 2024 to Jan 2026" from the earliest to the latest period of {@code periods} (the
     * Data sheet's prepared period rows), "" when it has none; then, when some of its cells hold
     * text, "  \u00b7  \u26a0 1 period on Data is text, not a date".
     */
    static String rangeFormula(String periods, Granularity g, Labels labels) {
        return "IF(COUNT(" + periods + ")=0,\"\"," + fill(labels.get("period.range"), label("MIN(" + periods + ")", g, labels),
                label("MAX(" + periods + ")", g, labels)) + ")&" + textWarning(periods, labels);
    }

    /** "Data Jan 2024 to Dec 2025": the cached value of {@link #rangeFormula} for the generated data. */
    static String range(DataSet data, Labels labels) {
        return labels.format("period.range", labels.period(data.periods().get(0)),
                labels.period(data.periods().get(data.periods().size() - 1)));
    }

    /** "24 periods from Jan 2024 to Dec 2025." on the About sheet. */
    static String countFormula(String periods, Granularity g, Labels labels) {
        return fill(labels.get("period.count"), "COUNT(" + periods + ")", label("MIN(" + periods + ")", g, labels),
                label("MAX(" + periods + ")", g, labels)) + "&" + textWarning(periods, labels);
    }

    /** The cached value of {@link #countFormula} for the generated data. */
    static String count(DataSet data, Labels labels) {
        return labels.format("period.count", String.valueOf(data.periods().size()), labels.period(data.periods().get(0)),
                labels.period(data.periods().get(data.periods().size() - 1)));
    }

    /** The warning about text in the period column, "" when it has none: a text period drops out of every formula. */
    private static String textWarning(String periods, Labels labels) {
        String n = "(COUNTA(" + periods + ")-COUNT(" + periods + "))";
        String sheet = ExcelFormula.quote(labels.get("sheet.data"));
        return "IF(" + n + "=0,\"\",\"  \u00b7  \u26a0 \"&IF(" + n + "=1," + fill(labels.get("period.textOne"), n, sheet) + ","
                + fill(labels.get("period.textMany"), n, sheet) + "))";
    }

    /** The month names of {@code labels} as CHOOSE's list: "Jan","Feb",... */
    private static String months(Labels labels) {
        StringBuilder out = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            out.append(m > 1 ? "," : "").append(ExcelFormula.quote(labels.month(m)));
        }
        return out.toString();
    }

    /**
     * A bundle text with placeholders {0}, {1}... as a formula: its literal parts quoted, each
     * placeholder the expression {@code args[i]}, joined with &amp;. The text's quotes of
     * MessageFormat ('') are taken as one quote.
     */
    static String fill(String pattern, String... args) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(pattern);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(ExcelFormula.quote(pattern.substring(at, m.start()).replace("''", "'")));
            }
            parts.add(args[Integer.parseInt(m.group(1))]);
            at = m.end();
        }
        if (at < pattern.length()) {
            parts.add(ExcelFormula.quote(pattern.substring(at).replace("''", "'")));
        }
        return parts.isEmpty() ? "\"\"" : String.join("&", parts);
    }
}
