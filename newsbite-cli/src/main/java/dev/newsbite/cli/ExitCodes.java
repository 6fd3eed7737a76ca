package dev.newsbite.cli;

/** The exit codes of {@code newsbite}, all in one place (also listed in its help). */
final class ExitCodes {
    static final int OK = 0;
    /** A bad option or argument (picocli's own code for usage errors). */
    static final int USAGE = 2;
    /** The page file or standard input cannot be read, or is not an HTML page. */
    static final int INPUT = 3;
    /** The URL cannot be fetched. */
    static final int FETCH = 4;
    /** The result cannot be written. */
    static final int OUTPUT = 5;
    /** A bug (sysexits' EX_SOFTWARE). */
    static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
