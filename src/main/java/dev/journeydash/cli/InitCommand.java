package dev.journeydash.cli;

import dev.journeydash.io.OutputException;
import dev.journeydash.library.ClientFolder;
import dev.journeydash.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Start a client's folder from a built-in journey: the template with the client's name, a brand "
                + "file, sample data and a README; generate works in it at once.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--template"}, required = true, paramLabel = "NAME",
            description = "The built-in journey to start from (journeydash templates lists them).")
    String template;

    @Option(names = "--client", required = true, paramLabel = "NAME", description = "The client's name, as the Dashboard "
            + "and the report show it.")
    String client;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The client's folder: new, or empty.")
    Path folder;

    @Override
    public Integer call() throws InputException, OutputException {
        ClientFolder.Created created = ClientFolder.create(template, client, folder);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %s for %s: %s%n", created.folder(), client.strip(),
                String.join(", ", created.files().stream().map(p -> p.getFileName().toString()).toList()));
        out.printf("Make the workbook there with: cd %s && journeydash generate --template %s --data %s --brand %s --out %s%n",
                created.folder(), created.template().getFileName(), ClientFolder.DATA, ClientFolder.BRAND,
                template + ".xlsx");
        out.flush();
        return ExitCodes.OK;
    }
}
