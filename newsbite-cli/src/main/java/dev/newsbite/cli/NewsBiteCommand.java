package dev.newsbite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsbite} command and its subcommands. */
@Command(name = "newsbite", mixinStandardHelpOptions = true, version = "NewsBite 0.1.0",
        description = "News pages turned into the story alone.")
public final class NewsBiteCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static int run(String... args) {
        return new CommandLine(new NewsBiteCommand()).execute(args);
    }
}
