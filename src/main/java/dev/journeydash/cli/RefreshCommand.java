package dev.journeydash.cli;

import dev.journeydash.Journeydash;
import dev.journeydash.io.Output;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import dev.journeydash.refresh.Refreshed;
import dev.journeydash.refresh.Transplant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "refresh", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Refresh a dashboard workbook journeydash made with new data, keeping what you changed or added: "
                + "targets, comments, text in free cells, your own sheets (with their formulas, charts and pictures), "
                + "columns beside the Data table, defined names and the period you chose.",
            "The previous file is kept beside it as NAME.previous.xlsx. The workbook keeps its template; give --template "
                + "only when the template changed."})
final class RefreshCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    LanguageOption lang = new LanguageOption();

    @Option(names = {"-w", "--workbook"}, paramLabel = "FILE", required = true,
            description = "The workbook to refresh (made by journeydash generate; refreshed in place).")
    Path workbook;

    @Option(names = "--no-backup", description = "Do not keep the previous file beside the workbook.")
    boolean noBackup;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress.")
    boolean quiet;

    @Override
    public Integer call() throws InputException, OutputException {
        if (!Output.isWorkbook(workbook)) {
            throw new UsageException("the workbook must be an .xlsx file: " + workbook);
        }
        PrintWriter err = spec.commandLine().getErr();
        TerminalProgress terminal = !quiet && System.console() != null ? new TerminalProgress(err) : null;
        Refreshed r;
        try {
            r = Journeydash.refresh(workbook, input.refreshRequest().language(lang.code()).build(), !noBackup,
                    terminal != null ? terminal : Progress.NONE);
        } finally {
            if (terminal != null) {
                terminal.finish();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Refreshed %s: %d periods (%s), showing %s%n", workbook, r.periods(),
                r.added().isEmpty() ? "none added" : "added " + String.join(", ", r.added()), r.selected());
        print(out, "Template changes", r.templateChanges());
        print(out, "Revised by the new data", r.revisions());
        print(out, "Kept your edited targets for", r.editedTargets());
        Transplant.Report k = r.kept();
        out.printf("Kept: %d comment%s, %d cell%s you typed, %d name%s, sheets: %s%n", k.comments(), k.comments() == 1 ? "" : "s",
                k.cells(), k.cells() == 1 ? "" : "s", k.names(), k.names() == 1 ? "" : "s",
                k.sheets().isEmpty() ? "none of yours" : String.join(", ", k.sheets()));
        if (k.lostShapes() > 0) {
            out.printf("Not kept: %d drawing shape%s on your sheets other than charts and pictures (text boxes, arrows)%n",
                    k.lostShapes(), k.lostShapes() == 1 ? "" : "s");
        }
        if (!k.namesNotKept().isEmpty()) {
            out.printf("Not kept: the defined name%s %s%n", k.namesNotKept().size() == 1 ? "" : "s",
                    String.join(", ", k.namesNotKept()));
        }
        if (r.backup() != null) {
            out.printf("Backup: %s%n", r.backup());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println(title + ":");
        lines.forEach(l -> out.println("  " + l));
    }
}
