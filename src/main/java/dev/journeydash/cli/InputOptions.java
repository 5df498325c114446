package dev.journeydash.cli;

import dev.journeydash.model.DateOrder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by commands that read a template and data. */
final class InputOptions {
    @Option(names = {"-t", "--template"}, required = true, paramLabel = "FILE", description = "Journey template (YAML).")
    Path template;

    @Option(names = {"-d", "--data"}, required = true, paramLabel = "FILE", description = "KPI data (CSV, wide or long layout).")
    Path data;

    @Option(names = "--decimal", paramLabel = "SEP", description = "Decimal separator of the data: '.' or ','. Default: detected.")
    String decimal;

    @Option(names = "--date-order", paramLabel = "ORDER",
            description = "Order of nn/nn/yyyy dates in the data: day-first or month-first. Default: detected.")
    String dateOrder;

    DateOrder dateOrderValue() {
        if (dateOrder == null) {
            return DateOrder.DETECT;
        }
        DateOrder order = DateOrder.ofWord(dateOrder);
        if (order == null) {
            throw new IllegalArgumentException("--date-order must be day-first or month-first, not " + dateOrder);
        }
        return order;
    }

    char decimalChar() {
        if (decimal == null) {
            return 0;
        }
        if (!decimal.equals(".") && !decimal.equals(",")) {
            throw new IllegalArgumentException("--decimal must be . or , not " + decimal);
        }
        return decimal.charAt(0);
    }
}
