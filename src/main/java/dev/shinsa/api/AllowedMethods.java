package dev.shinsa.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods each API path takes, read from the resources' JAX-RS annotations, for the {@code Allow}
 * header of a 405 (RFC 9110, 15.5.6), which Quarkus REST does not set.
 */
final class AllowedMethods {
    /** Each path of a resource method, as a regular expression, with the methods it takes. */
    private static final Map<String, TreeSet<String>> BY_PATH = new LinkedHashMap<>();
    /** The paths of {@link #BY_PATH} without a template parameter, which JAX-RS matches before any with one. */
    private static final Set<String> LITERAL = new HashSet<>();

    static {
        for (Class<?> resource : List.of(ScreeningResource.class, RulesResource.class, SectorsResource.class)) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String template = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("/$", "");
                String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                BY_PATH.computeIfAbsent(regex, k -> new TreeSet<>()).add(verb);
                if (!template.contains("{")) {
                    LITERAL.add(regex);
                }
            }
        }
    }

    private AllowedMethods() {
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    /**
     * "GET, POST" for a request path such as {@code /api/v1/screenings}; null for a path of no resource. A path that
     * is a resource's literal path takes that path's methods only, as JAX-RS routes it: {@code /api/v1/rules/reload}
     * takes POST, not also the GET of {@code /api/v1/rules/{code}}.
     */
    static String of(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        TreeSet<String> literal = new TreeSet<>();
        TreeSet<String> templated = new TreeSet<>();
        BY_PATH.forEach((regex, verbs) -> {
            if (p.matches(regex)) {
                (LITERAL.contains(regex) ? literal : templated).addAll(verbs);
            }
        });
        TreeSet<String> out = literal.isEmpty() ? templated : literal;
        return out.isEmpty() ? null : String.join(", ", out);
    }
}
