package dev.journeydash.cli;

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
