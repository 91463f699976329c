package dev.shinsa.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The jar's entry point. With no arguments (or only options) it runs the service; with a command
 * ({@code check}, {@code replay}, {@code help}) it runs that command without starting a server and
 * exits with its status: {@code java -jar target/quarkus-app/quarkus-run.jar check}.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (args.length > 0 && ShinsaCommand.isCommand(args[0])) {
            System.exit(ShinsaCommand.execute(args));
        }
        Quarkus.run(args);
    }
}
