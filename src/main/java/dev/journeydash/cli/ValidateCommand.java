package dev.journeydash.cli;

import dev.journeydash.Journeydash;
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
        Results results;
        try {
            results = Journeydash.compute(input.template, input.data, input.decimalChar(), input.dateOrderValue(),
                    Progress.NONE);
        } catch (InputException e) {
            err.println(e.getMessage());
            err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " found");
            return ExitCodes.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        results.data().notes().forEach(n -> err.println("note: " + n));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("OK: %s: %d stages, %d KPIs; %s: %d periods (%s to %s)%n", input.template,
                results.journey().stages().size(), results.journey().kpis().count(), input.data, results.periodCount(),
                results.data().periods().get(0).label(), results.data().periods().get(results.periodCount() - 1).label());
        out.flush();
        return ExitCodes.OK;
    }
}
