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
    private static final java.util.List<Logger> KEEP = new java.util.ArrayList<>();
    private static volatile boolean applied;

    private QuietLogging() {
    }

    public static synchronized void apply() {
        if (applied) {
            return;
        }
        ROOT.setLevel(Level.WARNING);
        DROOLS.setLevel(Level.SEVERE);
        KIE.setLevel(Level.SEVERE);
        // Drools logs through slf4j to the JBoss log manager, which is not the JDK's unless
        // java.util.logging.manager says so: set its levels too.
        org.jboss.logmanager.LogContext jboss = org.jboss.logmanager.LogContext.getSystemLogContext();
        for (String name : new String[] {"", "org.drools", "org.kie"}) {
            org.jboss.logmanager.Logger l = jboss.getLogger(name);
            // Drools' warnings are performance hints about eval() and property reactivity, not problems;
            // the commands report every real problem themselves.
            l.setLevel(name.isEmpty() ? Level.WARNING : Level.SEVERE);
            KEEP.add(l);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setLevel(Level.WARNING);
        ROOT.addHandler(stderr);
        applied = true;
    }
}
