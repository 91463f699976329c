package dev.shinsa.api;

import dev.shinsa.audit.DecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the decision log: DOWN while decisions cannot be written (a full disk, a folder that
 * is not writable), so that a load balancer prefers replicas that can record what they decide; the
 * answers themselves say {@code "decisionLog": {"logged": false}} meanwhile. Each health call
 * rechecks the folder, so the check turns UP again once space is freed.
 */
@Readiness
@ApplicationScoped
public class DecisionLogHealth implements HealthCheck {
    private final DecisionLog log;

    public DecisionLogHealth(DecisionLog log) {
        this.log = log;
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
        return problem == null ? b.up().build() : b.down().withData("error", problem).build();
    }
}
