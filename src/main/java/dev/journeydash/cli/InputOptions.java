package dev.journeydash.cli;

import dev.journeydash.Request;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * Options shared by commands that read a template and data. How the data is read, strongest
 * first: --decimal and --date-order; --locale; the template's settings; detection per file.
 */
final class InputOptions {
    @Option(names = {"-t", "--template"}, paramLabel = "FILE", description = "Journey template (YAML). Without one, "
            + "the data's header names its preset (a Shopify orders export, a Stripe payments export...) and the built-in "
            + "journey of that field is used, with the KPIs the data can feed.")
    Path template;

    @Option(names = "--preset", paramLabel = "NAME", description = "Without --template: read the data with this preset "
            + "instead of the one its header identifies (journeydash presets lists them).")
    String preset;

    @Option(names = {"-d", "--data"}, paramLabel = "[NAME=]FILE",
            description = "KPI data (CSV, wide or long layout); for a template with sources, the file that replaces "
                    + "the one its source NAME names (NAME= may be left out when it has one source). Repeatable.")
    java.util.List<String> data = new java.util.ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value for a SQL source's parameter :NAME (e.g. --param period_start=2025-01), over the template's "
                    + "params:; bound as a value, never written into the query. Repeatable.")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets per period (CSV): the periods in the first "
            + "column, then a column per KPI id, each cell the KPI's target from that period on. Wins over the template's.")
    Path targets;

    @Option(names = "--brand", paramLabel = "FILE", description = "Brand file (YAML: client name, logo, colours, fonts, "
            + "page header and footer, currency; see docs/brand.md). Wins over the brand the template names.")
    Path brand;

    @Option(names = "--decimal", paramLabel = "SEP", description = "Decimal separator of the data: '.' or ','. Default: detected.")
    String decimal;

    @Option(names = "--date-order", paramLabel = "ORDER",
            description = "Order of nn/nn/yyyy dates in the data: day-first or month-first. Default: detected.")
    String dateOrder;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Locale the data was exported in, e.g. de-DE or en-US: gives the decimal separator and the "
                    + "date order where --decimal and --date-order are not given.")
    String locale;

    /** A request for the template and data, read as the options say; {@link UsageException} for a bad option value. */
    Request.Builder request() {
        if (template == null && data.isEmpty()) {
            throw new UsageException("give a template with --template FILE, or an export with --data FILE");
        }
        if (template == null && (data.size() != 1 || NAMED.matcher(data.get(0)).matches())) {
            throw new UsageException("without --template, give one export with --data FILE");
        }
        if (template != null && preset != null) {
            throw new UsageException("--preset goes without --template; a template names its presets in its sources");
        }
        return builder();
    }

    /** A refresh's request: new data required, the template optional (the workbook keeps its own). */
    Request.Builder refreshRequest() {
        if (preset != null) {
            throw new UsageException("--preset does not go with refresh: the workbook says how it was made");
        }
        // without --data, the template's sources are read again: SQL sources re-run their queries
        return data.isEmpty() ? builder().rerun() : builder();
    }

    private Request.Builder builder() {
        Request.Builder b = Request.builder().template(template).brand(brand).targets(targets).preset(preset).decimal(decimalValue())
                .dateOrder(dateOrderValue());
        params.forEach(b::param);
        boolean plain = false;
        for (String d : data) {
            java.util.regex.Matcher m = NAMED.matcher(d);
            if (m.matches()) {
                b.source(m.group(1), Path.of(m.group(2)));
            } else if (plain) {
                throw new UsageException("--data is given twice without a source name; write --data NAME=FILE for each source");
            } else {
                b.data(Path.of(d));
                plain = true;
            }
        }
        return b;
    }

    /** {@code shop=orders.csv}: a source name, then the file. */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("([a-z][a-z0-9_]{0,62})=(.+)");



    DateOrder dateOrderValue() {
        if (dateOrder != null) {
            DateOrder order = DateOrder.ofWord(dateOrder);
            if (order == null) {
                throw new UsageException("--date-order must be day-first or month-first, not " + dateOrder);
            }
            return order;
        }
        if (locale == null) {
            return DateOrder.DETECT;
        }
        // the locale's short date pattern: M/d/yy (en-US), dd/MM/y (en-GB), dd.MM.yy (de-DE), y-MM-dd (sv-SE)
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale());
        int month = pattern.indexOf('M');
        int day = pattern.indexOf('d');
        if (month < 0 || day < 0 || pattern.indexOf('y') < Math.min(month, day)) {
            return DateOrder.DETECT; // year first: the locale says nothing about nn/nn/yyyy dates
        }
        return month < day ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    }

    Decimal decimalValue() {
        if (decimal != null) {
            Decimal d = Decimal.ofText(decimal);
            if (d == null) {
                throw new UsageException("--decimal must be . or , not " + decimal);
            }
            return d;
        }
        if (locale == null) {
            return Decimal.DETECT;
        }
        char separator = DecimalFormatSymbols.getInstance(locale()).getDecimalSeparator();
        Decimal d = Decimal.ofText(String.valueOf(separator));
        if (d == null) {
            throw new UsageException("--locale " + locale + " writes decimals with \"" + separator
                    + "\", which journeydash does not read; give --decimal . or --decimal ,");
        }
        return d;
    }

    private Locale locale() {
        Locale l = Locale.forLanguageTag(locale.strip().replace('_', '-'));
        boolean known = !l.getLanguage().isEmpty()
                && Arrays.stream(Locale.getAvailableLocales()).anyMatch(a -> a.getLanguage().equals(l.getLanguage()));
        if (!known) {
            throw new UsageException("--locale must be a language tag such as en-US, en-GB or de-DE, not "
                    + locale);
        }
        return l;
    }
}
