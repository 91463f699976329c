package dev.shinsa.api;

import dev.shinsa.engine.RuleSetReload;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Counts every rule-set reload ({@code shinsa_ruleset_reloads_total{result}}): through
 * {@code POST /api/v1/rules/reload} and through the file watcher alike.
 */
@RuleSetReload
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReloadMetrics {
    private final ScreeningMetrics metrics;

    public ReloadMetrics(ScreeningMetrics metrics) {
        this.metrics = metrics;
    }

    @AroundInvoke
    Object counted(InvocationContext ctx) throws Exception {
        boolean success = false;
        try {
            Object result = ctx.proceed();
            success = true;
            return result;
        } finally {
            metrics.reloaded(success);
        }
    }
}
