package dev.journeydash.fuzz;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Valid CSV texts for the e-commerce template, in each layout the reader accepts, to mutate. */
enum CsvBases {
    /** sample-data/ecommerce.csv: wide, monthly, decimal point. */
    WIDE,
    /** The corpus' long layout: period, measure, value. */
    LONG,
    /** The sample's first months as semicolon-separated, decimal-comma numbers. */
    SEMICOLON_DECIMAL_COMMA,
    /** Daily rows (several per month, kept as raw rows) with a text column that is not a measure. */
    DAILY_WITH_TEXT,
    /** Long layout with a segment column, two rows per period and measure. */
    LONG_SEGMENTED,
    /** Wide, monthly, with a text column that is not a measure. */
    WIDE_WITH_NOTES;

    private String text;

    synchronized String text() {
        if (text == null) {
            text = make();
        }
        return text;
    }

    private String make() {
        String wide = Fuzz.read(Fuzz.ECOMMERCE_DATA);
        List<String> lines = wide.lines().toList();
        switch (this) {
            case WIDE:
                return wide;
            case LONG:
                return Fuzz.read(Fuzz.LONG_DATA);
            case SEMICOLON_DECIMAL_COMMA:
                return String.join("\n", lines.subList(0, 7)).replace(",", ";").replace(".", ",") + "\n";
            case DAILY_WITH_TEXT: {
                StringBuilder sb = new StringBuilder("date" + lines.get(0).substring("period".length()) + ",campaign\n");
                for (int m = 1; m <= 2; m++) {
                    String[] month = lines.get(m).split(",");
                    for (int d = 1; d <= 12; d++) {
                        sb.append(LocalDate.of(2024, m, d * 2));
                        for (int c = 1; c < month.length; c++) {
                            double v = Double.parseDouble(month[c]) / 12;
                            sb.append(',').append(c == 10 ? String.format(java.util.Locale.ROOT, "%.2f", v) : String.valueOf(Math.round(v)));
                        }
                        sb.append(',').append(d % 3 == 0 ? "" : d % 3 == 1 ? "winter sale" : "\"newsletter, week " + d + "\"");
                        sb.append('\n');
                    }
                }
                return sb.toString();
            }
            case LONG_SEGMENTED: {
                StringBuilder sb = new StringBuilder("period,channel,measure,value\n");
                for (String l : Fuzz.read(Fuzz.LONG_DATA).lines().skip(1).limit(40).toList()) {
                    String[] c = l.split(",");
                    double v = Double.parseDouble(c[2]);
                    sb.append(c[0]).append(",web,").append(c[1]).append(',').append(v / 2).append('\n');
                    sb.append(c[0]).append(",app,").append(c[1]).append(',').append(v / 2).append('\n');
                }
                return sb.toString();
            }
            case WIDE_WITH_NOTES: {
                StringBuilder sb = new StringBuilder(lines.get(0) + ",notes\n");
                for (int i = 1; i < lines.size(); i++) {
                    sb.append(lines.get(i)).append(',').append(i % 4 == 0 ? "\"launch, phase " + i + "\"" : i % 4 == 1 ? "" : "ok")
                            .append('\n');
                }
                return sb.toString();
            }
            default:
                throw new IllegalStateException(name());
        }
    }

    static List<CsvBases> all() {
        return Arrays.asList(values());
    }
}
