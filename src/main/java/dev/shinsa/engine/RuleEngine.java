package dev.shinsa.engine;

import dev.shinsa.screening.RulesUnavailableException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Holds the rule set in force. It is built from the rules folder at start; if that fails the
 * service stays up, answers 503 {@code rules_unavailable} to screenings, and logs every problem.
 */
@Startup
@ApplicationScoped
public class RuleEngine {
    private static final Logger LOG = Logger.getLogger(RuleEngine.class);

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final Path rulesDir;
    private volatile RuleSetException lastFailure;

    public RuleEngine(@ConfigProperty(name = "shinsa.rules.dir", defaultValue = "rules") String rulesDir) {
        this.rulesDir = Path.of(rulesDir);
        long start = System.nanoTime();
        try {
            RuleSet rs = RuleSetLoader.load(this.rulesDir);
            current.set(rs);
            LOG.infof("rule set %s (%s) loaded from %s: %d rules in %d ms", rs.version(), rs.revision(),
                    this.rulesDir.toAbsolutePath().normalize(), rs.rules().size(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuleSetException e) {
            lastFailure = e;
            LOG.error("no rule set in force: " + e.getMessage());
        }
    }

    /** The rule set in force; every request takes it once and uses that snapshot throughout. */
    public RuleSet current() {
        RuleSet rs = current.get();
        if (rs == null) {
            throw new RulesUnavailableException("no rule set is loaded from " + rulesDir.toAbsolutePath().normalize()
                    + (lastFailure == null ? "" : ": " + lastFailure.problems().size() + " problem(s), see the service log"));
        }
        return rs;
    }

    public Path rulesDir() {
        return rulesDir;
    }
}
