package dev.shinsa.audit;

import dev.shinsa.domain.Decision;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's decision log (configuration {@code shinsa.decision-log.*}): every decision is
 * appended before its answer is sent, and the answer says whether it was ({@code decisionLog}).
 * See {@link DecisionLogWriter} for the file format and the durability it gives.
 */
@Startup
@ApplicationScoped
public class DecisionLog {
    private static final Logger LOG = Logger.getLogger(DecisionLog.class);

    private final DecisionLogWriter writer;
    private final boolean fsync;

    public DecisionLog(@ConfigProperty(name = "shinsa.decision-log.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "shinsa.decision-log.dir", defaultValue = "decisions") String dir,
                       @ConfigProperty(name = "shinsa.decision-log.max-file-bytes", defaultValue = "104857600") long maxFileBytes,
                       @ConfigProperty(name = "shinsa.decision-log.fsync", defaultValue = "false") boolean fsync,
                       @ConfigProperty(name = "shinsa.decision-log.mask") Optional<List<String>> mask) {
        this.fsync = enabled && fsync;
        if (!enabled) {
            writer = null;
            LOG.warn("the decision log is switched off (shinsa.decision-log.enabled=false): decisions are not recorded");
            return;
        }
        writer = new DecisionLogWriter(Path.of(dir), maxFileBytes, fsync, Set.copyOf(mask.orElse(List.of())));
        String problem = writer.open(LocalDate.now(ZoneOffset.UTC));
        if (problem == null) {
            LOG.infof("decision log: %s (fsync %s, masked fields %s)", writer.currentFile().toAbsolutePath().normalize(),
                    fsync, mask.orElse(List.of()));
        } else {
            LOG.error(problem + "; every answer will say that its decision was not logged until this is fixed");
        }
    }

    /** Whether each append waits for the disk (fsync): then it must not run on an event-loop thread. */
    public boolean syncsToDisk() {
        return fsync;
    }

    /** Logs one decision and returns it with the log's answer ({@code decisionLog}); unchanged when logging is off. */
    public Decision record(Decision decision, com.fasterxml.jackson.databind.JsonNode input, String caller) {
        return recordAll(List.of(new DecisionLogWriter.Entry(decision, input, caller))).get(0);
    }

    /** Logs several decisions in one append (a batch), in order. */
    public List<Decision> recordAll(List<DecisionLogWriter.Entry> entries) {
        List<Decision> out = new ArrayList<>(entries.size());
        if (writer == null) {
            entries.forEach(e -> out.add(e.decision()));
            return out;
        }
        String error = writer.append(entries);
        if (error != null) {
            LOG.error(error);
        }
        Decision.LogStatus status = error == null ? Decision.LogStatus.LOGGED : new Decision.LogStatus(false, error);
        entries.forEach(e -> out.add(e.decision().withLog(status)));
        return out;
    }

    public boolean enabled() {
        return writer != null;
    }

    /** Null while the log works (or is off); else the last write's error, rechecked, for health. */
    public String problem() {
        return writer == null ? null : writer.recheck();
    }

    public long written() {
        return writer == null ? 0 : writer.written();
    }

    public long failures() {
        return writer == null ? 0 : writer.failures();
    }

    public Path dir() {
        return writer == null ? null : writer.dir();
    }

    @PreDestroy
    void close() {
        if (writer != null) {
            writer.close();
        }
    }
}
