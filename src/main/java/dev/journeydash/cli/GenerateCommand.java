package dev.journeydash.cli;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generate the dashboard workbook from a template and data.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Output workbook. Default: output/<template name>.xlsx")
    Path out;

    @Option(names = "--periods-ahead", paramLabel = "N", defaultValue = "" + Request.DEFAULT_PERIODS_AHEAD,
            description = "Empty period rows prepared for data appended in Excel (default: ${DEFAULT-VALUE}).")
    int periodsAhead;

    @Mixin
    SelectOption select = new SelectOption();

    @Mixin
    LanguageOption lang = new LanguageOption();

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the HTML summary (see the report command).")
    Path html;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the computed model as JSON (docs/json.md).")
    Path json;

    @Option(names = "--png", paramLabel = "DIR", description = "Also write the report's charts as PNG files into DIR.")
    Path png;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress (progress is shown only on a terminal, "
            + "and only for runs longer than two seconds).")
    boolean quiet;

    @Override
    public Integer call() throws InputException, OutputException {
        PrintWriter err = spec.commandLine().getErr();
        TerminalProgress terminal = !quiet && System.console() != null ? new TerminalProgress(err) : null;
        try {
            return generate(err, terminal != null ? terminal : Progress.NONE);
        } finally {
            if (terminal != null) {
                terminal.finish();
            }
        }
    }

    private int generate(PrintWriter err, Progress progress) throws InputException, OutputException {
        if (periodsAhead < 0 || periodsAhead > 1000) {
            throw new UsageException("--periods-ahead must be 0 to 1000, not " + periodsAhead);
        }
        Request request = input.request().periodsAhead(periodsAhead).select(select.selection()).language(lang.code()).build();
        Results results = Journeydash.compute(request, progress);
        results.data().notes().forEach(n -> err.println("note: " + n));
        err.flush();
        Path target = out != null ? out : Output.defaultWorkbook(input.template != null ? input.template : Path.of(input.data.get(0)));
        if (!Output.isWorkbook(target)) {
            throw new UsageException("the output file must end in .xlsx: " + target);
        }
        ReportOutputs.Pending pending = ReportOutputs.start(request, results, html, json, png);
        try {
            // the workbook is moved into place only once the report is made too: a failing report writes neither
            Journeydash.write(results, request, Output.file(target, pending::ready), progress);
        } catch (OutputException e) {
            if (pending.failed()) {
                pending.get();
            }
            throw e;
        }
        ReportOutputs report = pending.get();
        int shown = Journeydash.shownPeriod(request, results);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote %s: %s, %s; journey score %s in %s%n", target, Summary.journey(results),
                Summary.periods(results), Summary.percent(results.journeyScore(shown)), results.data().periods().get(shown).label());
        report.write(stdout);
        return ExitCodes.OK;
    }
}
