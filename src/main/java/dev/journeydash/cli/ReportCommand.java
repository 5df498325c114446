package dev.journeydash.cli;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the dashboard as one self-contained HTML file (or the computed model as JSON) for "
                + "readers without Excel.",
                "The HTML loads nothing from the network; with --png, its charts are also written as PNG files for slides."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    SelectOption select = new SelectOption();

    @Mixin
    LanguageOption lang = new LanguageOption();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Output file. Default: output/<template name>.html (or .json with --format json)")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "html (the summary page, default) or json (the computed model, see docs/json.md)")
    String format;

    @Option(names = "--png", paramLabel = "DIR", description = "Also write the report's charts as PNG files "
            + "(twice the screen resolution) into DIR.")
    Path png;

    @Override
    public Integer call() throws InputException, OutputException {
        String f = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("html") && !f.equals("json")) {
            throw new UsageException("--format must be html or json, not " + format);
        }
        Request request = input.request().select(select.selection()).language(lang.code()).build();
        Results results = Journeydash.compute(request);
        PrintWriter err = spec.commandLine().getErr();
        results.data().notes().forEach(n -> err.println("note: " + n));
        err.flush();
        Path target = out != null ? out
                : Output.defaultFile(input.template != null ? input.template : Path.of(input.data.get(0)), "." + f);
        ReportOutputs outputs = ReportOutputs.render(request, results, f.equals("html") ? target : null,
                f.equals("json") ? target : null, png);
        outputs.write(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
