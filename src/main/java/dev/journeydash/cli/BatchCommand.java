package dev.journeydash.cli;

import dev.journeydash.batch.Batch;
import dev.journeydash.batch.ClientRun;
import dev.journeydash.batch.Manifest;
import dev.journeydash.batch.ManifestReader;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generate the workbook of every client a manifest lists, in parallel. The manifest is YAML (clients: "
                + "a list of entries) or CSV with the header client,template,data,brand,lang,out; paths are relative to it; "
                + "a client's out defaults to output/<client>.xlsx beside it. A failing client leaves no file and does not "
                + "stop the others.")
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "The manifest (.yaml, .yml or .csv).")
    Path manifest;

    @Option(names = "--html", description = "Also write each client's HTML summary beside its workbook (NAME.html).")
    boolean html;

    @Option(names = "--json", description = "Also write each client's computed model beside its workbook (NAME.json).")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Clients made at once. Default: the available cores.")
    Integer threads;

    @Override
    public Integer call() throws InputException {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > 256) {
            throw new UsageException("--threads must be 1 to 256, not " + n);
        }
        Manifest m = ManifestReader.read(manifest);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Batch.Outcome> outcomes = Batch.run(m, new Batch.Options(html, json, n), BatchCommand::describe, o -> {
            if (o.ok()) {
                out.printf("%s: wrote %s: %s%n", o.run().client(), String.join(", ", o.files().stream().map(Path::toString)
                        .toList()), o.summary());
                out.flush();
            } else {
                err.printf("%s (%s line %d) failed, nothing written:%n", o.run().client(), m.file(), o.run().line());
                o.problems().forEach(p -> err.println("  " + p));
                err.flush();
            }
        });
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        long ms = outcomes.stream().mapToLong(Batch.Outcome::millis).sum();
        String counts = Summary.count(outcomes.size() - failed, "client") + " made";
        if (failed > 0) {
            err.printf("%s, %s failed: %s%n", counts, failed, String.join(", ", outcomes.stream().filter(o -> !o.ok())
                    .map(Batch.Outcome::run).map(ClientRun::client).toList()));
            err.flush();
            return ExitCodes.SOME_FAILED;
        }
        out.printf("%s (%,d ms of work on %s)%n", counts, ms, Summary.count(Math.min(n, outcomes.size()), "thread"));
        out.flush();
        return ExitCodes.OK;
    }

    private static String describe(Results r, int shown) {
        return Summary.journey(r) + ", " + Summary.periods(r) + "; journey score " + Summary.percent(r.journeyScore(shown))
                + " in " + r.data().periods().get(shown).label();
    }
}
