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
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

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

    public DecisionLog(@ConfigProperty(name = "shinsa.decision-log.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "shinsa.decision-log.dir", defaultValue = "decisions") String dir,
                       @ConfigProperty(name = "shinsa.decision-log.max-file-bytes", defaultValue = "104857600") long maxFileBytes,
                       @ConfigProperty(name = "shinsa.decision-log.fsync", defaultValue = "false") boolean fsync,
                       @ConfigProperty(name = "shinsa.decision-log.mask") Optional<List<String>> mask) {
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

    /**
     * Logs one decision; the stage completes with the decision and the log's answer ({@code decisionLog}) once
     * it is written (on the log's writer thread), or at once, unchanged, when logging is off.
     */
    public CompletableFuture<Decision> recordAsync(Decision decision, com.fasterxml.jackson.databind.JsonNode input, String caller) {
        if (writer == null) {
            return CompletableFuture.completedFuture(decision);
        }
        return writer.appendAsync(List.of(new DecisionLogWriter.Entry(decision, input, caller)))
                .thenApply(error -> decision.withLog(status(error, List.of(decision))));
    }

    /** Logs several decisions in one append (a batch), in order, and waits for it. Not for an event-loop thread. */
    public List<Decision> recordAll(List<DecisionLogWriter.Entry> entries) {
        List<Decision> out = new ArrayList<>(entries.size());
        if (writer == null) {
            entries.forEach(e -> out.add(e.decision()));
            return out;
        }
        entries.forEach(e -> out.add(e.decision()));
        Decision.LogStatus status = status(writer.append(entries), out);
        out.replaceAll(d -> d.withLog(status));
        return out;
    }

    /** Error lines about unlogged decisions per second, at most: a full disk must not flood the service's own log. */
    static final int UNLOGGED_LINES_PER_SECOND = 20;
    private final java.util.concurrent.atomic.AtomicLong unloggedSecond = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger unloggedLines = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong unloggedSuppressed = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The log's answer for {@code decisions}. When they could not be written, one error line for the append (a single
     * screening, or a whole batch) naming its decisions, with decisionId (or decisionIds) and transactionId in the MDC
     * (fields of the JSON log): the service's own log is then the only record of them, besides the caller's. At most
     * {@value #UNLOGGED_LINES_PER_SECOND} such lines a second; the next line says how many were left out
     * ({@code shinsa_decision_log_failures_total} counts every one).
     */
    private Decision.LogStatus status(String error, List<Decision> decisions) {
        if (error == null) {
            return Decision.LogStatus.LOGGED;
        }
        if (decisions.isEmpty()) {
            return new Decision.LogStatus(false, error);
        }
        long second = System.nanoTime() / 1_000_000_000L;
        long previous = unloggedSecond.get();
        if (second != previous && unloggedSecond.compareAndSet(previous, second)) {
            unloggedLines.set(0);
        }
        if (unloggedLines.incrementAndGet() > UNLOGGED_LINES_PER_SECOND) {
            unloggedSuppressed.addAndGet(decisions.size());
            return new Decision.LogStatus(false, error);
        }
        long suppressed = unloggedSuppressed.getAndSet(0);
        String also = suppressed == 0 ? "" : " (and " + suppressed + " more decisions, not named: too many lines a second)";
        Decision first = decisions.get(0);
        if (decisions.size() == 1) {
            MDC.put("decisionId", first.decisionId());
        } else {
            MDC.put("decisionIds", String.join(",", decisions.stream().map(Decision::decisionId).toList()));
        }
        if (decisions.size() == 1 && first.transactionId() != null) {
            MDC.put("transactionId", first.transactionId());
        }
        try {
            if (decisions.size() == 1) {
                LOG.errorf("decision %s (transaction %s, %s) is not in the decision log%s: %s", first.decisionId(),
                        first.transactionId(), first.outcome(), also, error);
            } else {
                LOG.errorf("the %d decisions of a batch (%s ... %s) are not in the decision log%s: %s", decisions.size(),
                        first.decisionId(), decisions.get(decisions.size() - 1).decisionId(), also, error);
            }
        } finally {
            MDC.remove("decisionId");
            MDC.remove("decisionIds");
            MDC.remove("transactionId");
        }
        return new Decision.LogStatus(false, error);
    }

    /** Appends waiting for the writer (the log's lag); 0 when logging is off. */
    public int pending() {
        return writer == null ? 0 : writer.pending();
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
