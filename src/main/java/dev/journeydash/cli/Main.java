package dev.journeydash.cli;

import picocli.CommandLine;

/** Command-line entry point. Exit codes: see {@link ExitCodes}. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests: call {@code execute} with setOut/setErr. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("journeydash: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cl;
    }
}
