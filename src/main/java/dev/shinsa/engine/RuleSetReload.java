package dev.shinsa.engine;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks {@link RuleEngine#reload}, so that observers outside the engine (the reload metrics in
 * {@code dev.shinsa.api.ReloadMetrics}) see every reload, whoever asks for it (the HTTP endpoint,
 * the file watcher), without the engine knowing about them.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RuleSetReload {
}
