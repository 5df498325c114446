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
        ExitCodes codes = new ExitCodes();
        return new CommandLine(new RootCommand())
                .setExitCodeExceptionMapper(codes)
                .setExecutionExceptionHandler(codes);
    }
}
