package dev.newsbite.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsbite} command and its subcommands. */
@Command(name = "newsbite", mixinStandardHelpOptions = true, version = "NewsBite 0.1.0",
        description = "News pages turned into the story alone.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (batch: the batch ran, even if some pages failed)",
            "2:usage error (bad option or argument)",
            "3:input error (file missing or unreadable, not an HTML page)",
            "4:fetch error (URL refused, unreachable, too large, HTTP error)",
            "5:output error (cannot write the result)",
            "70:internal error (a bug: please report it)"})
public final class NewsBiteCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line with its subcommands and its failure handling, reading standard input from
     * {@code stdin} and writing to {@code out} and {@code err} (tests pass their own).
     */
    public static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
        Failures failures = new Failures();
        CommandLine cmd = new CommandLine(new NewsBiteCommand())
                .addSubcommand("read", new ReadCommand(stdin))
                .addSubcommand("batch", new BatchCommand())
                .addSubcommand("feed", new FeedCommand())
                .addSubcommand("serve", new ServeCommand())
                .addSubcommand("search", new SearchCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(failures);
        cmd.setParameterExceptionHandler(failures);
        cmd.setExitCodeExceptionMapper(failures);
        return cmd;
    }
}
