package dev.journeydash.cli;

import dev.journeydash.Journeydash;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import dev.journeydash.xlsx.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
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

    @Option(names = "--periods-ahead", paramLabel = "N", defaultValue = "36",
            description = "Empty period rows prepared for data appended in Excel (default: ${DEFAULT-VALUE}).")
    int periodsAhead;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress (progress is shown only on a terminal, "
            + "and only for runs longer than two seconds).")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        TerminalProgress terminal = !quiet && System.console() != null ? new TerminalProgress(err) : null;
        Progress progress = terminal != null ? terminal : Progress.NONE;
        try {
            return generate(err, stdout, progress);
        } finally {
            if (terminal != null) {
                terminal.finish();
            }
        }
    }

    private int generate(PrintWriter err, PrintWriter stdout, Progress progress) {
        Results results;
        try {
            results = Journeydash.compute(input.template, input.data, input.decimalChar(), input.dateOrderValue(),
                    progress);
        } catch (InputException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        results.data().notes().forEach(n -> err.println("note: " + n));
        err.flush();
        Path target = out != null ? out : Path.of("output", baseName(input.template) + ".xlsx");
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println("the output file must end in .xlsx: " + target);
            return ExitCodes.USAGE;
        }
        RenderOptions options = RenderOptions.builder()
                .periodsAhead(periodsAhead)
                .documentDate(Journeydash.documentDate(results, System.getenv("SOURCE_DATE_EPOCH")))
                .build();
        try {
            AtomicFile.write(target, o -> Journeydash.render(results, options, o, progress));
        } catch (IOException e) {
            err.println("cannot write " + target + ": " + reason(e));
            return ExitCodes.CANNOT_WRITE;
        }
        int last = results.periodCount() - 1;
        stdout.printf("Wrote %s: %s, %s; journey score %s in %s%n", target, Summary.journey(results),
                Summary.periods(results), percent(results.journeyScore(last)), results.data().periods().get(last).label());
        stdout.flush();
        return ExitCodes.OK;
    }

    /** What went wrong, in words: the JDK's file exceptions often carry only a path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied for " + f.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage();
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : Math.round(v * 100) + "%";
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
