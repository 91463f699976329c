package dev.shinsa.engine;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Optional file-watch mode ({@code shinsa.rules.watch=true}, off by default): a change anywhere in
 * the rules folder triggers the same reload as {@code POST /api/v1/rules/reload}, once the folder
 * has been quiet for {@code shinsa.rules.watch-quiet-ms} (an editor saving several files causes one
 * reload). A failed reload is logged with every problem and leaves the rule set in force.
 */
@ApplicationScoped
public class RulesWatcher {
    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);

    private final RuleEngine engine;
    private final boolean enabled;
    private final long quietMillis;
    private volatile WatchService watch;
    private volatile int reloads;

    public RulesWatcher(RuleEngine engine,
                        @ConfigProperty(name = "shinsa.rules.watch", defaultValue = "false") boolean enabled,
                        @ConfigProperty(name = "shinsa.rules.watch-quiet-ms", defaultValue = "500") long quietMillis) {
        this.engine = engine;
        this.enabled = enabled;
        this.quietMillis = quietMillis;
    }

    void start(@Observes StartupEvent ev) {
        if (!enabled) {
            return;
        }
        try {
            watch = FileSystems.getDefault().newWatchService();
            registerAll(engine.rulesDir());
        } catch (IOException e) {
            LOG.error("cannot watch " + engine.rulesDir() + ": " + e.getMessage() + "; reload with POST /api/v1/rules/reload");
            return;
        }
        Thread t = new Thread(this::loop, "rules-watcher");
        t.setDaemon(true);
        t.start();
        LOG.infof("watching %s: a change reloads the rules", engine.rulesDir().toAbsolutePath().normalize());
    }

    void stop(@Observes ShutdownEvent ev) throws IOException {
        if (watch != null) {
            watch.close();
        }
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                drain(key);
                // Wait until the folder is quiet, so one save of several files is one reload.
                WatchKey more;
                while ((more = watch.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerAll(engine.rulesDir()); // new sub-folders
                try {
                    RuleEngine.Reloaded r = engine.reload();
                    reloads++;
                    LOG.infof("rules changed on disk: now %s (%s)", r.ruleSet().version(), r.ruleSet().revision());
                } catch (RuleSetException e) {
                    LOG.error("rules changed on disk but do not build; the rule set in force is unchanged: " + e.getMessage());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("the rules watcher stopped: " + e.getMessage() + "; reload with POST /api/v1/rules/reload");
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** How many reloads the watcher has triggered (for tests and diagnostics). */
    public int reloads() {
        return reloads;
    }
}
