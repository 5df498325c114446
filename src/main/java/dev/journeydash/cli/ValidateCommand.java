package dev.journeydash.cli;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a template and data; write nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Request request = input.request().build();
        Results results;
        try {
            results = Journeydash.compute(request, Progress.NONE);
        } catch (InputException e) {
            // the problems are what validate reports: all of them, then how many
            err.println(e.getMessage());
            err.println(Summary.count(e.problems().size(), "problem") + " found");
            return ExitCodes.INVALID_INPUT;
        }
        results.data().notes().forEach(n -> err.println("note: " + n));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("OK: %s: %s; %s: %s%n", input.template != null ? input.template : results.journey().name(),
                Summary.journey(results), results.data().source(),
                Summary.periods(results));
        out.flush();
        return ExitCodes.OK;
    }
}
