package dev.newsbite.cli;

/** Entry point of the {@code newsbite} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(NewsBiteCommand.run(args));
    }
}
