package dev.shinsa.api;

import dev.shinsa.engine.RuleEngine;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.screening.RulesUnavailableException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Health for {@code /q/health}. Readiness ({@code /q/health/ready}) is DOWN while no rule set is in
 * force, because every screening would answer 503, and UP with the rule set's identity otherwise
 * (a failed reload keeps the old rule set, so it stays UP). Liveness ({@code /q/health/live}) never
 * looks at the rules: a broken rules folder is fixed by a reload, not by restarting the process.
 */
public class RuleSetHealth {
    private RuleSetHealth() {
    }

    /** On the event loop too: it reads one reference. */
    @Readiness
    @ApplicationScoped
    @NonBlocking
    public static class Ready implements HealthCheck {
        private final RuleEngine engine;

        public Ready(RuleEngine engine) {
            this.engine = engine;
        }

        @Override
        public HealthCheckResponse call() {
            RuleSet rs;
            try {
                rs = engine.current();
            } catch (RulesUnavailableException e) {
                return HealthCheckResponse.named("rule-set").down()
                        .withData("message", e.getMessage() + "; fix the rules and POST /api/v1/rules/reload")
                        .build();
            }
            return HealthCheckResponse.named("rule-set").up()
                    .withData("version", rs.version())
                    .withData("revision", rs.revision())
                    .withData("loadedAt", rs.loadedAt().toString())
                    .withData("ruleCount", rs.rules().size())
                    .withData("sectorsVersion", String.valueOf(rs.sectors().version()))
                    .withData("coverageFrom", String.valueOf(rs.coverageFrom()))
                    .build();
        }
    }

    /**
     * On the event loop ({@code @NonBlocking}), not on a worker thread: batches waiting for the {@link BatchGate}
     * hold worker threads, and a liveness probe queued behind them could time out and restart a busy pod.
     */
    @Liveness
    @ApplicationScoped
    @NonBlocking
    public static class Live implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("service");
        }
    }
}
