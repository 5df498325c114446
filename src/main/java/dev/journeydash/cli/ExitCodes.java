package dev.journeydash.cli;

/** Process exit codes, documented in the README. */
final class ExitCodes {
    static final int OK = 0;
    /** A bug: an unexpected exception. */
    static final int INTERNAL = 1;
    /** Bad command-line usage (unknown option, missing argument). */
    static final int USAGE = 2;
    /** The template or data is invalid; nothing was written. */
    static final int INVALID_INPUT = 3;
    /** The output could not be written. */
    static final int CANNOT_WRITE = 4;

    private ExitCodes() { }
}
