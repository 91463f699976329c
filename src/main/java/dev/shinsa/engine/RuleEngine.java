package dev.shinsa.engine;

import dev.shinsa.screening.RulesUnavailableException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Holds the rule set in force. It is built from the rules folder at start; if that fails the
 * service stays up, answers 503 {@code rules_unavailable} to screenings, and logs every problem.
 * {@link #reload} builds a new rule set, warms it on the shipped examples, and swaps it in whole;
 * any problem leaves the old one in force. Requests take {@link #current} once and keep that
 * snapshot, so none ever sees half of one rule set and half of another.
 */
@Startup
@ApplicationScoped
public class RuleEngine {
    private static final Logger LOG = Logger.getLogger(RuleEngine.class);
    /** The first load, if {@link #preload} started it before Quarkus booted. */
    private static volatile Preload preload;

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final Path rulesDir;
    private final Consumer<RuleSet> warmer;
    private volatile RuleSetException lastFailure;

    /** The outcome of a reload: the rule set now in force, the one before, and how long the build took. */
    public record Reloaded(RuleSet ruleSet, String previousRevision, long millis) {
    }

    private record Preload(Path dir, CompletableFuture<RuleSet> ruleSet, long started) {
    }

    /**
     * Starts loading the rule set of {@code rulesDir} on its own thread, so that compiling the DRL (most
     * of the start) overlaps Quarkus' boot on the other core. The engine takes the result if its
     * configured folder is the same, and loads the folder itself otherwise.
     */
    public static void preload(Path rulesDir) {
        CompletableFuture<RuleSet> f = new CompletableFuture<>();
        preload = new Preload(rulesDir.toAbsolutePath().normalize(), f, System.nanoTime());
        Thread t = new Thread(() -> {
            try {
                RuleSet rs = RuleSetLoader.load(rulesDir);
                // The first screening would otherwise compile every condition (Drools does it lazily) and
                // load the classes of validation and decisions, after the boot, with the rule set ready.
                RuleSetWarmer.screenExamples(rs, 1);
                f.complete(rs);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "shinsa-rules-preload");
        t.setDaemon(true);
        t.start();
    }

    public RuleEngine(@ConfigProperty(name = "shinsa.rules.dir", defaultValue = "rules") String rulesDir,
                      RuleSetWarmer warmer) {
        this.rulesDir = Path.of(rulesDir);
        this.warmer = warmer;
        long start = System.nanoTime();
        try {
            Preload p = preload;
            preload = null;
            RuleSet rs;
            if (p != null && p.dir().equals(this.rulesDir.toAbsolutePath().normalize())) {
                start = p.started();
                rs = RuleSetLoader.joined(p.ruleSet());
            } else {
                rs = RuleSetLoader.load(this.rulesDir);
            }
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

    /**
     * Rebuilds the rule set from the rules folder, warms it, and swaps it in. One reload at a time.
     *
     * @throws RuleSetException listing every problem; the rule set in force is unchanged
     */
    @RuleSetReload
    public synchronized Reloaded reload() {
        long start = System.nanoTime();
        RuleSet fresh = RuleSetLoader.load(rulesDir);
        warmer.accept(fresh);
        RuleSet old = current.getAndSet(fresh);
        lastFailure = null;
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("rule set %s (%s) reloaded from %s: %d rules in %d ms (was %s)", fresh.version(), fresh.revision(),
                rulesDir.toAbsolutePath().normalize(), fresh.rules().size(), millis, old == null ? "none" : old.revision());
        return new Reloaded(fresh, old == null ? null : old.revision(), millis);
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /** The example requests shipped with the rules, used to warm a new rule set. */
    static List<Path> examples(Path rulesDir) {
        Path dir = rulesDir.resolve("examples");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        } catch (IOException e) {
            return List.of();
        }
    }
}
