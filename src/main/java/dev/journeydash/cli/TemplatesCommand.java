package dev.journeydash.cli;

import dev.journeydash.library.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "templates", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the built-in journeys, one line each (start a client's folder from one with init).")
final class TemplatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<TemplateLibrary.Entry> entries = TemplateLibrary.entries();
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (TemplateLibrary.Entry e : entries) {
            out.printf("%-" + width + "s  %2d stages, %2d KPIs  %s: %s%n", e.name(), e.stages(), e.kpis(), e.title(),
                    e.description());
        }
        out.printf("%nStart a client's folder: journeydash init --template NAME --client \"Client name\" FOLDER%n");
        out.flush();
        return ExitCodes.OK;
    }
}
