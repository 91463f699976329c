package dev.shinsa.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging for the code paths that run outside a started Quarkus (the {@code check} and {@code replay}
 * commands, benchmarks). Until Quarkus configures logging, its bootstrap log manager accepts every
 * level and queues the records in memory: Drools' TRACE messages then cost milliseconds per
 * screening and the queue grows. This sets warnings-only, printed to standard error.
 */
public final class QuietLogging {
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger DROOLS = Logger.getLogger("org.drools");
    private static final Logger KIE = Logger.getLogger("org.kie");
    private static volatile boolean applied;

    private QuietLogging() {
    }

    public static synchronized void apply() {
        if (applied) {
            return;
        }
        ROOT.setLevel(Level.WARNING);
        DROOLS.setLevel(Level.WARNING);
        KIE.setLevel(Level.WARNING);
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setLevel(Level.WARNING);
        ROOT.addHandler(stderr);
        applied = true;
    }
}
