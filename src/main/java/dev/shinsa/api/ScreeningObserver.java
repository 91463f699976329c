package dev.shinsa.api;

import dev.shinsa.domain.Decision;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Watches the screening endpoints from outside, so the resources stay free of operations code:
 * it times each screening request, counts decisions by outcome and refusals by error code
 * ({@link ScreeningMetrics}), and writes one log line per decision
 * under the category {@value #DECISIONS} with {@code decisionId}, {@code transactionId},
 * {@code outcome} and {@code ruleSetRevision} in the MDC (top-level fields in the JSON log).
 * Set that category to WARN to silence the lines; the metrics stay.
 */
public class ScreeningObserver {
    public static final String DECISIONS = "dev.shinsa.decisions";
    private static final Logger DECISION_LOG = Logger.getLogger(DECISIONS);
    private static final String STARTED = "shinsa.started";
    private static final String SCREENINGS = "/api/v1/screenings";
    private static final String BATCH = "/api/v1/screenings/batch";

    private final ScreeningMetrics metrics;

    public ScreeningObserver(ScreeningMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerRequestFilter
    public void started(ContainerRequestContext request) {
        if (kind(request) != null) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @ServerResponseFilter
    public void answered(ContainerRequestContext request, ContainerResponseContext response) {
        String kind = kind(request);
        if (kind == null) {
            return;
        }
        Object started = request.getProperty(STARTED);
        if (started instanceof Long t0) {
            metrics.took(kind, System.nanoTime() - t0);
        }
        Object entity = response.getEntity();
        if (entity instanceof Decision d) {
            decided(kind, d);
        } else if (entity instanceof ScreeningResource.BatchAnswer batch) {
            for (Object item : batch.decisions()) {
                if (item instanceof Decision d) {
                    decided(kind, d);
                } else if (item instanceof ScreeningResource.BatchItemError e && e.error() != null) {
                    metrics.refused(kind, e.error().code());
                }
            }
        } else if (entity instanceof ApiError e) {
            metrics.refused(kind, e.code());
        } else if (response.getStatus() >= 400) {
            metrics.refused(kind, "http_" + response.getStatus());
        }
    }

    private void decided(String kind, Decision d) {
        metrics.decided(kind, d.outcome());
        if (DECISION_LOG.isInfoEnabled()) {
            String revision = d.ruleSet() == null ? null : d.ruleSet().revision();
            MDC.put("decisionId", d.decisionId());
            if (d.transactionId() != null) {
                MDC.put("transactionId", d.transactionId());
            }
            MDC.put("outcome", d.outcome().name());
            if (revision != null) {
                MDC.put("ruleSetRevision", revision);
            }
            try {
                DECISION_LOG.infof("decision %s: %s (transaction %s, %s, rules %s)", d.decisionId(), d.outcome(),
                        d.transactionId(), kind, revision);
            } finally {
                MDC.remove("decisionId");
                MDC.remove("transactionId");
                MDC.remove("outcome");
                MDC.remove("ruleSetRevision");
            }
        }
    }

    /** {@code single} or {@code batch} for a screening request, null for any other request. */
    private static String kind(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return switch (path) {
            case SCREENINGS -> ScreeningMetrics.SINGLE;
            case BATCH -> ScreeningMetrics.BATCH;
            default -> null;
        };
    }
}
