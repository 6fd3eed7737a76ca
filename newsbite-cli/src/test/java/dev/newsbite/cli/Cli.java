package dev.newsbite.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code newsbite} in-process, as {@code Main} does, with standard streams captured. */
public final class Cli {
    /** What a run gave. */
    public record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    public static Result run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NewsBiteCommand.commandLine(stdin, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
