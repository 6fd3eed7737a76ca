package dev.newsbite.cli;

import dev.newsbite.ExtractionException;
import dev.newsbite.fetch.FetchException;
import dev.newsbite.source.PageReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every failure of every command ends here: one line on standard error, no stack trace (unless
 * {@code NEWSBITE_DEBUG} is set), and the exit code of {@link ExitCodes} for its kind.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {
    private static final String PREFIX = "newsbite: ";

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println(PREFIX + message(e));
        if (System.getenv("NEWSBITE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return getExitCode(e);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(PREFIX + Messages.oneLine(e.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof CommandFailure f) {
            return f.exitCode();
        }
        if (e instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof PageReadException || e instanceof ExtractionException) {
            return ExitCodes.INPUT;
        }
        if (e instanceof FetchException) {
            return ExitCodes.FETCH;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return ExitCodes.OUTPUT;
        }
        return ExitCodes.INTERNAL;
    }

    private static String message(Throwable e) {
        if (e instanceof CommandFailure || e instanceof PageReadException || e instanceof ExtractionException
                || e instanceof FetchException || e instanceof ParameterException) {
            return Messages.oneLine(e.getMessage());
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (give Java more with -Xmx, or fewer --threads)";
        }
        return "internal error: " + Messages.describe(e);
    }
}
