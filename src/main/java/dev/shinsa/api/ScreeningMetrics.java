package dev.shinsa.api;

import dev.shinsa.audit.DecisionLog;
import dev.shinsa.domain.Outcome;
import dev.shinsa.engine.RuleEngine;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.screening.RulesUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The service's own Prometheus metrics (names as scraped from {@code /q/metrics}; the README lists them):
 * <ul>
 * <li>{@code shinsa_screenings_total{kind, outcome}}: decisions made, {@code kind} single or batch (one per batch item);</li>
 * <li>{@code shinsa_screening_errors_total{kind, code}}: screenings refused with an {@link ApiError} code;</li>
 * <li>{@code shinsa_screening_duration_seconds{kind}}: time per request, parse to decision, with histogram buckets;</li>
 * <li>{@code shinsa_ruleset_info{version, revision}} = 1 for the rule set in force; {@code shinsa_ruleset_loaded} 1 or 0;
 *     {@code shinsa_ruleset_rules}; {@code shinsa_ruleset_loaded_timestamp_seconds};</li>
 * <li>{@code shinsa_ruleset_reloads_total{result=success|failure}} (counted by {@link ReloadMetrics});</li>
 * <li>{@code shinsa_decision_log_written_total}, {@code shinsa_decision_log_failures_total}: decision-log appends,
 *     and {@code shinsa_decision_log_pending}: appends queued for the log's writer, its lag behind the screenings
 *     (read from {@link DecisionLog} at scrape time; an answer waits until its decision is written, so the lag
 *     shows as latency, never as answered decisions missing from the log).</li>
 * </ul>
 * Meters are created once and kept, so the request path does no registry look-up.
 */
@ApplicationScoped
public class ScreeningMetrics {
    public static final String SINGLE = "single";
    public static final String BATCH = "batch";

    private final MeterRegistry registry;
    private final RuleEngine engine;
    /** Kept here because Micrometer holds the state of a function counter only weakly. */
    private final DecisionLog decisionLog;
    private final Map<Outcome, Counter> singleOutcomes = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Counter> batchOutcomes = new EnumMap<>(Outcome.class);
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();
    private final Timer singleTimer;
    private final Timer batchTimer;
    private final Counter reloadSuccess;
    private final Counter reloadFailure;
    private final MultiGauge ruleSetInfo;
    private volatile RuleSet shown;

    public ScreeningMetrics(MeterRegistry registry, RuleEngine engine, DecisionLog decisionLog) {
        this.registry = registry;
        this.engine = engine;
        this.decisionLog = decisionLog;
        for (Outcome o : Outcome.values()) {
            singleOutcomes.put(o, outcomeCounter(SINGLE, o));
            batchOutcomes.put(o, outcomeCounter(BATCH, o));
        }
        singleTimer = timer(SINGLE);
        batchTimer = timer(BATCH);
        reloadSuccess = reloadCounter("success");
        reloadFailure = reloadCounter("failure");
        ruleSetInfo = MultiGauge.builder("shinsa.ruleset.info")
                .description("The rule set in force: always 1, labelled with its version and revision").register(registry);
        Gauge.builder("shinsa.ruleset.loaded", this, m -> m.inForce() == null ? 0 : 1)
                .description("1 while a rule set is in force, 0 while none is (screenings answer 503)").strongReference(true).register(registry);
        Gauge.builder("shinsa.ruleset.rules", this, m -> m.inForce() == null ? 0 : m.inForce().rules().size())
                .description("Rules in the rule set in force").strongReference(true).register(registry);
        Gauge.builder("shinsa.ruleset.loaded.timestamp", this,
                        m -> m.inForce() == null ? 0 : m.inForce().loadedAt().toEpochMilli() / 1000.0)
                .description("When the rule set in force was built (Unix time)").baseUnit("seconds").strongReference(true).register(registry);
        FunctionCounter.builder("shinsa.decision.log.written", decisionLog, DecisionLog::written)
                .description("Decisions appended to the decision log").register(registry);
        FunctionCounter.builder("shinsa.decision.log.failures", decisionLog, DecisionLog::failures)
                .description("Appends to the decision log that failed (the answers said decisionLog.logged=false)")
                .register(registry);
        Gauge.builder("shinsa.decision.log.pending", decisionLog, DecisionLog::pending)
                .description("Decision-log appends queued for the writer: the log's lag (those answers wait for it)")
                .strongReference(true)
                .register(registry);
        refreshRuleSetInfo();
    }

    /** Refreshes {@code shinsa_ruleset_info} just before every scrape of {@code /q/metrics}, so it follows any reload. */
    void beforeScrape(@Observes Filters filters) {
        filters.register(ctx -> {
            if (ctx.normalizedPath().endsWith("/q/metrics")) {
                refreshRuleSetInfo();
            }
            ctx.next();
        }, 50);
    }

    void refreshRuleSetInfo() {
        RuleSet rs = inForce();
        if (rs == shown) {
            return;
        }
        shown = rs;
        ruleSetInfo.register(rs == null ? List.of()
                : List.of(MultiGauge.Row.of(Tags.of("version", rs.version(), "revision", rs.revision()), 1)), true);
    }

    private RuleSet inForce() {
        try {
            return engine.current();
        } catch (RulesUnavailableException e) {
            return null;
        }
    }

    public void decided(String kind, Outcome outcome) {
        (BATCH.equals(kind) ? batchOutcomes : singleOutcomes).get(outcome).increment();
    }

    public void refused(String kind, String code) {
        errors.computeIfAbsent(kind + '|' + code, k -> Counter.builder("shinsa.screening.errors")
                .description("Screenings refused, by error code (batch: per invalid item and per refused request)")
                .tags("kind", kind, "code", code).register(registry)).increment();
    }

    public void took(String kind, long nanos) {
        (BATCH.equals(kind) ? batchTimer : singleTimer).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void reloaded(boolean success) {
        (success ? reloadSuccess : reloadFailure).increment();
        refreshRuleSetInfo();
    }

    private Counter outcomeCounter(String kind, Outcome o) {
        return Counter.builder("shinsa.screenings").description("Decisions made, by outcome")
                .tags("kind", kind, "outcome", o.name()).register(registry);
    }

    private Timer timer(String kind) {
        return Timer.builder("shinsa.screening.duration")
                .description("Time to answer a screening request, from the parsed request to the logged decision (batch: the whole batch)")
                .tags("kind", kind)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    private Counter reloadCounter(String result) {
        return Counter.builder("shinsa.ruleset.reloads").description("Rule-set reloads through POST /api/v1/rules/reload, by result")
                .tags("result", result).register(registry);
    }
}
