package dev.journeydash.cli;

/** A command line that cannot be run as given (a bad option value); printed as it is, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
