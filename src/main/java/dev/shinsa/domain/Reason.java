package dev.shinsa.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One reason in a decision: which rule (its stable code) concluded what, under which law,
 * from which facts. {@code reading} is present where the rule encodes an interpretation of a
 * point the law reference marks unverified.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(
        String code,
        Effect effect,
        String title,
        String message,
        List<Citation> citations,
        Map<String, String> facts,
        String source,
        String reading) {

    public Reason {
        citations = List.copyOf(citations);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    public Effect getEffect() {
        return effect;
    }

    public String getCode() {
        return code;
    }
}
