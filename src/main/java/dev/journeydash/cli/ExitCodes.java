package dev.journeydash.cli;

import dev.journeydash.io.OutputException;
import dev.journeydash.model.InputException;
import picocli.CommandLine;

/** Process exit codes, documented in the README, and the one mapping from failures to them. */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler {
    static final int OK = 0;
    /** A bug: an unexpected exception. */
    static final int INTERNAL = 1;
    /** Bad command-line usage (unknown option, missing argument, bad option value). */
    static final int USAGE = 2;
    /** The template or data is invalid; nothing was written. */
    static final int INVALID_INPUT = 3;
    /** The output could not be written. */
    static final int CANNOT_WRITE = 4;
    /** A batch ran, and some of its clients failed (each named with its messages); the others were written. */
    static final int SOME_FAILED = 5;

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof InputException) {
            return INVALID_INPUT;
        }
        if (e instanceof OutputException) {
            return CANNOT_WRITE;
        }
        if (e instanceof UsageException || e instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return INTERNAL;
    }

    /** Prints what went wrong for the user (a stack trace only for a bug) and returns its exit code. */
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        int code = getExitCode(e);
        cmd.getErr().println(code == INTERNAL ? "journeydash: internal error: " + e : e.getMessage());
        cmd.getErr().flush();
        return code;
    }
}
