package dev.newsbite.cli;

/**
 * A command cannot go on: a one-line message for the person at the terminal and the exit code to
 * leave with. Commands throw it; {@link Failures} prints it.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause, false, false);
        this.exitCode = exitCode;
    }

    static CommandFailure input(String message, Throwable cause) {
        return new CommandFailure(ExitCodes.INPUT, message, cause);
    }

    static CommandFailure fetch(String message, Throwable cause) {
        return new CommandFailure(ExitCodes.FETCH, message, cause);
    }

    static CommandFailure output(String message, Throwable cause) {
        return new CommandFailure(ExitCodes.OUTPUT, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
