package dev.shinsa.cli;

import dev.shinsa.engine.RuleEngine;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

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
        // Quarkus' config is not up yet: this reads the usual two places; RuleEngine checks the folder.
        String dir = System.getProperty("shinsa.rules.dir", System.getenv().getOrDefault("SHINSA_RULES_DIR", "rules"));
        RuleEngine.preload(Path.of(dir));
        Quarkus.run(args);
    }
}
