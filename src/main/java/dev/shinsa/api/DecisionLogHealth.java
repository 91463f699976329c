package dev.shinsa.api;

import dev.shinsa.audit.DecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the decision log: DOWN while decisions cannot be written (a full disk, a folder that
 * is not writable), so that a load balancer prefers replicas that can record what they decide; the
 * answers themselves say {@code "decisionLog": {"logged": false}} meanwhile. Each health call
 * rechecks the folder, so the check turns UP again once space is freed.
 * With {@code shinsa.decision-log.readiness=false} the check stays UP and only reports the error: for
 * replicas that share one log volume, which would all turn DOWN together when it is full, leaving no
 * replica to answer (alert on {@code shinsa_decision_log_failures_total} instead).
 */
@Readiness
@ApplicationScoped
public class DecisionLogHealth implements HealthCheck {
    private final DecisionLog log;
    private final boolean gatesReadiness;

    public DecisionLogHealth(DecisionLog log,
                             @ConfigProperty(name = "shinsa.decision-log.readiness", defaultValue = "true") boolean gatesReadiness) {
        this.log = log;
        this.gatesReadiness = gatesReadiness;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("decision-log").withData("enabled", log.enabled());
        if (!log.enabled()) {
            return b.up().withData("message", "switched off: decisions are not recorded").build();
        }
        b.withData("dir", log.dir().toAbsolutePath().normalize().toString())
                .withData("written", log.written()).withData("failures", log.failures());
        String problem = log.problem();
        if (problem == null) {
            return b.up().build();
        }
        b.withData("error", problem);
        return gatesReadiness ? b.down().build()
                : b.up().withData("message", "decisions are not being recorded; readiness does not wait for it (shinsa.decision-log.readiness=false)").build();
    }
}
