package dev.journeydash.cli;

import picocli.CommandLine.Command;

@Command(name = "journeydash", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns a customer-journey KPI template and KPI data (CSV) into a formula-driven Excel dashboard.",
        subcommands = {GenerateCommand.class, ReportCommand.class, RefreshCommand.class, ValidateCommand.class,
            TemplatesCommand.class, InitCommand.class, BatchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error", "3:invalid template or data (nothing written)",
            "4:the output could not be written", "5:batch: some clients failed (each is named; the others were written)"})
final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say which command to run: generate, report, refresh, validate, templates, init or batch");
    }
}
