package dev.newsbite.spark;

/** Why the job could not run or finish, in one line for a person, with the exit code to give. */
final class JobFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit codes, as the command line's: inputs, output, and anything else (Spark or a bug). */
    static final int INPUT = 3;
    static final int OUTPUT = 5;
    static final int INTERNAL = 70;

    private final int exitCode;

    JobFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static JobFailure input(String message) {
        return new JobFailure(INPUT, message, null);
    }

    static JobFailure output(String message, Throwable cause) {
        return new JobFailure(OUTPUT, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
