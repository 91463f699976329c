package dev.shinsa.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line for rule authors: {@code check} and {@code replay}; without a command the jar runs the service. */
@Command(name = "shinsa", mixinStandardHelpOptions = true, version = "shinsa 0.1.0",
        description = "FEFTA investment screening. Without a command: run the service. Commands work without a server.",
        subcommands = {CheckCommand.class, ReplayCommand.class, NewCallerCommand.class, CommandLine.HelpCommand.class})
public class ShinsaCommand implements Runnable {
    private static final Set<String> COMMANDS = Set.of("check", "replay", "new-caller", "help", "--help", "-h", "--version", "-V");

    static boolean isCommand(String first) {
        return COMMANDS.contains(first);
    }

    /** Runs a command line and returns its exit status (0 success, 1 a failed check, 2 bad usage). */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), args);
    }

    /** Runs a command line writing to {@code out} (for tests and embedding). */
    public static int execute(java.io.PrintWriter out, String... args) {
        QuietLogging.apply();
        return new CommandLine(new ShinsaCommand()).setOut(out).setErr(out).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** The rules folder: the option, else SHINSA_RULES_DIR, else {@code rules}. */
    static String defaultRulesDir() {
        String env = System.getenv("SHINSA_RULES_DIR");
        return env == null || env.isBlank() ? "rules" : env;
    }
}
